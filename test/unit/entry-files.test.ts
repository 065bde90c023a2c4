import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { entryFilePatterns, findEntryFiles, isLeftOut } from '../../src/lib/content/entry-files.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/content/front-matter.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/shared.ts';
import { draftsContent } from '../fixtures/content-sets.ts';

/** The files Astro's glob loader loads from a collection's folder, given the entry-file patterns. */
async function loadWithAstro(contentDir: string, collection: CollectionName): Promise<string[]> {
  const files: string[] = [];
  const entryType = {
    getEntryInfo: ({ contents }: { contents: string }) => ({
      body: '',
      data: parseYaml(splitFrontMatter(contents)?.yaml ?? '') ?? {},
    }),
  };
  const context = {
    collection,
    config: { root: pathToFileURL(`${contentDir}/`), srcDir: pathToFileURL(`${contentDir}/src/`) },
    logger: { info() {}, warn() {}, error() {} },
    store: {
      keys: () => [],
      get: () => undefined,
      delete() {},
      set: (entry: { filePath: string }) => files.push(entry.filePath),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: string) => value,
    entryTypes: new Map([
      ['.md', entryType],
      ['.mdx', entryType],
    ]),
  } as unknown as LoaderContext;
  await glob({ pattern: entryFilePatterns(collection), base: `./${collection}` }).load(context);
  return files.sort();
}

describe('entry files', () => {
  test('are the same files for Astro’s loaders and for the content check, drafts left out of both', async () => {
    const content = draftsContent();
    const checked = checkContent(content, content).entries.map((entry) => entry.file);
    const loaded = (await Promise.all(collectionNames.map((collection) => loadWithAstro(content, collection)))).flat();
    expect(loaded.sort()).toEqual([...checked].sort());
    expect(checked).toContain('controls/mfa.md');
    expect(checked.filter((file) => file.includes('/_'))).toEqual([]);
  });

  test('sit directly in their collection’s folder, except documents, which may be grouped in folders', async () => {
    const content = draftsContent();
    const mfa = readFileSync(join(content, 'controls', 'mfa.md'), 'utf8');
    mkdirSync(join(content, 'controls', 'identity'));
    writeFileSync(join(content, 'controls', 'identity', 'session-timeout.md'), mfa.replace('title: MFA', 'title: X'));
    mkdirSync(join(content, 'docs', 'eu'));
    writeFileSync(join(content, 'docs', 'eu', 'boundary.md'), '---\ntitle: EU\ndescription: The EU boundary.\n---\n');
    const { entries, problems } = checkContent(content, content);
    const loaded = [...(await loadWithAstro(content, 'controls')), ...(await loadWithAstro(content, 'docs'))];
    expect(loaded).toContain('docs/eu/boundary.md');
    expect(loaded).not.toContain('controls/identity/session-timeout.md');
    expect(entries.map((entry) => entry.file)).toContain('docs/eu/boundary.md');
    expect(problems).toEqual([
      {
        file: 'controls/identity/session-timeout.md',
        field: '',
        message:
          "This file is not read: the entries of `controls/` sit directly in it, as an entry's id is its file name; " +
          'only documents are grouped in folders. Move it to `controls/session-timeout.md`.',
      },
    ]);
  });

  test('leave out files and folders whose names start with an underscore', () => {
    const content = draftsContent();
    expect(existsSync(join(content, 'controls', '_drafts', 'encryption-at-rest.md'))).toBe(true);
    expect(existsSync(join(content, 'frameworks', '_template.md'))).toBe(true);
    // An entry marked `draft: true` is still an entry; only the underscore keeps a file out.
    expect(findEntryFiles(join(content, 'controls'), 'controls')).toEqual([
      { path: 'mfa.md', id: 'mfa' },
      { path: 'zqdraft-control.md', id: 'zqdraft-control' },
    ]);
    expect(findEntryFiles(join(content, 'frameworks'), 'frameworks')).toEqual([
      { path: 'soc-2.md', id: 'soc-2' },
      { path: 'zqdraft-framework.md', id: 'zqdraft-framework' },
    ]);
  });

  test('come in the order of a walk through the folder, a folder’s files where its name sorts', () => {
    const content = draftsContent();
    const folder = join(content, 'docs');
    for (const path of ['a.md', 'a-b.md', 'a/x.md', 'a/b/y.mdx', 'b.md']) {
      const file = join(folder, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '---\n---\n');
    }
    expect(findEntryFiles(folder, 'docs').map((file) => file.id)).toEqual([
      'a/b/y',
      'a/x',
      'a-b',
      'a',
      'b',
      'incident-notification',
      'zqdraft-doc',
    ]);
  });

  test('may leave out any collection, or leave its folder without an entry file', () => {
    const content = draftsContent();
    for (const folder of ['subprocessors', 'faq', 'scenarios'])
      rmSync(join(content, folder), { recursive: true, force: true });
    expect(collectionNames.filter((collection) => isLeftOut(collection, content))).toEqual([
      'scenarios',
      'subprocessors',
      'faq',
    ]);
    // A folder holding only what is not an entry (a draft in an underscore folder, notes) leaves it out too.
    mkdirSync(join(content, 'faq', '_drafts'), { recursive: true });
    writeFileSync(join(content, 'faq', '_drafts', 'later.md'), '---\nquestion: Later?\n---\n');
    writeFileSync(join(content, 'faq', 'notes.txt'), 'Questions to add.');
    expect(collectionNames.filter((collection) => isLeftOut(collection, content))).toEqual([
      'scenarios',
      'subprocessors',
      'faq',
    ]);
    writeFileSync(join(content, 'faq', 'encryption.md'), '---\nquestion: Do you encrypt?\n---\n');
    expect(collectionNames.filter((collection) => isLeftOut(collection, content))).toEqual([
      'scenarios',
      'subprocessors',
    ]);
  });
});
