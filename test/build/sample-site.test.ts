import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { CheckedEntry } from '../../src/lib/content/entry-files.ts';
import { searchablePagesGlob } from '../../src/lib/search/indexer.ts';
import { fingerprintFolder, listFiles } from './build-site.ts';
import { findBrokenLinks, getAttributeValues, type BuiltPage } from './site-audit.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;

describe('the sample site', () => {
  const build = inject('sampleSite');
  let pages: BuiltPage[];
  let entries: CheckedEntry[];

  beforeAll(() => {
    entries = checkContent(contentDir).entries;
    pages = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: readFileSync(join(build.outDir, file), 'utf8') }));
  });

  test('builds without errors or warnings', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
  });

  test('leaves the content folder unchanged', () => {
    expect(fingerprintFolder(contentDir)).toEqual(build.contentBefore);
  });

  test('indexes for search every page with a search body, and only those', () => {
    const searchable = pages.filter((page) => /\sdata-pagefind-body[\s=>]/.test(page.html)).map((page) => page.file);
    expect(searchable.filter((file) => !matchesGlob(file, searchablePagesGlob))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(searchable.length);
    expect(build.output).toContain(`Indexed ${searchable.length} pages for search`);
  });

  test('keeps every search attribute inside the element the index reads from, main', () => {
    const outside = pages.flatMap((page) => {
      const start = page.html.indexOf('<main');
      const end = page.html.lastIndexOf('</main>');
      const rest = start < 0 ? page.html : page.html.slice(0, start) + page.html.slice(end);
      return [...rest.matchAll(/\sdata-pagefind-[a-z-]+/g)].map((match) => `${page.file}:${match[0].trim()}`);
    });
    expect(outside).toEqual([]);
  });

  test('points every page at its social card, a PNG of 1,200 × 630 under 48 KB that the build published', () => {
    const cards = new Set(pages.map((page) => /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1]));
    expect([...cards]).toEqual(['https://trust.kestrel-ledger.example/social-card.png']);
    const png = readFileSync(join(build.outDir, 'social-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(48 * 1024);
  });

  test('gives every entry a page', () => {
    const missing = entries
      .map((entry) => `${entry.collection}/${entry.id}/index.html`)
      .filter((file) => !pages.some((page) => page.file === file));
    expect(missing).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  test('resolves every internal link and fragment', () => {
    expect(findBrokenLinks(build.outDir, pages)).toEqual([]);
  });

  test('gives every page one h1, a language and a title', () => {
    const faults = pages.flatMap((page) => {
      const problems: string[] = [];
      if ((page.html.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push('not exactly one h1');
      if (!/<html lang="en"/.test(page.html)) problems.push('no lang');
      if (!/<title>[^<]+<\/title>/.test(page.html)) problems.push('no title');
      return problems.map((problem) => `${page.file}: ${problem}`);
    });
    expect(faults).toEqual([]);
  });

  test('never exposes the file or body of a gated artefact', () => {
    const gated = entries.filter((entry) => entry.collection === 'artefacts' && entry.data.access !== 'public');
    expect(gated.length).toBeGreaterThan(5);
    const files = listFiles(build.outDir);
    for (const artefact of gated) {
      const page = pages.find((candidate) => candidate.file === `artefacts/${artefact.id}/index.html`)!;
      const body = readFileSync(join(contentDir, 'artefacts', `${artefact.id}.md`), 'utf8').split(/^---$/m)[2]!;
      const firstSentence = body.trim().split('\n')[0]!.slice(0, 60);
      expect(page.html, artefact.id).not.toContain(firstSentence);
      expect(
        getAttributeValues(page.html, 'href').filter((href) => href.includes('/files/')),
        artefact.id,
      ).toEqual([]);
      if (artefact.data.file) expect(files).not.toContain(`files/${artefact.data.file}`);
    }
  });

  test('publishes the file of a public artefact and links to it', () => {
    const withFile = entries.filter(
      (entry) => entry.collection === 'artefacts' && entry.data.access === 'public' && entry.data.file,
    );
    expect(withFile.length).toBeGreaterThan(0);
    for (const artefact of withFile) {
      expect(listFiles(build.outDir)).toContain(`files/${artefact.data.file}`);
      const page = pages.find((candidate) => candidate.file === `artefacts/${artefact.id}/index.html`)!;
      expect(getAttributeValues(page.html, 'href')).toContain(`/files/${artefact.data.file}`);
    }
  });

  test('shows how to obtain a gated artefact: the role to sign in with, or an NDA request', () => {
    const signIn = pages.find((page) => page.file === 'artefacts/m365-soc-1-type-2-2026/index.html')!;
    expect(signIn.html).toContain('How to obtain it');
    expect(signIn.html).toMatch(/administrator/i);
    const nda = pages.find((page) => page.file === 'artefacts/kestrel-soc-2-type-2-2026/index.html')!;
    expect(nda.html).toContain('mailto:nda-requests@kestrel-ledger.example?subject=');
  });

  test('links a framework to its controls and evidence, and an artefact back to both', () => {
    const framework = pages.find((page) => page.file === 'frameworks/soc-2/index.html')!.html;
    expect(framework).toMatch(/href="\/controls\/[a-z0-9-]+\/"/);
    expect(framework).toContain('href="/artefacts/kestrel-soc-2-type-2-2026/"');
    const artefact = pages.find((page) => page.file === 'artefacts/kestrel-soc-2-type-2-2026/index.html')!.html;
    expect(artefact).toContain('href="/frameworks/soc-2/"');
    expect(artefact).toMatch(/href="\/controls\/[a-z0-9-]+\/"/);
  });

  test('renders times in an entry’s Markdown body as written', () => {
    const incident = pages.find((page) => page.file === 'updates/2026-07-14-invoice-reading-delayed-eu/index.html')!;
    expect(incident.html).toContain('At 09:40 UTC our monitoring showed');
    expect(incident.html).toContain('at 10:05 UTC');
  });
});
