import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import {
  describeMissingHistory,
  probeRepository,
  readContentHistory,
  startContentHistory,
} from '../../src/lib/history/git-log.ts';
import { shareContentHistory, takeSharedHistory } from '../../src/lib/history/shared-history.ts';
import { getFileLinks, getRepositoryHost } from '../../src/lib/history/repository.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { brokenContent } from '../fixtures/content-sets.ts';
import { testSite } from '../fixtures/graph-builder.ts';

const root = mkdtempSync(join(tmpdir(), 'trust-center-history-'));
const repo = join(root, 'repo');
const content = join(repo, 'content');
let day = 0;

/** Runs git in the test repository, each commit one day after the last, from 1 March 2026 at noon UTC. */
function git(...args: string[]) {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Writer',
      GIT_AUTHOR_EMAIL: 'writer@example.com',
      GIT_COMMITTER_NAME: 'Writer',
      GIT_COMMITTER_EMAIL: 'writer@example.com',
      GIT_AUTHOR_DATE: `2026-03-${String(day + 1).padStart(2, '0')}T12:00:00Z`,
      GIT_COMMITTER_DATE: `2026-03-${String(day + 1).padStart(2, '0')}T12:00:00Z`,
    },
  });
}

function commit(subject: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', subject);
  day++;
}

beforeAll(() => {
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  commit('Add the sample', {
    'content/controls/mfa.md': 'v1',
    'content/docs/old-name.md': 'v1',
    'content/docs/eu/boundary.mdx': 'v1',
    'content/docs/removed.md': 'v1',
    'README.md': 'outside the content folder',
  });
  for (const version of [2, 3, 4, 5, 6, 7])
    commit(`MFA, edit ${version}`, { 'content/controls/mfa.md': `v${version}` });
  commit('Explain the <script> & "quotes" of the EU boundary', { 'content/docs/eu/boundary.mdx': 'v2' });
  git('mv', 'content/docs/old-name.md', 'content/docs/new-name.md');
  commit('Rename the document', {});
  commit('Edit the renamed document', { 'content/docs/new-name.md': 'v2' });
  git('rm', '-q', 'content/docs/removed.md');
  commit('Remove a document', {});
  commit('Add a document again under an old name', { 'content/docs/removed.md': 'another file' });
  git('checkout', '-q', '-b', 'review');
  commit('Review the boundary on a branch', { 'content/docs/eu/boundary.mdx': 'v3' });
  git('checkout', '-q', 'main');
  commit('Change the README only', { 'README.md': 'changed' });
  git('merge', '-q', '--no-ff', '-m', 'Merge the review', 'review');
  day++;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('history from git', () => {
  it('gives each file its latest five changes, newest first, dated by their commits', () => {
    const history = readContentHistory(content);
    if (history.state !== 'full') throw new Error(history.state);
    expect(history.prefix).toBe('content');
    expect(history.files.get('controls/mfa.md')).toEqual([
      { date: '2026-03-07', subject: 'MFA, edit 7' },
      { date: '2026-03-06', subject: 'MFA, edit 6' },
      { date: '2026-03-05', subject: 'MFA, edit 5' },
      { date: '2026-03-04', subject: 'MFA, edit 4' },
      { date: '2026-03-03', subject: 'MFA, edit 3' },
    ]);
    expect(history.files.has('README.md')).toBe(false);
  });

  it('follows a rename, keeps subjects as written, and lists a merged commit but not the merge', () => {
    const history = readContentHistory(content);
    if (history.state !== 'full') throw new Error(history.state);
    expect(history.files.get('docs/new-name.md')?.map((change) => change.subject)).toEqual([
      'Edit the renamed document',
      'Rename the document',
      'Add the sample',
    ]);
    expect(history.files.has('docs/old-name.md')).toBe(false);
    expect(history.files.get('docs/eu/boundary.mdx')?.map((change) => change.subject)).toEqual([
      'Review the boundary on a branch',
      'Explain the <script> & "quotes" of the EU boundary',
      'Add the sample',
    ]);
  });

  it('does not give a file added under a deleted file’s name the deleted file’s history', () => {
    const history = readContentHistory(content);
    if (history.state !== 'full') throw new Error(history.state);
    expect(history.files.get('docs/removed.md')?.map((change) => change.subject)).toEqual([
      'Add a document again under an old name',
    ]);
  });

  it('reads the same history beside the build, handed to the pages once git has finished', async () => {
    const reading = startContentHistory(content);
    shareContentHistory(content, reading);
    expect(takeSharedHistory(content)).toBeUndefined();
    const history = await reading;
    expect(history).toEqual(readContentHistory(content));
    expect(takeSharedHistory(content)).toBe(history);
    expect(takeSharedHistory(join(root, 'elsewhere'))).toBeUndefined();
  });

  it('reads no history from a shallow clone, and says how to get it', () => {
    const clone = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(readContentHistory(join(clone, 'content'))).toEqual({ state: 'shallow', prefix: 'content' });
    expect(describeMissingHistory('shallow', 'content')).toBe(
      'The content folder `content` is in a shallow clone, so pages show no history from git, only the links to ' +
        'edit each file and read its history. Fetch the whole history to show it: `git fetch --unshallow`, or ' +
        '`fetch-depth: 0` for `actions/checkout` in GitHub Actions.',
    );
  });

  it('reads no history from a folder outside git', () => {
    const outside = mkdtempSync(join(tmpdir(), 'trust-center-outside-'));
    try {
      expect(probeRepository(outside)).toEqual({ state: 'outside' });
      expect(describeMissingHistory('outside', 'content')).toBe(
        'The content folder `content` is not in a git repository, so pages show no history from git, only the ' +
          'links to edit each file and read its history. Build it from a clone to show it.',
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('edit and history links', () => {
  const file = 'content/docs/eu/data boundary#1.md';

  it('builds GitHub and GitLab addresses from the repository, with each segment encoded', () => {
    expect(getFileLinks({ url: 'https://github.com/acme/trust/', branch: 'release/2026' }, file)).toEqual({
      edit: 'https://github.com/acme/trust/edit/release/2026/content/docs/eu/data%20boundary%231.md',
      history: 'https://github.com/acme/trust/commits/release/2026/content/docs/eu/data%20boundary%231.md',
    });
    expect(getFileLinks({ url: 'https://gitlab.com/acme/compliance/trust.git', branch: 'main' }, 'site/a.md')).toEqual({
      edit: 'https://gitlab.com/acme/compliance/trust/-/edit/main/site/a.md',
      history: 'https://gitlab.com/acme/compliance/trust/-/commits/main/site/a.md',
    });
    expect(getRepositoryHost('https://gitlab.acme.example/trust')).toBe('gitlab');
    expect(getRepositoryHost('https://git.acme.example/trust')).toBeUndefined();
  });

  it('fills the templates of any other host', () => {
    const settings = {
      url: 'https://git.acme.example/trust',
      branch: 'main',
      editUrl: 'https://git.acme.example/trust/_edit/{branch}/{path}',
      historyUrl: 'https://git.acme.example/trust/log/{path}?h={branch}',
    };
    expect(getFileLinks(settings, 'content/a.md')).toEqual({
      edit: 'https://git.acme.example/trust/_edit/main/content/a.md',
      history: 'https://git.acme.example/trust/log/content/a.md?h=main',
    });
  });

  it('refuses a repository on another host without templates, and a template without the file’s path', () => {
    const parse = (repository: unknown) =>
      SiteSchema.safeParse({ ...testSite, repository }).error?.issues.map(({ path, message }) => ({ path, message }));
    expect(parse({ url: 'https://github.com/acme/trust' })).toBeUndefined();
    expect(parse({ url: 'https://git.acme.example/trust' })).toEqual([
      {
        path: ['repository'],
        message:
          'The repository is on neither GitHub nor GitLab, so its edit and history addresses are not known. Give ' +
          '`editUrl` and `historyUrl`, such as `https://git.example.com/trust/edit/{branch}/{path}`.',
      },
    ]);
    expect(
      parse({
        url: 'https://git.acme.example/trust',
        editUrl: 'https://git.acme.example/trust/edit/{branch}',
        historyUrl: 'https://git.acme.example/trust/log/{file}',
      }),
    ).toEqual([
      {
        path: ['repository', 'editUrl'],
        message:
          'It is not an absolute address with `{path}` where the file goes. Write it as ' +
          '`https://git.example.com/trust/edit/{branch}/{path}`.',
      },
      {
        path: ['repository', 'historyUrl'],
        message:
          '`{file}` is not a placeholder: only `{branch}` and `{path}` are replaced. Write it as ' +
          '`https://git.example.com/trust/edit/{branch}/{path}`.',
      },
    ]);
  });
});

describe('the content check of the repository settings', () => {
  test('names each bad address template with its line and the fix', () => {
    const content = brokenContent('repository-settings');
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/site.yaml',
        '  line 9, `repository.editUrl`: Found `https://git.example.com/trust/edit/{branch}`. It is not an absolute ' +
          'address with `{path}` where the file goes. ' +
          'Write it as `https://git.example.com/trust/edit/{branch}/{path}`.',
        '  line 10, `repository.historyUrl`: Found `https://git.example.com/trust/log/{file}`. `{file}` is not a ' +
          'placeholder: only `{branch}` and `{path}` are replaced. Write it as ' +
          '`https://git.example.com/trust/edit/{branch}/{path}`.',
      ].join('\n'),
    );
  });
});
