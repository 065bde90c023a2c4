import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listFiles } from './build-site.ts';

const site = 'https://trust.kestrel-ledger.example';

describe('outputs for programs: llms.txt, Markdown twins and the file manifest', () => {
  const build = inject('sampleSite');
  let files: string[];
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');
  /** The output file a full address of the site is served from. */
  const served = (url: string) => {
    const path = decodeURI(url.slice(site.length + 1));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  };

  beforeAll(() => {
    expect(build.status, build.output).toBe(0);
    files = listFiles(build.outDir);
  });

  test('llms.txt gives the site’s name, summary and sections, every link leading to a file of the site', () => {
    const text = read('llms.txt');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# Kestrel Ledger Trust Center',
      '',
      '> How Kestrel Ledger and the cloud services it runs on meet their security, privacy and compliance ' +
        'obligations, with the evidence behind each claim.',
    ]);
    expect(text.match(/^## .*/gm)).toEqual([
      '## Frameworks',
      '## Services',
      '## Scenarios',
      '## Documents',
      '## Lists',
      '## Optional',
    ]);
    expect(text).toContain(`- [SOC 2](${site}/frameworks/soc-2.md): Held by Kestrel Ledger and by Microsoft\n`);
    const links = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(40);
    expect(links.filter((url) => !files.includes(served(url)))).toEqual([]);
  });

  test('every entry page links its Markdown twin from its head, and only entry pages have one', () => {
    const pages = files.filter((file) => file.endsWith('index.html'));
    const twins = new Map<string, string>();
    for (const file of pages) {
      const href = /<link rel="alternate" type="text\/markdown" href="([^"]+)">/.exec(read(file))?.[1];
      if (href) twins.set(file, href.slice(1));
    }
    expect(twins.get('controls/multi-factor-authentication/index.html')).toBe(
      'controls/multi-factor-authentication.md',
    );
    const entryPage =
      /^(frameworks|artefacts|controls|services|scenarios|updates|docs)\/(?!\d+\/index)[^/]+\/index\.html$/;
    expect(pages.filter((file) => entryPage.test(file) && !twins.has(file))).toEqual([]);
    expect([...twins.keys()].filter((file) => !entryPage.test(file))).toEqual([]);
    expect([...twins.values()].filter((twin) => !files.includes(twin))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.md')).sort()).toEqual([...twins.values()].sort());
  });

  test('a control’s twin says who does what, its mappings and its evidence, with full addresses', () => {
    const twin = read('controls/multi-factor-authentication.md');
    expect(twin).toMatch(/^# Multi-factor authentication for all staff\n\nControl · Identity and access · Customer /);
    expect(twin).toContain(
      '## Who does what\n\n- Provider, Microsoft: Nothing.\n- Customer, Kestrel Ledger: Kestrel Ledger requires ' +
        'every staff and contractor account to pass multi-factor authentication',
    );
    expect(twin).toContain(`- [SOC 2](${site}/frameworks/soc-2/): CC6.1 `);
    expect(twin).toContain(`## Evidence\n\n- [Kestrel Ledger SOC 2 Type II report, 2026](${site}/artefacts/`);
    // The body is the HTML page's; the twin links to it.
    expect(twin).not.toContain('Temporary Access Pass');
    expect(twin).toContain(`(${site}/controls/multi-factor-authentication/), as of 2026-11-29`);
  });

  test('manifest.json gives the size and SHA-256 of every published file, as recomputed from the output', () => {
    const manifest = JSON.parse(read('manifest.json')) as {
      asOf: string;
      files: { path: string; url: string; size: number; sha256: string; artefact: string }[];
    };
    expect(manifest.asOf).toBe('2026-11-29');
    const published = files.filter((file) => file.startsWith('files/'));
    expect(published.length).toBeGreaterThan(0);
    expect(manifest.files.map((file) => file.path.slice(1))).toEqual(published);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(build.outDir, file.path));
      expect(file).toMatchObject({
        url: `${site}${file.path}`,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      const page = read(`artefacts/${file.artefact}/index.html`);
      expect(page).toContain(`<dt data-pagefind-ignore>SHA-256</dt><dd data-pagefind-ignore>${file.sha256}</dd>`);
      expect(page).toContain(`(${file.size.toLocaleString('en')} bytes)`);
    }
    expect(existsSync(join(build.outDir, 'artefacts', 'm365-soc-2-type-2-2026', 'index.html'))).toBe(true);
    expect(read('artefacts/m365-soc-2-type-2-2026/index.html')).not.toContain('SHA-256');
  });
});
