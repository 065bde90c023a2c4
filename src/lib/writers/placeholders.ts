/**
 * The `TODO` placeholders that `npm run new` and `npm run init` write for a writer to replace. A placeholder is valid
 * content, so the check passes with it; it is listed after the check, so "valid" is not read as "ready to publish".
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collectionNames } from '../../schemas/shared.ts';
import { findEntryFiles } from '../content/entry-files.ts';

/** A file that still holds placeholders, and how many lines hold one outside a comment. */
export interface Placeholders {
  file: string;
  lines: number;
}

/** Whether a line holds a placeholder that would be published: `TODO` outside a YAML comment. */
const holdsPlaceholder = (line: string) => /\bTODO\b/.test(line) && !/^\s*#/.test(line);

/** The files of a content folder, `site.yaml` and the entries, that still hold placeholders, by path from `root`. */
export function findPlaceholders(contentDir: string, root: string): Placeholders[] {
  const paths = [
    join(contentDir, 'site.yaml'),
    ...collectionNames.flatMap((collection) => {
      const folder = join(contentDir, collection);
      return findEntryFiles(folder, collection).map((entry) => join(folder, entry.path));
    }),
  ];
  return paths.flatMap((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return [];
    }
    const lines = text.split('\n').filter(holdsPlaceholder).length;
    return lines > 0 ? [{ file: relative(root, path).split(sep).join('/'), lines }] : [];
  });
}
