import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { startedSiteAddress as address, startedSiteBase, writeStartedSite } from '../fixtures/started-site.ts';
import { buildSite, listFiles, type BuildResult } from './build-site.ts';
import { findBrokenLinks, type BuiltPage } from './site-audit.ts';

describe('a trust center started with npm run init, grown with npm run new, published under a sub-path', () => {
  let build: BuildResult;
  let pages: BuiltPage[];

  beforeAll(() => {
    const content = writeStartedSite();
    // As the GitHub workflow builds it: with the base path Pages gives.
    build = buildSite(content, {}, 'npm run build', ['--base', startedSiteBase]);
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
    expect(findBrokenLinks(build.outDir, pages, startedSiteBase)).toEqual([]);
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
