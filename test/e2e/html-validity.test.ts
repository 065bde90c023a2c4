import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject, test } from 'vitest';
import { describeWithTool, listPagePaths } from './harness.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const javaMissing = spawnSync('java', ['-version']).error
  ? 'No Java runtime was found; the Nu HTML Checker needs one. Install it with ' +
    '`sudo apt-get install default-jre-headless`.'
  : undefined;

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Checks every HTML file under a folder with the Nu HTML Checker, in one run; resolves to one line per error. */
function findHtmlErrors(dir: string): string[] {
  const result = spawnSync('java', ['-jar', vnu, '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker writes its report to standard error.
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const file = message.url ? relative(dir, fileURLToPath(message.url)) : dir;
      const extract = message.extract ? ` in \`${message.extract.replace(/\s+/g, ' ').trim()}\`` : '';
      return (
        `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0}: ` +
        `${message.message}${extract}`
      );
    });
}

describeWithTool('HTML validity', javaMissing, () => {
  test('reports the errors of an invalid page, with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-center-html-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html>\n<html lang="en"><title>t</title>\n<p id="a">One</p><p id="a">Two</p>\n</html>\n',
    );
    try {
      expect(findHtmlErrors(dir)).toEqual(['index.html:3:18: Duplicate ID “a”. in `a">One</p><p id="a">Two</p`']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every page of the site is valid HTML', () => {
    const siteDir = inject('sampleSite').outDir;
    expect(listPagePaths(siteDir).length).toBeGreaterThan(100);
    const errors = findHtmlErrors(siteDir);
    expect(errors, `${errors.length} errors:\n${errors.join('\n')}`).toEqual([]);
  });
});
