import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeStarter } from '../../src/lib/writers/starter.ts';
import { writeNewEntry } from '../../src/lib/writers/new-entry.ts';
import { writeNextEdition } from '../../src/lib/writers/next-edition.ts';
import { createCheckingReference, createSchemas } from '../../src/lib/content/check.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';
import { buildSite, listFiles, type BuildResult } from './build-site.ts';
import { findBrokenLinks, type BuiltPage } from './site-audit.ts';

/** Where GitHub Pages publishes a project site: under the repository's name. */
const address = 'https://acme.github.io/trust-center/';

describe('a trust center started with npm run init, grown with npm run new, published under a sub-path', () => {
  let build: BuildResult;
  let pages: BuiltPage[];

  beforeAll(() => {
    const content = join(mkdtempSync(join(tmpdir(), 'trust-center-started-')), 'content');
    const settings = {
      name: 'Acme',
      url: address,
      securityContact: 'security@acme.example',
      ndaContact: 'nda@acme.example',
      providers: ['aws'],
    };
    expect(writeStarter(content, settings, '2026-11-29', false)).toHaveProperty('files');
    const collections = Object.keys(createSchemas(createCheckingReference(new Map()))) as CollectionName[];
    for (const collection of collections) {
      expect(writeNewEntry({ contentDir: content, collection, id: 'scaffolded', today: '2026-11-29' })).toHaveProperty(
        'path',
      );
    }
    expect(writeNextEdition(content, 'scaffolded-2027', 'scaffolded', '2026-11-29')).toHaveProperty('path');
    // As the GitHub workflow builds it: with the base path Pages gives.
    build = buildSite(content, {}, 'npm run build', ['--base', '/trust-center/']);
    pages = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: readFileSync(join(build.outDir, file), 'utf8') }));
  });

  test('builds without errors or warnings', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
  });

  test('links every page under the sub-path, and every link resolves', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(findBrokenLinks(build.outDir, pages, '/trust-center/')).toEqual([]);
    const home = pages.find((page) => page.file === 'index.html')!;
    expect(home.html).toContain(`<link rel="canonical" href="${address}"`);
  });

  test('gives every scaffolded entry its page', () => {
    for (const path of ['controls/scaffolded/index.html', 'artefacts/scaffolded-2027/index.html']) {
      expect(listFiles(build.outDir)).toContain(path);
    }
  });

  test("writes the hosting files' year of caching for the hashed assets", () => {
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8')).toContain(
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });
});
