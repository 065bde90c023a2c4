import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
/** How a site is built: `npm run build`, or `astro build` alone, which indexes for search inside Astro's process. */
const commands = {
  'npm run build': [join(root, 'src', 'cli', 'build.ts')],
  'astro build': [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
} as const;
export type BuildCommand = keyof typeof commands;

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds the site from a content folder into a fresh temporary folder, with `npm run build`
 * unless told otherwise; `args` are passed on to the command, as after `npm run build --`.
 * Builds run one at a time: every build of the project writes Astro's generated files to the same `.astro/` folder.
 */
export function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  command: BuildCommand = 'npm run build',
  args: readonly string[] = [],
): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'trust-center-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [...commands[command], ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // The test runner sets NODE_ENV=test, which would make Astro build in development mode.
      NODE_ENV: 'production',
      NO_COLOR: '1',
      TRUST_CENTER_CONTENT: contentDir,
      TRUST_CENTER_OUT_DIR: outDir,
      TRUST_CENTER_CACHE_DIR: join(work, 'cache'),
      SOURCE_DATE_EPOCH: '1795910400', // 2026-11-29
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A fingerprint of every file under a folder: path and content. */
export function snapshotFolder(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** A digest of each file under a folder, path to SHA-256, to tell later whether any changed. */
export function fingerprintFolder(dir: string): Record<string, string> {
  const digest = (text: string) => createHash('sha256').update(text).digest('hex');
  return Object.fromEntries([...snapshotFolder(dir)].map(([file, text]) => [file, digest(text)]));
}
