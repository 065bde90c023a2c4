/**
 * Which files of a collection's folder are entries, and the id each one gets.
 * Astro's loaders and the content check both read the folder through this rule,
 * so they always see the same entries.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { globSync } from 'tinyglobby';
import type { CollectionName } from '../../schemas/shared.ts';
import { contentDir as defaultContentDir } from './paths.ts';

/** The extensions of entry files: Markdown and MDX. */
export const entryFileExtensions = ['.md', '.mdx'] as const;

/**
 * The glob patterns of a collection's entry files: files with an entry extension,
 * except files and folders whose name starts with `_` (drafts and partials) or `.`.
 * Astro's glob loader takes them as they are.
 */
export const entryFilePatterns = [
  `**/*.{${entryFileExtensions.map((extension) => extension.slice(1)).join(',')}}`,
  '!**/_*',
  '!**/_*/**',
];

/** An entry id: lowercase letters, digits and single hyphens, like `soc-2`. */
export const entryIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id that follows the id rule and is closest to a name that does not: `Our_App` gives `our-app`. */
export function suggestEntryId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An entry file found in a collection's folder. */
export interface EntryFile {
  /** Path inside the collection's folder, with `/` between folders, such as `eu/data-boundary.md`. */
  path: string;
  /** The entry's id: the path without its extension, such as `eu/data-boundary`. */
  id: string;
}

/**
 * The entry files of a collection's folder, in the order of a walk through the
 * folder with names sorted (a folder's files come where its name sorts).
 */
export function findEntryFiles(folder: string): EntryFile[] {
  return globSync(entryFilePatterns, { cwd: folder, expandDirectories: false })
    .map((path) => ({ path, id: path.slice(0, path.lastIndexOf('.')), segments: path.split('/') }))
    .sort((a, b) => compareSegments(a.segments, b.segments))
    .map(({ path, id }) => ({ path, id }));
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    if (a[index] !== b[index]) return a[index]! < b[index]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The collections a content folder may leave out: a trust center may have no subprocessors and no FAQ yet.
 * Astro's loaders, the reading of the collections and the starter site all follow this list.
 */
export const optionalCollections = ['subprocessors', 'faq'] as const satisfies readonly CollectionName[];

/** Whether a content folder may leave a collection out. */
export function isOptionalCollection(collection: CollectionName): boolean {
  return (optionalCollections as readonly CollectionName[]).includes(collection);
}

/**
 * Whether a collection is left out of the content folder in `contentDir`: it is optional and its folder is missing.
 * A collection left out is empty, without the warning Astro gives of a missing folder or an empty collection.
 */
export function isLeftOut(collection: CollectionName, contentDir: string = defaultContentDir): boolean {
  return isOptionalCollection(collection) && !existsSync(join(contentDir, collection));
}

/** The loader of a collection: `load()`, or, for a collection the content folder leaves out, one that loads nothing. */
export function collectionLoader(collection: CollectionName, load: () => Loader): Loader {
  if (!isLeftOut(collection)) return load();
  return { name: 'absent-folder', load: async ({ store }) => store.clear() };
}
