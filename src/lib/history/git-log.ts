/**
 * The history of a content folder from git, read in one `git log` pass over the whole folder: for each file,
 * its latest changes (the commit's date and subject), following renames. Dates are the commits' own, so the same
 * commit always gives the same history, whatever the day of the build.
 */
import { execFile, spawnSync } from 'node:child_process';
import { entryFileExtensions } from '../content/entry-files.ts';

/** One change of a file: the day of its commit (`YYYY-MM-DD`, UTC) and the commit's subject. */
export interface Change {
  date: string;
  subject: string;
}

/** Why a content folder has no history: it is in a shallow clone, outside any repository, or git is missing. */
export type MissingHistory = 'shallow' | 'outside' | 'no-git';

/** Where a content folder stands in git: in a full clone (with its path there), or without history. */
export type RepositoryProbe =
  { state: 'full'; prefix: string } | { state: MissingHistory; prefix?: string | undefined };

/** A content folder's history: each file's latest changes, newest first, keyed by its path in the folder. */
export type ContentHistory =
  | { state: 'full'; prefix: string; files: ReadonlyMap<string, readonly Change[]> }
  | { state: MissingHistory; prefix?: string | undefined };

/** The files an entry may be, in the content folder: its Markdown file, or its MDX one. */
export const entryFileCandidates = (collection: string, id: string) =>
  entryFileExtensions.map((extension) => `${collection}/${id}${extension}`);

/** The file of an entry that the history knows, when it knows one. */
export function findFileInHistory(history: ContentHistory, collection: string, id: string): string | undefined {
  return history.state === 'full'
    ? entryFileCandidates(collection, id).find((path) => history.files.has(path))
    : undefined;
}

/** How many changes of a file are kept: a page lists at most this many, so its size stays bounded. */
export const maxChanges = 5;

// A build must not depend on who runs it: no pager, no local quoting or signature settings, no prompts.
const gitOptions = {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
} as const;
const gitArgs = (dir: string, args: string[]) => [
  '-C',
  dir,
  '-c',
  'core.quotePath=false',
  '-c',
  'log.showSignature=false',
  ...args,
];
const runGit = (dir: string, args: string[]) => spawnSync('git', gitArgs(dir, args), gitOptions);

/** Whether a folder is in a full clone, a shallow one, or outside git, and its path in the repository. */
export function probeRepository(dir: string): RepositoryProbe {
  const result = runGit(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (result.error) return { state: 'no-git' };
  if (result.status !== 0) return { state: 'outside' };
  const [shallow = '', prefix = ''] = result.stdout.split('\n');
  const folder = prefix.replace(/\/$/, '');
  return shallow.trim() === 'true' ? { state: 'shallow', prefix: folder } : { state: 'full', prefix: folder };
}

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';
/** One pass over the whole folder, newest commit first. */
const logArgs = [
  'log',
  '--date-order',
  '--no-merges',
  '--find-renames',
  '--name-status',
  '--relative',
  '-z',
  `--format=${recordSeparator}%ct${fieldSeparator}%s`,
  '--',
  '.',
];

/**
 * Reads a content folder's history in one `git log` pass. Merge commits are left out (their changes are the
 * merged commits'), and a renamed file keeps the changes it had under its old name.
 */
export function readContentHistory(dir: string): ContentHistory {
  const probe = probeRepository(dir);
  if (probe.state !== 'full') return probe;
  const result = runGit(dir, logArgs);
  // A repository without a commit yet has no history to show.
  return { state: 'full', prefix: probe.prefix, files: parseGitLog(result.status === 0 ? result.stdout : '') };
}

/**
 * Reads a content folder's history as `readContentHistory` does, with git running beside the build rather than
 * holding it up.
 */
export function startContentHistory(dir: string): Promise<ContentHistory> {
  const probe = probeRepository(dir);
  if (probe.state !== 'full') return Promise.resolve(probe);
  return new Promise((resolve) => {
    execFile('git', gitArgs(dir, logArgs), gitOptions, (error, stdout) => {
      resolve({ state: 'full', prefix: probe.prefix, files: parseGitLog(error ? '' : stdout) });
    });
  });
}

/**
 * Each file's latest changes from the output of `git log -z --name-status --format=<RS>%ct<US>%s`, newest commit
 * first. Walking back in time, a rename hands the older name's changes to the file's current name, and a file
 * added or deleted under a name ends that name's line: an older file of the same name is another file.
 */
export function parseGitLog(output: string): Map<string, Change[]> {
  const files = new Map<string, Change[]>();
  // The current name of each older name met so far; `null` once the name's line has ended.
  const currentName = new Map<string, string | null>();
  const nameOf = (path: string) => (currentName.has(path) ? currentName.get(path)! : path);
  const record = (path: string | null, change: Change) => {
    if (path === null) return;
    let changes = files.get(path);
    if (!changes) files.set(path, (changes = []));
    if (changes.length < maxChanges) changes.push(change);
  };
  for (const commit of output.split(recordSeparator)) {
    const headerEnd = commit.indexOf('\0');
    if (headerEnd < 0) continue;
    const [time = '', subject = ''] = commit.slice(0, headerEnd).split(fieldSeparator);
    const change = { date: new Date(Number(time) * 1000).toISOString().slice(0, 10), subject: subject.trim() };
    const fields = commit
      .slice(headerEnd + 1)
      .replace(/^\n/, '')
      .split('\0');
    for (let index = 0; index < fields.length && fields[index] !== '';) {
      const status = fields[index]!;
      if (status.startsWith('R')) {
        const [from, to] = [fields[index + 1]!, fields[index + 2]!];
        const name = nameOf(to);
        record(name, change);
        currentName.set(to, null);
        currentName.set(from, name);
        index += 3;
        continue;
      }
      const path = status.startsWith('C') ? fields[index + 2]! : fields[index + 1]!;
      index += status.startsWith('C') ? 3 : 2;
      if (status.startsWith('D')) {
        currentName.set(path, null);
        continue;
      }
      record(nameOf(path), change);
      if (status.startsWith('A') || status.startsWith('C')) currentName.set(path, null);
    }
  }
  return files;
}

/**
 * What the build says, once, when the repository is named but the content folder has no history: why, and how to
 * get it. Pages still link to each file's editor and history.
 */
export function describeMissingHistory(state: MissingHistory, folder: string): string {
  const outcome = 'so pages show no history from git, only the links to edit each file and read its history.';
  if (state === 'shallow') {
    return (
      `The content folder \`${folder}\` is in a shallow clone, ${outcome} Fetch the whole history to show it: ` +
      '`git fetch --unshallow`, or `fetch-depth: 0` for `actions/checkout` in GitHub Actions.'
    );
  }
  if (state === 'outside') {
    return `The content folder \`${folder}\` is not in a git repository, ${outcome} Build it from a clone to show it.`;
  }
  return `git was not found, ${outcome} Install git to show it.`;
}
