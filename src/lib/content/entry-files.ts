/**
 * Which files of a collection's folder are entries, and the id each one gets.
 * Astro's loaders and the content check both read the folder through this rule,
 * so they always see the same entries.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { globSync } from 'tinyglobby';
import type { CollectionName } from '../../schemas/shared.ts';
import { collectionDir, contentDir as defaultContentDir } from './paths.ts';
import { opensFrontMatter, type YamlSource } from './front-matter.ts';
import { suggest } from './suggest.ts';

/** A content file read from disk, with its front matter parsed but not yet validated. */
export interface SourceEntry extends YamlSource {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/** An entry that passed its schema, with the parsed data. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The extensions of entry files: Markdown and MDX. */
export const entryFileExtensions = ['.md', '.mdx'] as const;

/**
 * The collections whose entries may be grouped in folders: a document's id, and its URL, follow its folders
 * (`docs/eu/data-boundary.md` is `/docs/eu/data-boundary/`). Every other entry sits directly in its collection's
 * folder, as its id is its file name.
 */
export const nestingCollections = ['docs'] as const satisfies readonly CollectionName[];

/** Whether a collection's entries may be grouped in folders. */
function nests(collection: CollectionName): boolean {
  return (nestingCollections as readonly CollectionName[]).includes(collection);
}

/**
 * The glob patterns of a collection's entry files: files with an entry extension, in its folder (or, for a
 * collection that nests, in any folder inside it), except files and folders whose name starts with `_` (drafts and
 * partials) or `.`. Astro's glob loader takes them as they are.
 */
export function entryFilePatterns(collection: CollectionName): string[] {
  const extensions = entryFileExtensions.map((extension) => extension.slice(1)).join(',');
  return [`${nests(collection) ? '**/' : ''}*.{${extensions}}`, '!**/_*', '!**/_*/**'];
}

/**
 * The day an id starts with, as an update's file is named for its day:
 * `2026-02-01-soc-2-report` gives `2026-02-01`.
 */
export const dayOfId = (id: string): string | undefined => /^(\d{4}-\d{2}-\d{2})-/.exec(id)?.[1];

/** Latin letters that no Unicode decomposition turns into unaccented ones. */
const latinLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const latinLetter = new RegExp(`[${Object.keys(latinLetters).join('')}]`, 'g');

/**
 * The id that follows the id rule and is closest to a name that does not: `Our_App` gives `our-app`, `Société` gives
 * `societe`; empty when the name has no Latin letter or digit.
 */
export function suggestEntryId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(latinLetter, (letter) => latinLetters[letter]!)
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
export function findEntryFiles(folder: string, collection: CollectionName): EntryFile[] {
  return globSync(entryFilePatterns(collection), { cwd: folder, expandDirectories: false })
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
 * The collections a new trust center starts without (see `npm run init`): it claims no subprocessor and answers no
 * question it was not asked. Any collection may be left out or empty (see `isLeftOut`).
 */
export const optionalCollections = ['subprocessors', 'faq'] as const satisfies readonly CollectionName[];

/** Whether a new trust center starts without a collection. */
export function isOptionalCollection(collection: CollectionName): boolean {
  return (optionalCollections as readonly CollectionName[]).includes(collection);
}

/**
 * Whether a collection is left out of the content folder in `contentDir`: its folder is missing or holds no entry
 * file. A trust center may have no scenarios, updates, subprocessors or FAQ yet; such a collection is empty, without
 * the warnings Astro gives of a missing folder or an empty collection.
 */
export function isLeftOut(collection: CollectionName, contentDir: string = defaultContentDir): boolean {
  const folder = join(contentDir, collection);
  return !existsSync(folder) || findEntryFiles(folder, collection).length === 0;
}

/** The warning Astro's glob loader gives of a folder without an entry file, which a collection left empty is. */
const emptyFolderWarning = 'No files found matching';

/**
 * The loader of a collection: `load()`, without its warning of a folder that holds no entry file, so `npm run dev`
 * still sees the first entry a writer adds; or, for a collection whose folder is missing, one that loads nothing.
 */
export function collectionLoader(collection: CollectionName, load: () => Loader): Loader {
  if (!existsSync(collectionDir(collection))) {
    return { name: 'absent-folder', load: async ({ store }) => store.clear() };
  }
  const loader = load();
  return {
    ...loader,
    load: (context) => {
      const logger = new Proxy(context.logger, {
        get(target, property) {
          if (property === 'warn')
            return (message: string) => (message.startsWith(emptyFolderWarning) ? undefined : target.warn(message));
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, logger });
    },
  };
}

/** Names that look like Markdown meant as an entry: `.MD`, `.markdown`, `.md.txt`, any case. */
const markdownLike = /\.(?:md|mdx|markdown|mdown|mkd)(?:\.txt)?$/i;

/** The folders of a content folder that hold no entries: the brand's files and the artefacts' downloadable files. */
export const supportFolders = ['brand', 'files'] as const;

/** A file a writer meant as an entry that the build does not read, with the fix. */
export interface UnreadFile {
  /** Path inside the content folder, with `/` between folders. */
  path: string;
  /** The collection it sits in, when it sits in one. */
  collection?: CollectionName;
  /** The id it would have as an entry, when it sits in a collection. */
  id?: string;
  message: string;
}

/**
 * Files that look like entries but are not read, so that a new entry never goes missing without a word: a name
 * whose extension is not exactly `.md` or `.mdx` (`.MD`, `.markdown`, `.md.txt`), Markdown at the top of the content
 * folder, and Markdown in a folder that is not a collection (`artifacts/`, `policies/`). Only files that start with
 * front matter, as an entry does, are taken for entries: a README beside the collections is left alone, and so are
 * files and folders whose names start with `_` or `.`, as everywhere.
 */
export function findUnreadFiles(contentDir: string, collections: readonly CollectionName[]): UnreadFile[] {
  const folders = collections.map((collection) => `\`${collection}/\``).join(', ');
  const unread: UnreadFile[] = [];
  const files = globSync(['**/*', '!**/_*', '!**/_*/**'], { cwd: contentDir, expandDirectories: false }).sort();
  for (const path of files) {
    if (!markdownLike.test(path)) continue;
    const [top, ...rest] = path.split('/');
    const collection = collections.find((candidate) => candidate === top);
    const inside = rest.join('/');
    const entryFile = entryFileExtensions.some((extension) => inside.endsWith(extension));
    if (collection && entryFile && rest.length > 1 && !nests(collection)) {
      const name = rest.at(-1)!;
      const message =
        `This file is not read: the entries of \`${collection}/\` sit directly in it, as an entry's id is its file ` +
        `name; only documents are grouped in folders. Move it to \`${collection}/${name}\`.`;
      unread.push({ path, collection, id: name.slice(0, name.lastIndexOf('.')), message });
      continue;
    }
    // An entry file, or a file beside the brand's and the artefacts' files: read as they should be.
    if (collection && entryFile) continue;
    if (!collection && rest.length > 0 && (supportFolders as readonly string[]).includes(top!)) continue;
    if (!startsWithFrontMatter(join(contentDir, path))) continue;
    if (collection) {
      const base = inside.replace(markdownLike, '');
      const extension = /\.mdx(?:\.txt)?$/i.test(path) ? '.mdx' : '.md';
      const rename = `${base.slice(base.lastIndexOf('/') + 1)}${extension}`;
      const message =
        "This file is not read: an entry's file name ends in `.md` (or `.mdx`), in lowercase. " +
        `Rename it to \`${rename}\`.`;
      unread.push({ path, collection, id: base, message });
    } else if (rest.length === 0) {
      const message =
        'This file is not read: an entry goes in the folder of its collection. ' + `Move it into one: ${folders}.`;
      unread.push({ path, message });
    } else {
      const closest = suggest(top!, collections);
      const fix = closest ? `Did you mean \`${closest}/\`? Move the file there.` : `Move it into one of ${folders}.`;
      unread.push({ path, message: `This file is not read: \`${top}/\` is not the folder of a collection. ${fix}` });
    }
  }
  return unread;
}

/** Whether a file starts with a `---` line, as an entry's front matter does. */
function startsWithFrontMatter(path: string): boolean {
  const start = Buffer.alloc(8);
  const file = openSync(path, 'r');
  try {
    return opensFrontMatter(start.subarray(0, readSync(file, start)).toString('utf8'));
  } finally {
    closeSync(file);
  }
}
