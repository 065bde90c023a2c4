import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brokenContent, editedContent, minimalContent } from '../fixtures/content-sets.ts';
import { snapshotFolder, startBuild } from './build-site.ts';

const severalErrors = brokenContent('several-errors');
const severalErrorsBefore = snapshotFolder(severalErrors);
/** Every build of this file, asked for at once so they are built side by side. */
const builds = {
  severalErrors: startBuild(severalErrors),
  danglingReference: startBuild(brokenContent('dangling-reference')),
  renderFailure: startBuild(brokenContent('render-failure')),
  impossibleDate: startBuild(
    editedContent({
      'artefacts/soc-2-report.md': (text) => text.replace('issued: 2026-02-01', 'issued: 2026-02-30'),
    }),
  ),
  unknownAudience: startBuild(minimalContent, { TRUST_CENTER_AUDIENCE: 'partner' }),
};

describe('a build of broken content', () => {
  test('fails, reports every problem with file, field and fix, and writes no site', async () => {
    const build = await builds.severalErrors;
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has 9 problems. Fix them and run the check again.');
    expect(build.output).toContain(
      'line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did you ' +
        'mean `soc-2`?',
    );
    expect(build.output).toContain('content/services/Our_App.md');
    // The report is the whole message: no stack trace of the build's own code follows it.
    expect(build.output).not.toContain('Stack trace');
    expect(build.output).not.toContain('background-check.ts');
    expect(existsSync(build.outDir)).toBe(false);
    expect(snapshotFolder(severalErrors)).toEqual(severalErrorsBefore);
  });

  test('fails with the report when every entry loads but a reference leads nowhere', async () => {
    // Astro only logs a dangling reference; the build still stops, before rendering any page.
    const build = await builds.danglingReference;
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has 1 problem. Fix it and run the check again.');
    expect(build.output).toContain(
      'line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did you ' +
        'mean `soc-2`?',
    );
    expect(build.output).not.toContain('generating static routes');
    expect(existsSync(build.outDir)).toBe(false);
  });

  test('fails with the report on a day its month does not have, rather than publishing another day', async () => {
    const build = await builds.impossibleDate;
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has 1 problem. Fix it and run the check again.');
    expect(build.output).toContain(
      'line 10, `issued`: Found `2026-02-30`. February 2026 has 28 days: write a day from `2026-02-01` to ' +
        '`2026-02-28`.',
    );
    expect(build.output).not.toContain('generating static routes');
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a build that fails while rendering pages', () => {
  test('leaves no half-written site where the site is expected', async () => {
    const build = await builds.renderFailure;
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Expected component `Undefined` to be defined');
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a build for an audience that does not exist', () => {
  test('stops before building, with the variable, its value and the fix', async () => {
    const build = await builds.unknownAudience;
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe(
      'TRUST_CENTER_AUDIENCE is `partner`, which is not an audience. Set it to `internal` for the build behind ' +
        'single sign-on, or unset it for the public build.',
    );
    expect(existsSync(build.outDir)).toBe(false);
  });
});
