import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const lib = new URL('../../src/lib/', import.meta.url).pathname;
const pages = new URL('../../src/pages/', import.meta.url).pathname;
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

  test('every route is shorter than 30 lines', () => {
    const long = filesUnder(pages)
      .filter((path) => lineCount(path) >= 30)
      .map((path) => `${path.slice(pages.length)}: ${lineCount(path)} lines`);
    expect(long).toEqual([]);
  });
});
