import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const lib = new URL('../../src/lib/', import.meta.url).pathname;
const pages = new URL('../../src/pages/', import.meta.url).pathname;
const schemas = new URL('../../src/schemas/', import.meta.url).pathname;
const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());
const lineCount = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;

/** Every file under a folder, by its path. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

describe("the source stays easy to find one's way in", () => {
  test('each folder of src/lib has its line in src/lib/README.md, and holds at most 12 files', () => {
    const map = readFileSync(join(lib, 'README.md'), 'utf8');
    expect(folders.filter((folder) => !map.includes(`| \`${folder}/\``))).toEqual([]);
    const crowded = folders
      .map((folder) => [folder, readdirSync(join(lib, folder)).length] as const)
      .filter(([, count]) => count > 12);
    expect(crowded).toEqual([]);
  });

  test('no module of src/lib is longer than 250 lines', () => {
    const long = filesUnder(lib)
      .filter((path) => path.endsWith('.ts'))
      .map((path) => `${path.slice(lib.length)}: ${lineCount(path)} lines`)
      .filter((line) => Number(line.split(': ')[1]!.split(' ')[0]) > 250);
    expect(long).toEqual([]);
  });

  test('no modules of src/lib and src/schemas use each other’s code in a loop; types alone may be shared so', () => {
    const modules = [...filesUnder(lib), ...filesUnder(schemas)].filter((path) => path.endsWith('.ts'));
    /** The modules a module imports code from: every static import or re-export that is not of types alone. */
    const imports = new Map(
      modules.map((path) => {
        const text = readFileSync(path, 'utf8');
        const used = [...text.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']+)'/gm)]
          .filter(([, typeOnly, names]) => {
            if (typeOnly) return false;
            const listed = /^\{([^}]*)\}$/.exec(names!.trim())?.[1];
            return (
              listed === undefined || listed.split(',').some((name) => name.trim() && !/^type\s/.test(name.trim()))
            );
          })
          .map(([, , , from]) => resolve(dirname(path), from!));
        return [path, used.filter((target) => modules.includes(target))] as const;
      }),
    );
    const loops: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (path: string, trail: string[]) => {
      state.set(path, 'open');
      for (const next of imports.get(path) ?? []) {
        if (state.get(next) === 'open') {
          loops.push(
            [...trail.slice(trail.indexOf(next)), path, next].map((file) => file.slice(lib.length - 4)).join(' → '),
          );
        } else if (!state.has(next)) visit(next, [...trail, path]);
      }
      state.set(path, 'done');
    };
    for (const path of modules) if (!state.has(path)) visit(path, []);
    expect(loops).toEqual([]);
    // The check reads imports as they are written: a loop written in would be found.
    expect([...imports.get(join(lib, 'graph', 'gaps.ts'))!].map((path) => path.slice(lib.length))).toContain(
      'graph/coverage.ts',
    );
  });

  test('no line of the sources or the tests is wider than the formatter’s 120 columns', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const wide = ['src', 'test']
      .flatMap((folder) => filesUnder(join(root, folder)))
      .filter((path) => /\.(ts|astro|mjs|css)$/.test(path))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, index) => ([...line].length > 120 ? [`${path.slice(root.length)}:${index + 1}`] : [])),
      );
    expect(wide).toEqual([]);
  });

  test('every route is shorter than 30 lines', () => {
    const long = filesUnder(pages)
      .filter((path) => lineCount(path) >= 30)
      .map((path) => `${path.slice(pages.length)}: ${lineCount(path)} lines`);
    expect(long).toEqual([]);
  });
});
