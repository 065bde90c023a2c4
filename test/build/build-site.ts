import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import type { BuildCommand, BuildResult, SiteRecipe } from './site-builder.ts';

export type { BuildCommand, BuildResult } from './site-builder.ts';

/**
 * Builds the site from a content folder into a fresh temporary folder, with `npm run build`
 * unless told otherwise; `args` are passed on to the command, as after `npm run build --`.
 * The run's site builder (see `site-builder.ts`) makes the build, a few at once across the test
 * files, and builds each distinct site once: the same content and settings give the same build.
 * Build the sites a file needs at once (`Promise.all`) so they are made side by side.
 */
export function buildSite(
  content: string,
  env: Record<string, string> = {},
  command: BuildCommand = 'npm run build',
  args: readonly string[] = [],
): Promise<BuildResult> {
  const recipe: SiteRecipe = { content, env, command, args };
  return new Promise((resolve, reject) => {
    const call = request(inject('siteBuilder'), { method: 'POST' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(JSON.parse(body) as BuildResult) : reject(new Error(body)),
      );
    });
    call.on('error', reject);
    call.end(JSON.stringify(recipe));
  });
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
