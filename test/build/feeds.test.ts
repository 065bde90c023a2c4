import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { listFiles } from './build-site.ts';
import { getAttributeValues, resolveUrl, type BuiltPage } from './site-audit.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;
const siteUrl = 'https://trust.kestrel-ledger.example';
/** The build date the build tests fix with `SOURCE_DATE_EPOCH`. */
const buildDate = '2026-11-29';

/** One feed item as the three formats agree on it. */
interface Item {
  title: string;
  link: string;
  date: string;
  text: string;
}

/** Atom text constructs parse as text or as `{ value, type }`. */
const textOf = (text: unknown): string =>
  typeof text === 'object' && text !== null ? String((text as { value?: unknown }).value) : String(text);

describe('the feeds of the sample site', () => {
  const build = inject('sampleSite');
  let files: string[];
  let pages: BuiltPage[];
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  /** A feed's items in each format, parsed by an independent parser, as one list per format. */
  function readFeeds(scope: string): Record<'rss' | 'atom' | 'json', Item[]> {
    const rss = parseRssFeed(read(`feeds/${scope}rss.xml`));
    const atom = parseAtomFeed(read(`feeds/${scope}atom.xml`));
    const json = parseJsonFeed(JSON.parse(read(`feeds/${scope}feed.json`)));
    return {
      rss: (rss.items ?? []).map((item) => ({
        title: item.title!,
        link: item.link!,
        date: new Date(item.pubDate!).toISOString(),
        text: item.description!,
      })),
      atom: (atom.entries ?? []).map((entry) => ({
        title: textOf(entry.title),
        link: entry.links![0]!.href!,
        date: entry.updated!,
        text: textOf(entry.summary),
      })),
      json: (json.items ?? []).map((item) => ({
        title: item.title!,
        link: item.url!,
        date: item.date_published!,
        text: item.content_html!,
      })),
    };
  }

  beforeAll(() => {
    files = listFiles(build.outDir);
    pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, html: read(file) }));
  });

  test('include the site feed and one per framework, in RSS, Atom and JSON Feed', () => {
    const frameworks = checkContent(contentDir).entries.filter((entry) => entry.collection === 'frameworks');
    const scopes = ['', ...frameworks.map((framework) => `frameworks/${framework.id}/`)];
    const expected = scopes.flatMap((scope) => ['rss.xml', 'atom.xml', 'feed.json'].map((f) => `feeds/${scope}${f}`));
    expect(files.filter((file) => file.startsWith('feeds/')).sort()).toEqual(expected.sort());
  });

  test('hold the same items in each format, newest first, dated from the content and linking to built pages', () => {
    const checked = ['', 'frameworks/soc-2/', 'frameworks/csa-star/'];
    for (const scope of checked) {
      const { rss, atom, json } = readFeeds(scope);
      expect(rss.length, scope).toBeGreaterThan(0);
      expect(atom.map(({ title, link, date }) => ({ title, link, date }))).toEqual(
        rss.map(({ title, link, date }) => ({ title, link, date })),
      );
      expect(json.map(({ title, link, date }) => ({ title, link, date }))).toEqual(
        rss.map(({ title, link, date }) => ({ title, link, date })),
      );
      const dates = rss.map((item) => item.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(date) && date <= buildDate)).toBe(true);
      const unresolved = rss
        .map((item) => item.link)
        .filter((link) => !link.startsWith(`${siteUrl}/`) || !resolveUrl(build.outDir, new URL(link).pathname));
      expect(unresolved).toEqual([]);
    }
  });

  test('are dated by their newest item, not by the build', () => {
    const { rss } = readFeeds('');
    expect(parseRssFeed(read('feeds/rss.xml')).lastBuildDate).toBe(new Date(rss[0]!.date).toUTCString());
    expect(parseAtomFeed(read('feeds/atom.xml')).updated).toBe(rss[0]!.date);
  });

  test('carry the updates, the incidents with their impact, and the events the content implies', () => {
    const { rss } = readFeeds('');
    const titles = rss.map((item) => item.title);
    expect(titles).toContain('Kestrel Ledger SOC 2 Type II report for 2026 published');
    expect(titles).toContain('Azure SOC 2 Type II report, 2026 published');
    expect(titles).toContain('ISO/IEC 27001 added to the frameworks met');
    const incident = rss.find((item) => item.title === 'Single sign-on failed for customers using SAML')!;
    expect(incident.text).toContain('<strong>Services affected:</strong> Kestrel Ledger');
    expect(incident.text).toContain('<strong>Resolution:</strong> We installed a renewed signing certificate');
    // The withdrawal and the framework's retirement are announced by the update of that day, once.
    expect(titles.filter((title) => /CSA STAR/.test(title))).toEqual([
      'CSA STAR self-assessment withdrawn',
      'Kestrel Ledger CSA STAR Level 1 self-assessment, 2024 published',
      'CSA STAR added to the frameworks met',
    ]);
  });

  const subprocessorChanges =
    'carry each subprocessor added or removed, dated by its `since` or `until`, as the updates page lists it';
  test(subprocessorChanges, () => {
    const { rss } = readFeeds('');
    const added = rss.find((item) => item.title === 'Faultline added as a subprocessor')!;
    expect(added.date).toBe('2026-07-01T00:00:00.000Z');
    expect(added.link).toBe('https://trust.kestrel-ledger.example/subprocessors/faultline/');
    const removed = rss.find((item) => item.title === 'Quillpost removed as a subprocessor')!;
    expect(removed.date).toBe('2025-10-31T00:00:00.000Z');
    const updates = read('updates/index.html');
    expect(updates).toContain('Faultline added as a subprocessor');
    expect(updates).toContain('Quillpost removed as a subprocessor');
  });

  test("give a framework's feed only what concerns it", () => {
    const titles = readFeeds('frameworks/soc-2/').rss.map((item) => item.title);
    expect(titles).toContain('Kestrel Ledger SOC 2 Type II report for 2026 published');
    expect(titles).toContain('SOC 2 added to the frameworks met');
    expect(titles).not.toContain('Microsoft HIPAA business associate agreement published');
  });

  test('write a JSON Feed 1.1 with every field its specification requires', () => {
    for (const file of files.filter((candidate) => candidate.endsWith('feed.json'))) {
      const feed = JSON.parse(read(file));
      expect(feed.version, file).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed.title, file).toBe('string');
      expect(feed.feed_url, file).toBe(`${siteUrl}/${file}`);
      expect(Array.isArray(feed.items), file).toBe(true);
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      }
    }
  });

  test("are announced in every page's head, and a framework's page announces its own too", () => {
    const announced = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)">/g)].map(
        ([, type, href]) => `${type} ${href}`,
      );
    const site = ['application/rss+xml /feeds/rss.xml', 'application/atom+xml /feeds/atom.xml'];
    const missing = pages.filter((page) => !site.every((link) => announced(page.html).includes(link)));
    expect(missing.map((page) => page.file)).toEqual([]);
    expect(announced(pages.find((page) => page.file === 'frameworks/soc-2/index.html')!.html)).toContain(
      'application/feed+json /feeds/frameworks/soc-2/feed.json',
    );
  });

  test('are offered under Subscribe on the home and updates pages, with the status page', () => {
    for (const file of ['index.html', 'updates/index.html']) {
      const html = pages.find((page) => page.file === file)!.html;
      expect(html, file).toContain('<h2 id="_subscribe">Subscribe</h2>');
      expect(getAttributeValues(html, 'href')).toEqual(
        expect.arrayContaining(['/feeds/rss.xml', '/feeds/atom.xml', '/feeds/feed.json']),
      );
      expect(html).toContain('href="https://status.kestrel-ledger.example/"');
    }
  });
});

describe('request actions and incidents in the sample site', () => {
  const build = inject('sampleSite');
  const artefacts = () => checkContent(contentDir).entries.filter((entry) => entry.collection === 'artefacts');
  const page = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  test('every gated artefact offers one request action, and no public one does', () => {
    const actions = artefacts().map((entry) => {
      const html = page(`artefacts/${entry.id}/index.html`);
      return `${entry.data.access} ${(html.match(/data-request-access/g) ?? []).length}`;
    });
    expect(new Set(actions)).toEqual(new Set(['public 0', 'sign-in 1', 'nda 1']));
    const nda = page('artefacts/kestrel-soc-2-type-2-2026/index.html');
    expect(nda).toContain('Request the SOC 2 audit report under NDA by email');
    const signIn = page('artefacts/kestrel-incident-response-policy/index.html');
    expect(signIn).toContain(
      'href="https://app.kestrel-ledger.example/settings/security-documents?document=kestrel-incident-response-policy"',
    );
  });

  test("an incident is listed on the page of each service it affected, with the service's status page", () => {
    const service = page('services/azure/index.html');
    expect(service).toContain('href="/updates/2026-07-14-invoice-reading-delayed-eu/"');
    expect(service).toContain('href="https://azure.status.microsoft/"');
    const incident = page('updates/2026-07-14-invoice-reading-delayed-eu/index.html');
    expect(incident).toContain('<dt>Customer impact</dt>');
    expect(incident).toContain('Resolved');
  });
});
