import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { describeWithTool, listPagePaths } from './harness.ts';
import { findHtmlErrors, javaMissing } from './nu-checker.ts';

describeWithTool('HTML validity', javaMissing, () => {
  const siteDir = inject('sampleSite').outDir;
  /** An invalid page, to see that the checker reports it. */
  const invalidDir = mkdtempSync(join(tmpdir(), 'trust-center-html-'));
  let invalidErrors: string[];
  let siteErrors: string[];

  // The checker takes seconds to start, so it checks the invalid page and the site in one run.
  beforeAll(() => {
    writeFileSync(
      join(invalidDir, 'index.html'),
      '<!doctype html>\n<html lang="en"><title>t</title>\n<p id="a">One</p><p id="a">Two</p>\n</html>\n',
    );
    [invalidErrors, siteErrors] = findHtmlErrors([invalidDir, siteDir]) as [string[], string[]];
  });
  afterAll(() => rmSync(invalidDir, { recursive: true, force: true }));

  test('reports the errors of an invalid page, with file and line', () => {
    expect(invalidErrors).toEqual(['index.html:3:18: Duplicate ID “a”. in `a">One</p><p id="a">Two</p`']);
  });

  test('every page of the site is valid HTML', () => {
    expect(listPagePaths(siteDir).length).toBeGreaterThan(100);
    expect(siteErrors, `${siteErrors.length} errors:\n${siteErrors.join('\n')}`).toEqual([]);
  });
});
