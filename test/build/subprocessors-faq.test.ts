import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { CheckedEntry } from '../../src/lib/content/entry-files.ts';
import { readSiteSettings } from '../../src/lib/content/site-loader.ts';
import { minimalContent } from '../fixtures/content-sets.ts';
import { buildSite } from './build-site.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;

describe("the sample site's subprocessors and security FAQ", () => {
  const build = inject('sampleSite');
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');
  let entries: CheckedEntry[];
  const ofCollection = (collection: string) => entries.filter((entry) => entry.collection === collection);

  beforeAll(() => {
    entries = checkContent(contentDir).entries;
  });

  test('lists current subprocessors in a table, past ones apart, with the notice period and every change', () => {
    const html = read('subprocessors/index.html');
    const section = (id: string) =>
      html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
    const names = (part: string) =>
      [...part.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names(section('_current'))).toEqual(['Faultline', 'Harbourdesk', 'Microsoft', 'Sendlark']);
    expect(names(section('_past'))).toEqual(['Quillpost']);
    expect(html).not.toContain('id="_planned"');
    expect(html).toContain('Kestrel Ledger tells customers of a new subprocessor 30 days before it starts processing');
    const changes = section('_changes')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(changes).toContain('Faultline Added 1 July 2026');
    expect(changes).toContain('Quillpost Removed 31 October 2025');
    expect(changes.indexOf('Quillpost Removed')).toBeLessThan(changes.indexOf('Sendlark Added 1 October 2025'));
  });

  test('states the notice period the data processing agreement promises', () => {
    const days = readSiteSettings(contentDir)!.subprocessorNoticeDays;
    const agreement = readFileSync(join(contentDir, 'artefacts', 'kestrel-data-processing-agreement.md'), 'utf8');
    expect(agreement).toContain(`Customers get ${days} days' notice of a new subprocessor`);
  });

  test('offers the list as CSV and JSON, matching the content and without internal notes', () => {
    const subprocessors = ofCollection('subprocessors');
    const json = JSON.parse(read('subprocessors/subprocessors.json'));
    expect(json.subprocessors.map((record: { id: string }) => record.id).sort()).toEqual(
      subprocessors.map((entry) => entry.id).sort(),
    );
    for (const entry of subprocessors) {
      const record = json.subprocessors.find((candidate: { id: string }) => candidate.id === entry.id);
      expect(record).toMatchObject({
        name: entry.data.name,
        legalEntity: entry.data.legalEntity,
        dataCategories: entry.data.dataCategories,
        locations: entry.data.locations,
        since: entry.data.since,
      });
      expect(record.until).toBe(entry.data.until);
    }
    const csv = read('subprocessors/subprocessors.csv');
    expect(csv.split('\r\n')).toHaveLength(subprocessors.length + 2);
    expect(csv).toContain('quillpost,Quillpost,Quillpost Inc.,');
    for (const download of [csv, JSON.stringify(json)]) expect(download).not.toContain('head of platform');
    expect(read('subprocessors/index.html')).toContain('href="/subprocessors/subprocessors.csv"');
  });

  test('answers every question on one page, grouped by category, each under its id', () => {
    const html = read('faq/index.html');
    const questions = ofCollection('faq');
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(questions.map((entry) => entry.data.category)).size).toBeGreaterThanOrEqual(4);
    for (const entry of questions) expect(html).toContain(`<h3 id="${entry.id}"><a href="/faq/${entry.id}/">`);
    expect([...html.matchAll(/<h2 id="(_[a-z-]+)"/g)].map((m) => m[1])).toEqual([
      '_compliance',
      '_data-protection',
      '_access',
      '_infrastructure',
      '_incidents',
      '_application-security',
    ]);
  });

  test('describes the FAQ as FAQPage structured data, one question for each entry, with its answer as text', () => {
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(read('faq/index.html'));
    const data = JSON.parse(block![1]!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(ofCollection('faq').length);
    const location = data.mainEntity.find(
      (question: { name: string }) => question.name === 'Where is our data stored?',
    );
    expect(location['@id']).toBe('https://trust.kestrel-ledger.example/faq/#where-is-data-stored');
    expect(location.acceptedAnswer.text).toMatch(/^In the home region your account owner chooses at sign-up/);
  });

  test('gives each subprocessor and each question a searchable page with its facets', () => {
    const facets = (file: string) =>
      [...read(file).matchAll(/data-pagefind-filter="([^"]+)">([^<]+)</g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(facets('subprocessors/quillpost/index.html')).toEqual([
      'Type: Subprocessor',
      'Service: Kestrel Ledger',
      'Jurisdiction or region: United States',
      'Status: Removed',
    ]);
    expect(facets('faq/encryption/index.html')).toEqual([
      'Type: Security FAQ',
      'FAQ topic: Data protection and privacy',
    ]);
    // The list of subprocessors is found by its name, not by the names in its tables, which their own pages hold.
    expect(facets('subprocessors/index.html')).toEqual(['Type: Subprocessor']);
    const tables = [...read('subprocessors/index.html').matchAll(/<section [^>]*>\s*<h2[^>]*>([^<]+)/g)];
    expect(tables.map((match) => [match[1], match[0].includes('data-pagefind-ignore')])).toEqual([
      ['Current subprocessors', true],
      ['Past subprocessors', true],
      ['Changes', true],
    ]);
    expect(read('faq/index.html')).not.toContain('data-pagefind-body');
  });

  test('moves the audit FAQ document into the security FAQ, leaving no link to it', () => {
    expect(entries.some((entry) => entry.collection === 'docs' && entry.id === 'audit-faq')).toBe(false);
    expect(read('faq/index.html')).toContain('Which Microsoft report should I rely on?');
    expect(read('sitemap-0.xml')).toContain('https://trust.kestrel-ledger.example/faq/which-microsoft-report/');
    expect(read('sitemap-0.xml')).toContain('https://trust.kestrel-ledger.example/subprocessors/');
  });
});

describe('a content folder without subprocessors or security FAQ', () => {
  test('builds without a warning, and the two pages say there is nothing yet', () => {
    const build = buildSite(minimalContent);
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]/);
    const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');
    expect(read('subprocessors/index.html')).toContain('No subprocessor processes customer data.');
    expect(read('faq/index.html')).toContain('No questions yet.');
    expect(read('faq/index.html')).not.toContain('application/ld+json');
    expect(JSON.parse(read('subprocessors/subprocessors.json')).subprocessors).toEqual([]);
  });
});
