import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { buildSite, listFiles } from './build-site.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;

test(
  'builds the same content and build date into byte-identical output, with `npm run build` or `astro build` ' + 'alone',
  () => {
    const first = inject('sampleSite');
    const second = buildSite(contentDir, {}, 'astro build');
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file))),
    );
    expect(differing).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toEqual(
      expect.arrayContaining([
        'catalog.json',
        'oscal/component-definition.json',
        'llms.txt',
        'manifest.json',
        'controls/multi-factor-authentication.md',
        'social-card.png',
      ]),
    );
  },
);
