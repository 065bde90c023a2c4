import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { listFiles, snapshotFolder, startBuild, type BuildResult } from './build-site.ts';

const sample = new URL('../../content', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'trust-center-history-site-'));
const repo = join(root, 'repo');
const repository = 'https://github.com/kestrel-ledger/trust-center';
const historyWarning = /shallow clone|not in a git repository/;

/** Runs git in the copy's repository; each commit is dated by `date`, never by the clock. */
function git(args: string[], date = '2026-11-02T09:00:00Z', cwd = repo) {
  const who = { NAME: 'Writer', EMAIL: 'writer@kestrel-ledger.example' };
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: who.NAME,
      GIT_AUTHOR_EMAIL: who.EMAIL,
      GIT_COMMITTER_NAME: who.NAME,
      GIT_COMMITTER_EMAIL: who.EMAIL,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

const page = (build: BuildResult, path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
const entryPages = () =>
  checkContent(sample).entries.map(({ collection, id }) => `${collection === 'faq' ? 'faq' : collection}/${id}`);

describe('history from git on entry pages', () => {
  const plain = inject('sampleSite');
  let full: BuildResult;
  let shallow: BuildResult;
  let again: BuildResult;

  beforeAll(async () => {
    // A copy of the sample in a repository of its own, with known commits: the project's own clone may be shallow.
    cpSync(sample, join(repo, 'content'), { recursive: true });
    appendFileSync(join(repo, 'content', 'site.yaml'), `repository:\n  url: ${repository}\n`);
    git(['init', '-q', '-b', 'main']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Publish the trust center']);
    appendFileSync(join(repo, 'content', 'controls', 'access-reviews.md'), '\nReviewed again.\n');
    git(['commit', '-q', '-am', 'Review <access> & "reviewers"'], '2026-11-20T16:30:00Z');
    git(['clone', '-q', '--depth', '1', `file://${repo}`, join(root, 'shallow')], undefined, root);
    git(['clone', '-q', `file://${repo}`, join(root, 'clone')], undefined, root);
    // The repository, a shallow clone of it and a full clone of the same commit, built side by side.
    [full, shallow, again] = await Promise.all([
      startBuild(join(repo, 'content')),
      startBuild(join(root, 'shallow', 'content')),
      startBuild(join(root, 'clone', 'content')),
    ]);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('are left out when site.yaml names no repository, as in the sample', () => {
    expect(plain.status, plain.output).toBe(0);
    for (const path of entryPages()) expect(page(plain, path), path).not.toContain('id="_history"');
  });

  test('show the last change, the latest changes and the edit and history links of each entry', () => {
    expect(full.status, full.output).toBe(0);
    expect(full.output).not.toMatch(historyWarning);
    for (const path of entryPages()) {
      const html = page(full, path);
      expect(html, path).toContain('<h2 id="_history">History</h2>');
      expect(html.match(/<li><time datetime=/g)?.length ?? 0, path).toBeLessThanOrEqual(5);
    }
    const control = page(full, 'controls/access-reviews');
    expect(control).toContain('Last changed <time datetime="2026-11-20">20 November 2026</time>.');
    expect(control).toContain(
      '<li><time datetime="2026-11-20">20 November 2026</time>: Review &lt;access&gt; &amp; &quot;reviewers&quot;</li>',
    );
    expect(control).toContain('<time datetime="2026-11-02">2 November 2026</time>: Publish the trust center</li>');
    expect(control).toContain(`href="${repository}/edit/main/content/controls/access-reviews.md">Edit this page</a>`);
    expect(control).toContain(`href="${repository}/commits/main/content/controls/access-reviews.md">Full history</a>`);
    expect(page(full, 'docs/eu-data-boundary')).toContain(
      'Last changed <time datetime="2026-11-02">2 November 2026</time>.',
    );
  });

  test('date each entry page in the sitemap by its last change, and no other page', () => {
    const sitemap = (build: BuildResult) => readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const dated = [...sitemap(full).matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)];
    const site = 'https://trust.kestrel-ledger.example';
    expect(dated.map(([, url]) => url!.slice(site.length)).sort()).toEqual(
      entryPages()
        .map((path) => `/${path}/`)
        .sort(),
    );
    expect(Object.fromEntries(dated.map(([, url, day]) => [url!.slice(site.length), day]))).toMatchObject({
      '/controls/access-reviews/': '2026-11-20T00:00:00.000Z',
      '/docs/eu-data-boundary/': '2026-11-02T00:00:00.000Z',
    });
    // Without history, a page is not dated at all, rather than by the build.
    expect(sitemap(shallow)).not.toContain('<lastmod>');
    expect(sitemap(plain)).not.toContain('<lastmod>');
  });

  test('are built from a shallow clone with links only, said once in the build output', () => {
    expect(shallow.status, shallow.output).toBe(0);
    expect(shallow.output.match(historyWarning)).toHaveLength(1);
    expect(shallow.output).toContain(
      `The content folder \`${join(root, 'shallow', 'content')}\` is in a shallow clone`,
    );
    const control = page(shallow, 'controls/access-reviews');
    expect(control).toContain(`href="${repository}/edit/main/content/controls/access-reviews.md">Edit this page</a>`);
    expect(control).not.toContain('Last changed');
  });

  test('are the same bytes from another clone of the same commit', () => {
    expect(again.status, again.output).toBe(0);
    expect(listFiles(again.outDir)).toEqual(listFiles(full.outDir));
    expect(snapshotFolder(again.outDir)).toEqual(snapshotFolder(full.outDir));
  });
});
