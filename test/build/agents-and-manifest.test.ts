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
      '## Subprocessors',
      '## Lists',
      '## Optional',
    ]);
    expect(text).toContain(`- [SOC 2](${site}/frameworks/soc-2.md): Held by Kestrel Ledger and by Microsoft\n`);
    expect(text).toMatch(/\n- \[Subprocessors\]\(\S+\/subprocessors\/\): \d+ companies process customer data /);
    expect(text).toMatch(/\n- \[Security FAQ\]\(\S+\/faq\/\): \d+ questions /);
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
    const collections = 'frameworks|artefacts|controls|services|scenarios|updates|docs|subprocessors|faq';
    const entryPage = new RegExp(`^(${collections})/(?!\\d+/index)[^/]+/index\\.html$`);
    expect(twins.get('subprocessors/sendlark/index.html')).toBe('subprocessors/sendlark.md');
    expect(twins.get('faq/backups/index.html')).toBe('faq/backups.md');
    expect(pages.filter((file) => entryPage.test(file) && !twins.has(file))).toEqual([]);
    expect([...twins.keys()].filter((file) => !entryPage.test(file))).toEqual([]);
    expect([...twins.values()].filter((twin) => !files.includes(twin))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.md')).sort()).toEqual([...twins.values()].sort());
  });

  test('a control’s twin says who does what, its mappings and its evidence, with full addresses', () => {
    const twin = read('controls/multi-factor-authentication.md');
    expect(twin).toMatch(/^# Multi-factor authentication for all staff\n\n/);
    expect(twin).toContain('\n\nControl · Identity and access · Responsibility: Kestrel Ledger · ');
    expect(twin).toContain("- Layer: Microsoft · Kestrel Ledger, on Microsoft's services\n");
    expect(twin).toContain(
      '## Who does what\n\nMicrosoft runs these services, and Kestrel Ledger uses them.\n\n' +
        '- Microsoft does: Nothing: this control is carried out by Kestrel Ledger alone.\n' +
        '- Kestrel Ledger does: Kestrel Ledger requires every staff and contractor account to pass multi-factor ' +
        'authentication',
    );
    expect(twin).toContain(`- [SOC 2](${site}/frameworks/soc-2/): CC6.1 `);
    expect(twin).toMatch(
      /\n## Evidence\n\n.+\n\n- \[Kestrel Ledger SOC 2 Type II report, 2026\]\(https:\S+\/artefacts\//,
    );
    // The body is the HTML page's; the twin links to it.
    expect(twin).not.toContain('Temporary Access Pass');
    expect(twin).toContain(`(${site}/controls/multi-factor-authentication/), as of 2026-11-29`);
  });

  test('a control of the organisation’s own services names it and its customers, and the reports on it', () => {
    const twin = read('controls/product-single-sign-on.md');
    expect(twin).toContain(
      '## Who does what\n\nKestrel Ledger runs these services, and its customers use them.\n\n- Kestrel Ledger does: ',
    );
    expect(twin).toContain('\n- Customers of Kestrel Ledger do: ');
    expect(twin).toMatch(
      /\n## Relied on by audit reports\n\n.+\n\n- \[Kestrel Ledger SOC 2 Type II report, 2026\]\(https:\S+\)/,
    );
  });

  test('reports, incidents, subprocessors and FAQ questions have twins saying what their pages say', () => {
    const m365 = read('artefacts/m365-soc-2-type-2-2026.md');
    expect(m365).toContain('- Opinion: Unqualified opinion\n- Exceptions: 2\n');
    // A report under NDA keeps its findings to the page's readers; its CUECs are public.
    const kestrel = read('artefacts/kestrel-soc-2-type-2-2026.md');
    expect(kestrel).not.toMatch(/^- (Opinion|Exceptions):/m);
    expect(kestrel).toContain('## Subservice organisations\n\n### Microsoft\n\nCarved out');
    expect(kestrel).toContain(`## Complementary user entity controls\n\n`);
    // So does an assessment under NDA its score, and gives only the day it was taken.
    const score = read('artefacts/kestrel-secure-score-2026-11.md');
    expect(score).not.toMatch(/^- Score: /m);
    expect(score).toContain('\n- Score taken: 16 November 2026\n');
    const incident = read('updates/2026-09-22-single-sign-on-failed.md');
    expect(incident).toContain(
      '\n- Date: 22 September 2026\n- Services affected: Kestrel Ledger\n- Customer impact: From ',
    );
    expect(incident).toMatch(/\n- Resolution: We installed .+\n- Resolved: 22 September 2026\n/);
    const subprocessor = read('subprocessors/sendlark.md');
    expect(subprocessor).toMatch(
      /^# Sendlark\n\nSubprocessor · Status: \w+\n\nDelivers the product's email notifications/,
    );
    expect(subprocessor).toContain('\n- Legal entity: Sendlark Ireland Limited\n');
    const faq = read('faq/complementary-user-entity-controls.md');
    expect(faq).toMatch(/^# What are complementary user entity controls, and do you meet them\?\n\nSecurity FAQ · /);
    expect(faq).toContain(`(${site}/faq/complementary-user-entity-controls/), as of 2026-11-29`);
    expect(faq).toContain(
      '\n## Answer\n\nEach SOC report lists controls the auditor assumed the customer would operate',
    );
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
      expect(page).toContain(`<dt data-pagefind-ignore>SHA-256</dt> <dd data-pagefind-ignore>${file.sha256}</dd>`);
      expect(page).toContain(`(${file.size.toLocaleString('en')} bytes)`);
    }
    expect(existsSync(join(build.outDir, 'artefacts', 'm365-soc-2-type-2-2026', 'index.html'))).toBe(true);
    expect(read('artefacts/m365-soc-2-type-2-2026/index.html')).not.toContain('SHA-256');
  });
});
