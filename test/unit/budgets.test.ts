import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkBudgets,
  findScripts,
  getGzipSize,
  readBuiltFiles,
  siteBudgets,
  type Budgets,
} from '../../src/lib/build/budgets.ts';

/** The site's budgets with sizes small enough for tiny fixtures to exceed. */
const budgets: Budgets = { ...siteBudgets, entryPageGzip: 1024, totalCssGzip: 1024, firstPartyJsGzip: 1024 };

/** Text that gzip cannot shrink much, the same on every run: `length` characters. */
function noise(length: number, seed = 1): string {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += (state >>> 8).toString(36);
  }
  return text.slice(0, length);
}

/** A built site in a temporary folder, from paths and contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'trust-center-budgets-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body = '', head = '') =>
  `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`;

describe('checkBudgets', () => {
  test('passes a site within every budget and reports the largest entry page', () => {
    const dir = site({
      'controls/a/index.html': page('<p>a</p>'),
      'controls/b/index.html': page(
        '<p>bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb</p>',
      ),
      '_astro/site.css': 'body { color: black; }',
      '_astro/menu.js': 'console.log(1);',
      'pagefind/pagefind-ui.js': noise(4000),
      'search/index.html': page(
        '',
        '<script src="/pagefind/pagefind-ui.js"></script><script type="module" src="/_astro/menu.js"></script>',
      ),
    });
    const report = checkBudgets(dir, ['controls/a/index.html', 'controls/b/index.html'], budgets);
    expect(report.violations).toEqual([]);
    expect(report.largestEntryPage?.path).toBe('controls/b/index.html');
    expect(report.firstPartyJsGzip).toBe(getGzipSize('console.log(1);'));
  });

  test('fails an entry page over its gzip budget, naming the page, its size and the budget', () => {
    const dir = site({ 'controls/big/index.html': page(noise(2000)), 'about/index.html': page(noise(2000)) });
    expect(checkBudgets(dir, ['controls/big/index.html'], budgets).violations).toEqual([
      '`controls/big/index.html` is 1.4 KB gzipped; an entry page may be at most 1.0 KB. Show fewer related ' +
        'entries on it and link to their full list.',
    ]);
  });

  test('fails stylesheets whose gzip total is over the budget, listing each one', () => {
    const dir = site({ '_astro/a.css': `/*${noise(900, 2)}*/`, '_astro/b.css': `/*${noise(800, 3)}*/` });
    expect(checkBudgets(dir, [], budgets).violations).toEqual([
      'The stylesheets total 1.1 KB gzipped (`_astro/a.css` 0.6 KB, `_astro/b.css` 0.5 KB); all CSS together may ' +
        'be at most 1.0 KB.',
    ]);
  });

  test('fails first-party JavaScript over the budget, counting inline scripts once but not Pagefind', () => {
    const inline = `<script>/*${noise(900, 4)}*/</script>`;
    const dir = site({
      '_astro/header.js': `/*${noise(800, 5)}*/`,
      'pagefind/pagefind.js': noise(5000),
      'index.html': page(inline),
      'about/index.html': page(inline),
    });
    expect(checkBudgets(dir, [], budgets).violations).toEqual([
      'First-party JavaScript totals 1.1 KB gzipped (an inline script in `about/index.html` 0.6 KB, ' +
        '`_astro/header.js` 0.5 KB); it may be at most 1.0 KB.',
    ]);
  });

  test('fails a script file outside the allowed places, and a page that loads one', () => {
    const dir = site({
      'vendor/analytics.js': 'track();',
      'index.html': page(
        '',
        '<script src="vendor/analytics.js"></script><script src="https://cdn.example.com/x.js"></script>',
      ),
    });
    expect(checkBudgets(dir, [], budgets).violations).toEqual([
      '`vendor/analytics.js` is a script outside the allowed places (`^pagefind\\/`, `^_astro\\/[^/]+\\.js$`). ' +
        'Remove it, or bundle it through Astro.',
      '`index.html` loads the script `vendor/analytics.js`, which is outside the allowed places (`^pagefind\\/`, ' +
        '`^_astro\\/[^/]+\\.js$`).',
      '`index.html` loads the script `https://cdn.example.com/x.js`, which is outside the allowed places ' +
        '(`^pagefind\\/`, `^_astro\\/[^/]+\\.js$`).',
    ]);
  });
});

describe('findScripts', () => {
  test('resolves script sources against the page and keeps inline scripts, ignoring data blocks', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Organization"}</script>' +
        '<script>document.documentElement.dataset.theme = "dark";</script>',
      '<script type="module" src="../_astro/a.js"></script><script src=/pagefind/pagefind.js></script>',
    );
    expect(findScripts('docs/x/index.html', html)).toEqual({
      page: 'docs/x/index.html',
      sources: ['docs/_astro/a.js', 'pagefind/pagefind.js'],
      inline: ['document.documentElement.dataset.theme = "dark";'],
    });
  });
});

describe('readBuiltFiles', () => {
  test('lists files with slash paths, gzipping only HTML, CSS and JavaScript', () => {
    const dir = site({ 'a/index.html': page('x'), 'files/r.pdf': noise(100) });
    expect(readBuiltFiles(dir)).toEqual([
      { path: 'a/index.html', size: page('x').length, gzipSize: getGzipSize(page('x')) },
      { path: 'files/r.pdf', size: 100, gzipSize: 100 },
    ]);
  });
});
