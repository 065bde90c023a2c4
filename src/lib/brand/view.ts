import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../../schemas/site.ts';
import { perGraph } from '../graph/memo.ts';
import { brandFileUrl, pageUrl } from '../present/urls.ts';
import { accentForeground, deriveDarkAccent } from './accent.ts';
import { defaultAccents } from './schemes.ts';

/** The brand as the layout shows it: the logo, the favicon and the accent colours of each scheme. */
export interface BrandView {
  logo?: { src: string; darkSrc?: string | undefined; alt: string } | undefined;
  favicon: { href: string; type: string };
  /** The accent and the text on it, per scheme. */
  accents: { light: { accent: string; fg: string }; dark: { accent: string; fg: string } };
}

const imageType = (file: string) => (file.endsWith('.png') ? 'image/png' : 'image/svg+xml');

/** The brand `site.yaml` names, or the site's own blue and no logo. */
export function getBrandView(site: Site, fallbackFavicon: string): BrandView {
  const brand = site.brand;
  const light = brand?.accent ?? defaultAccents.light;
  const dark = brand ? (brand.darkAccent ?? deriveDarkAccent(brand.accent)) : defaultAccents.dark;
  const favicon = brand?.favicon ?? brand?.logo.file;
  return {
    logo: brand && {
      src: brandFileUrl(brand.logo.file),
      darkSrc: brand.darkLogo && brandFileUrl(brand.darkLogo),
      alt: brand.logo.alt,
    },
    favicon: favicon
      ? { href: brandFileUrl(favicon), type: imageType(favicon) }
      : { href: fallbackFavicon, type: 'image/svg+xml' },
    accents: {
      light: { accent: light, fg: accentForeground(light, 'light') },
      dark: { accent: dark, fg: accentForeground(dark, 'dark') },
    },
  };
}

/** The site's brand as every page shows it, worked out once per build: its colours are measured, not looked up. */
export const getSiteBrandView = perGraph<BrandView, void>((graph) => getBrandView(graph.site, pageUrl('favicon.svg')));

/**
 * The stylesheet that sets the accent custom properties on screen, over the main stylesheet's (`html:root` outweighs
 * its `:root`, whichever loads last); print keeps its own black.
 */
export function accentStyle({ accents }: BrandView): string {
  const rule = ({ accent, fg }: { accent: string; fg: string }) =>
    `  html:root {\n    --accent: ${accent};\n    --accent-fg: ${fg};\n  }\n`;
  return (
    `@media screen {\n${rule(accents.light)}}\n\n` +
    `@media screen and (prefers-color-scheme: dark) {\n${rule(accents.dark)}}\n`
  );
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Splits a title into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The social card a link preview shows, 1200 × 630: the logo and the site's title on the accent colour, as SVG.
 * The logo is embedded, so the card is one file; the same content always gives the same bytes.
 */
export function socialCardSvg(site: Site, title: string, contentDir: string): string {
  const view = getBrandView(site, '');
  const { accent, fg } = view.accents.light;
  const logoFile = site.brand?.logo.file;
  const logo = logoFile
    ? `<rect x="80" y="80" width="180" height="180" rx="24" fill="#ffffff"/>` +
      `<image x="100" y="100" width="140" height="140" href="data:${imageType(logoFile)};base64,` +
      `${readFileSync(join(contentDir, logoFile)).toString('base64')}"/>`
    : '';
  const lines = wrap(title, 24).slice(0, 3);
  const text = lines
    .map((line, index) => `<tspan x="80" dy="${index === 0 ? 0 : 84}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">` +
    `<title>${escapeXml(title)}</title><rect width="1200" height="630" fill="${accent}"/>${logo}` +
    `<text x="80" y="${logoFile ? 380 : 260}" fill="${fg}" font-family="system-ui, sans-serif" font-size="72" ` +
    `font-weight="700">${text}</text>` +
    `<text x="80" y="570" fill="${fg}" font-family="system-ui, sans-serif" font-size="32">` +
    `${escapeXml(new URL(site.url).host)}</text></svg>\n`
  );
}
