import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeAccentProblem, deriveDarkAccent, readAccent } from '../../src/lib/brand/accent.ts';
import { contrast, parseHex } from '../../src/lib/brand/colour.ts';
import { schemeBackgrounds } from '../../src/lib/brand/schemes.ts';
import { socialMeta } from '../../src/lib/brand/social.ts';
import { renderSocialCardPng } from '../../src/lib/brand/social-png.ts';
import { accentStyle, getBrandView, socialCardSvg } from '../../src/lib/brand/view.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readSiteSettings } from '../../src/lib/content/site-loader.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { brokenContent, editedContent } from '../fixtures/content-sets.ts';

const site = (brand?: Record<string, unknown>) =>
  SiteSchema.parse({
    name: 'Example Co',
    description: 'How Example Co meets its obligations.',
    url: 'https://trust.example.com',
    lang: 'en-GB',
    contacts: { nda: 'nda@example.com', security: 'security@example.com' },
    brand,
  });

describe('the accent contrast check', () => {
  test('measures WCAG contrast as the specification defines it', () => {
    expect(contrast(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  test('fails a light accent with the measured ratio and the nearest passing colour', () => {
    expect(describeAccentProblem('#66b2ff', 'light')).toBe(
      "The accent has a contrast of 2.06:1 against the light scheme's background `#f4f6f8`; links and controls " +
        'need at least 4.5:1 (WCAG AA). Use `#2574bc`, the nearest colour that passes.',
    );
  });

  test('the suggested colour passes, and is only just dark enough', () => {
    const reading = readAccent('#2574bc', 'light');
    expect(reading.text.ratio).toBeGreaterThanOrEqual(4.5);
    expect(reading.text.ratio).toBeLessThan(4.7);
    expect(describeAccentProblem('#2574bc', 'light')).toBeUndefined();
  });

  test('derives a dark-scheme accent that passes there when none is named', () => {
    const dark = deriveDarkAccent('#0e5a61');
    expect(dark).not.toBe('#0e5a61');
    expect(describeAccentProblem(dark, 'dark')).toBeUndefined();
    expect(describeAccentProblem('#0e5a61', 'dark')).toMatch(
      /^The accent has a contrast of 2\.\d\d:1 against the dark/,
    );
  });

  test('checks against the backgrounds the stylesheet uses', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const [scheme, text] of [
      ['light', light!],
      ['dark', dark!],
    ] as const) {
      expect(text).toContain(`--bg: ${schemeBackgrounds[scheme].page};`);
      expect(text).toContain(`--bg-soft: ${schemeBackgrounds[scheme].soft};`);
    }
  });

  test('reports a too-light accent, a too-dark dark accent and missing or wrong brand files in one run', () => {
    const content = brokenContent('brand-accent');
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 3 problems. Fix them and run the check again.',
        '',
        'content/site.yaml',
        "  line 11, `brand.accent`: Found `#66b2ff`. The accent has a contrast of 2.06:1 against the light scheme's " +
          'background `#f4f6f8`; links and controls need at least 4.5:1 (WCAG AA). Use `#2574bc`, the nearest ' +
          'colour that passes.',
        '  line 12, `brand.darkAccent`: Found `#1f4e79`. ' +
          "The accent has a contrast of 1.87:1 against the dark scheme's " +
          'background `#1b2127`; links and controls need at least 4.5:1 (WCAG AA). Use `#5b8bb9`, the nearest ' +
          'colour that passes.',
        '  line 13, `brand.favicon`: Found `brand/icon.gif`. Expected the path of an SVG or PNG file in ' +
          '`content/`, such as `brand/logo.svg`.',
      ].join('\n'),
    );
  });
});

describe('the brand files', () => {
  test('reports a logo that is not in the content folder and accepts one that is', () => {
    const brand = (logo: string) => (text: string) =>
      `${text}\nbrand:\n  logo:\n    file: ${logo}\n    alt: Example Co\n  accent: '#0e5a61'\n`;
    const missing = editedContent({ 'site.yaml': brand('brand/logo.svg') });
    const problems = checkContent(missing, join(missing, '..')).problems;
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'brand.logo.file: Found `brand/logo.svg`, but there is no such file in `content/`. Put the image at ' +
        '`content/brand/logo.svg`, or write its path from the content folder, such as `brand/logo.svg`.',
    ]);
    const present = editedContent({ 'site.yaml': brand('site.yaml.svg') });
    writeFileSync(join(present, 'site.yaml.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(checkContent(present, join(present, '..')).problems).toEqual([]);
  });
});

describe('the sample logo', () => {
  test('sets its tile apart from the header in both schemes, with 3:1 contrast at its edge', () => {
    const content = new URL('../../content', import.meta.url).pathname;
    const brand = readSiteSettings(content)!.brand!;
    const files = { light: brand.logo.file, dark: brand.darkLogo ?? brand.logo.file };
    const edges = Object.entries(files).map(([scheme, file]) => {
      // The tile is the logo's first shape; its outline, or its fill when it has none, meets the header.
      const tile = /<rect\b[^>]*>/.exec(readFileSync(join(content, file), 'utf8'))![0];
      const edge = (/\sstroke="(#[0-9a-f]{6})"/i.exec(tile) ?? /\sfill="(#[0-9a-f]{6})"/i.exec(tile))![1]!;
      const header = schemeBackgrounds[scheme as keyof typeof files].soft;
      return { scheme, edge, enough: contrast(parseHex(edge), parseHex(header)) >= 3 };
    });
    expect(edges.filter((edge) => !edge.enough)).toEqual([]);
  });
});

describe('the brand on the page', () => {
  test('sets the accent per scheme on screen only, and falls back to the site blue without a brand', () => {
    const css = accentStyle(getBrandView(site({ logo: { file: 'l.svg', alt: 'Ex' }, accent: '#0e5a61' }), '/f.svg'));
    expect(css).toBe(
      '@media screen {\n  html:root {\n    --accent: #0e5a61;\n    --accent-fg: #ffffff;\n  }\n}\n\n' +
        '@media screen and (prefers-color-scheme: dark) {\n  html:root {\n' +
        `    --accent: ${deriveDarkAccent('#0e5a61')};\n    --accent-fg: #0b1520;\n  }\n}\n`,
    );
    const plain = getBrandView(site(), '/favicon.svg');
    expect(plain.logo).toBeUndefined();
    expect(plain.favicon.href).toBe('/favicon.svg');
    expect(plain.accents.light.accent).toBe('#0b5cad');
  });

  test('gives every page Open Graph and Twitter card metadata pointing at the social card', () => {
    const meta = socialMeta(
      { title: 'SOC 2', description: 'Our SOC 2.', canonical: 'https://trust.example.com/frameworks/soc-2/' },
      site({ logo: { file: 'brand/logo.svg', alt: 'Example Co' }, accent: '#0e5a61' }),
    );
    const byKey = Object.fromEntries(meta.map((m) => [m.property ?? m.name, m.content]));
    expect(byKey).toMatchObject({
      'og:title': 'SOC 2',
      'og:description': 'Our SOC 2.',
      'og:site_name': 'Example Co Trust Center',
      'og:url': 'https://trust.example.com/frameworks/soc-2/',
      'og:locale': 'en_GB',
      'og:type': 'website',
      'og:image': 'https://trust.example.com/social-card.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Example Co logo and Example Co Trust Center',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'SOC 2',
      'twitter:image': 'https://trust.example.com/social-card.png',
      'twitter:image:alt': 'Example Co logo and Example Co Trust Center',
    });
  });

  test('draws the social card with the logo and the escaped title on the accent', () => {
    const content = join(import.meta.dirname, '../../content');
    const card = socialCardSvg(
      site({ logo: { file: 'brand/kestrel-ledger.svg', alt: 'Kestrel' }, accent: '#0e5a61' }),
      'R&D <Trust> Center',
      content,
    );
    expect(card).toContain('fill="#0e5a61"');
    expect(card).toContain('<title>R&amp;D &lt;Trust&gt; Center</title>');
    expect(card).toContain('href="data:image/svg+xml;base64,');
    expect(card).toBe(
      socialCardSvg(
        site({ logo: { file: 'brand/kestrel-ledger.svg', alt: 'Kestrel' }, accent: '#0e5a61' }),
        'R&D <Trust> Center',
        content,
      ),
    );
  });

  test('renders the social card as a small PNG of 1,200 × 630, in the shipped font, the same bytes every time', () => {
    const content = join(import.meta.dirname, '../../content');
    const brand = site({ logo: { file: 'brand/kestrel-ledger.svg', alt: 'Kestrel' }, accent: '#0e5a61' });
    const png = Buffer.from(renderSocialCardPng(socialCardSvg(brand, 'Kestrel Ledger Trust Center', content)));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The header chunk holds the width and the height, big-endian.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(48 * 1024);
    expect(Buffer.from(renderSocialCardPng(socialCardSvg(brand, 'Kestrel Ledger Trust Center', content)))).toEqual(png);
    // The title is drawn: another title gives another picture.
    const other = renderSocialCardPng(socialCardSvg(brand, 'Another Trust Center', content));
    expect(Buffer.from(other).equals(png)).toBe(false);
  });
});
