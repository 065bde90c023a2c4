import { basename, resolve } from 'node:path';

/**
 * Where the content lives. `TRUST_CENTER_CONTENT` points a build at another
 * content folder (the tests build small fixture sites this way); `content/` otherwise.
 */
export const contentDir = resolve(process.env.TRUST_CENTER_CONTENT ?? 'content');

/** How messages name a content folder: by its own name, `content` unless `TRUST_CENTER_CONTENT` names another. */
export function contentFolderName(dir: string): string {
  return basename(resolve(dir));
}

/** Where the site settings live, inside the content folder. */
export const siteFile = resolve(contentDir, 'site.yaml');

/** Builds the glob base of one collection's folder. */
export function collectionDir(collection: string): string {
  return resolve(contentDir, collection);
}
