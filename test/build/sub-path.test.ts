import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getWordsUrl } from '../../src/lib/search/search-client.ts';
import { editedContent } from '../fixtures/content-sets.ts';
import { buildSite, listFiles, type BuildResult } from './build-site.ts';
import { findBrokenLinks, getAttributeValues, type BuiltPage } from './site-audit.ts';

/** Where the fixture site says it is published: under a path of another site. */
const address = 'https://www.example.com/trust/';
const publishedUnderPath = (text: string) => text.replace(/^url: .*$/m, 'url: https://www.example.com/trust');

describe('a site published under a path', () => {
  let build: BuildResult;
  let pages: BuiltPage[];
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  beforeAll(() => {
    build = buildSite(editedContent({ 'site.yaml': publishedUnderPath }));
    pages = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: read(file) }));
  });

  test('builds, with every internal link under the path and resolving', () => {
    expect(build.status, build.output).toBe(0);
    expect(pages.length).toBeGreaterThan(10);
    expect(findBrokenLinks(build.outDir, pages, '/trust/')).toEqual([]);
  });

  test('gives every page its canonical address under the path', () => {
    for (const { file, html } of pages) {
      if (file === '404.html') continue;
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      expect(canonical, file).toBe(`${address}${file.replace(/index\.html$/, '')}`);
    }
  });

  test('lists every page in the sitemap under the path, and robots.txt names that sitemap', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${address}sitemap-0.xml</loc>`);
    const locations = [...read('sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    expect(locations).toContain(address);
    expect(locations.filter((location) => !location.startsWith(address))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${address}sitemap-index.xml\n`);
  });

  test('search finds its vocabulary beside its bundle, under the path', () => {
    const bundle = getAttributeValues(pages.find(({ file }) => file === 'index.html')!.html, 'data-bundle');
    expect(bundle).toEqual(['/trust/pagefind/']);
    const wordsUrl = getWordsUrl(bundle[0]!);
    expect(wordsUrl).toBe('/trust/search/words.json');
    expect(JSON.parse(read(wordsUrl.slice('/trust/'.length)))).toContain('report');
  });

  test("security.txt's canonical address is under the path", () => {
    expect(read('.well-known/security.txt')).toContain(`Canonical: ${address}.well-known/security.txt\n`);
  });

  test('the evidence packs link every item under the path', () => {
    const json = JSON.parse(read('scenarios/due-diligence/evidence-pack.json')) as {
      scenario: { url: string };
      items: { url: string }[];
    };
    expect(json.scenario.url).toBe(`${address}scenarios/due-diligence/`);
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) expect(item.url.startsWith(address), item.url).toBe(true);
    const csvUrls = read('scenarios/due-diligence/evidence-pack.csv').match(/https?:\/\/[^,"\s]*/g) ?? [];
    expect(csvUrls.length).toBeGreaterThan(0);
    expect(csvUrls.filter((url) => url.startsWith('https://www.example.com/') && !url.startsWith(address))).toEqual([]);
  });

  test('the feeds link every item and themselves under the path, and pages announce them there', () => {
    for (const file of ['feeds/rss.xml', 'feeds/atom.xml', 'feeds/feed.json', 'feeds/frameworks/soc-2/atom.xml']) {
      const urls = read(file).match(/https?:\/\/www\.example\.com[^"<\s]*/g) ?? [];
      expect(urls.length, file).toBeGreaterThan(1);
      expect(
        urls.filter((url) => !url.startsWith(address)),
        file,
      ).toEqual([]);
    }
    expect(getAttributeValues(read('index.html'), 'href')).toContain('/trust/feeds/atom.xml');
  });

  test('search loads its index from under the path', () => {
    expect(getAttributeValues(read('index.html'), 'data-bundle')).toEqual(['/trust/pagefind/']);
  });
});

describe('a build whose base path disagrees with the published address', () => {
  test('stops before building, naming both and the one setting to change', () => {
    const build = buildSite(editedContent({}), {}, 'npm run build', ['--base', '/other/']);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      new RegExp(
        /The base path is `\/other\/`, but `url` in `[^`]*content\/site\.yaml` /.source +
          /is `https:\/\/trust\.example\.com`, which is published at `\/`\. .* To publish under `\/other\/`, /.source +
          /set `url: https:\/\/trust\.example\.com\/other\/` in `[^`]*` and build without `--base`\./.source,
      ),
    );
  });
});
