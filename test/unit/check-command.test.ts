import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { brokenContent, minimalContent } from '../fixtures/content-sets.ts';

const root = new URL('../..', import.meta.url).pathname;

/** Runs `npm run content:check` as a writer would, with the given arguments and environment. */
function runCheck(args: string[], env: Record<string, string> = {}) {
  const { TRUST_CENTER_CONTENT: _unset, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run content:check', () => {
  test('checks the content folder named by TRUST_CENTER_CONTENT', () => {
    const run = runCheck([], { TRUST_CENTER_CONTENT: brokenContent('dangling-reference') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did you ' +
        'mean `soc-2`?',
    );
  });

  test('says where it looked when the content is valid', () => {
    const run = runCheck([], { TRUST_CENTER_CONTENT: minimalContent });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`The content is valid: 7 entries checked in ${minimalContent}.`);
  });

  test('takes no folder as an argument, and says how to name one', () => {
    const run = runCheck(['test/fixtures/minimal/content']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'npm run content:check takes no arguments; found `test/fixtures/minimal/content`. It checks `content/`, or ' +
        'the folder TRUST_CENTER_CONTENT names: ' +
        '`TRUST_CENTER_CONTENT=test/fixtures/minimal/content npm run content:check`.',
    );
  });
});
