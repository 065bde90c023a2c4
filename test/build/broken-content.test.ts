import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brokenContent, minimalContent } from '../fixtures/content-sets.ts';
import { buildSite, snapshotFolder } from './build-site.ts';

describe('a build of broken content', () => {
  test('fails, reports every problem with file, field and fix, and writes no site', () => {
    const content = brokenContent('several-errors');
    const before = snapshotFolder(content);
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has 8 problems. Fix them and run the check again.');
    expect(build.output).toContain(
      'line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did you ' +
        'mean `soc-2`?',
    );
    expect(build.output).toContain('content/services/Our_App.md');
    expect(existsSync(build.outDir)).toBe(false);
    expect(snapshotFolder(content)).toEqual(before);
  });

  test('fails with the report when every entry loads but a reference leads nowhere', () => {
    // Astro only logs a dangling reference; the build still stops, before rendering any page.
    const build = buildSite(brokenContent('dangling-reference'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has 1 problem. Fix it and run the check again.');
    expect(build.output).toContain(
      'line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did you ' +
        'mean `soc-2`?',
    );
    expect(build.output).not.toContain('generating static routes');
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a build that fails while rendering pages', () => {
  test('leaves no half-written site where the site is expected', () => {
    const build = buildSite(brokenContent('render-failure'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Expected component `Undefined` to be defined');
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a build for an audience that does not exist', () => {
  test('stops before building, with the variable, its value and the fix', () => {
    const build = buildSite(minimalContent, { TRUST_CENTER_AUDIENCE: 'partner' });
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe(
      'TRUST_CENTER_AUDIENCE is `partner`, which is not an audience. Set it to `internal` for the build behind ' +
        'single sign-on, or unset it for the public build.',
    );
    expect(existsSync(build.outDir)).toBe(false);
  });
});
