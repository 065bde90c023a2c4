import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { requestSite } from './request-site.ts';
import type { BuildCommand, BuildResult, SiteRecipe } from './site-builder.ts';

export type { BuildCommand, BuildResult } from './site-builder.ts';

const requestScript = new URL('./request-site.ts', import.meta.url).pathname;

/**
 * Starts building the site from a content folder into a fresh temporary folder, with `npm run build`
 * unless told otherwise; `args` are passed on to the command, as after `npm run build --`.
 * The run's site builder (see `site-builder.ts`) makes the build, a few at once across the test
 * files, and builds each distinct site once: the same content and settings give the same build.
 * Start the sites a file needs together (`Promise.all`) so they are built side by side.
 */
export function startBuild(
  content: string,
  env: Record<string, string> = {},
  command: BuildCommand = 'npm run build',
  args: readonly string[] = [],
): Promise<BuildResult> {
  return requestSite(inject('siteBuilder'), { content, env, command, args });
}

/** Builds a site as `startBuild` does, and waits for it: the test file stops until it is built. */
export function buildSite(
  content: string,
  env: Record<string, string> = {},
  command: BuildCommand = 'npm run build',
  args: readonly string[] = [],
): BuildResult {
  const recipe: SiteRecipe = { content, env, command, args };
  const result = spawnSync(process.execPath, [requestScript], {
    input: JSON.stringify({ address: inject('siteBuilder'), recipe }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The site builder did not answer:\n${result.stderr}`);
  return JSON.parse(result.stdout) as BuildResult;
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
