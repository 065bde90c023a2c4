import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenContent, editedContent, minimalContent } from '../fixtures/content-sets.ts';

const root = new URL('../..', import.meta.url).pathname;

/** The build dates the check works out what needs attention on: 15 February and 29 November 2026. */
const quietDay = '1771113600';
const busyDay = '1795910400';

/** Runs `npm run content:check` as a writer would, with the given arguments and environment, on a quiet day. */
function runCheck(args: string[], env: Record<string, string> = {}) {
  const { TRUST_CENTER_CONTENT: _unset, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', SOURCE_DATE_EPOCH: quietDay, ...env },
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
    expect(run.stdout.trim()).toBe(
      `The content is valid: 7 entries checked in ${minimalContent}.\n` +
        'Nothing needs attention: no expired, stale or expiring evidence, overdue editions or reviews, evidence gaps ' +
        'or dates after the build date.',
    );
  });

  test('warns of what needs attention on the build date, in each format, and still exits 0', () => {
    const env = { TRUST_CENTER_CONTENT: minimalContent, SOURCE_DATE_EPOCH: busyDay };
    const report = `${minimalContent}/artefacts/soc-2-report.md`;
    const bridge = 'Covered through 31 December 2025, 333 days ago; a bridge letter was due after 31 March 2026.';
    const text = runCheck([], env);
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split('\n')).toEqual([
      `The content is valid: 7 entries checked in ${minimalContent}.`,
      'Needs attention: audit reports needing a bridge letter 1, frameworks without a current artefact 1. The full ' +
        'lists are on the /attention/ page of the internal build.',
      `  Audit reports needing a bridge letter: ${relative(root, report)}: ${bridge}`,
      `  Frameworks without a current artefact: ${relative(root, `${minimalContent}/frameworks/soc-2.md`)}: 1 ` +
        'artefact names it: evidence due for renewal.',
    ]);
    const github = runCheck(['--format', 'github'], env);
    expect(github.status).toBe(0);
    expect(github.stdout.split('\n')).toContain(
      `::warning file=${relative(root, report)},title=Audit reports needing a bridge letter::${bridge}`,
    );
    const json = runCheck(['--format', 'json'], env);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).attention).toEqual([
      {
        kind: 'bridge-needed',
        title: 'Audit reports needing a bridge letter',
        file: relative(root, report),
        reason: bridge,
      },
      {
        kind: 'unevidenced-frameworks',
        title: 'Frameworks without a current artefact',
        file: relative(root, `${minimalContent}/frameworks/soc-2.md`),
        reason: '1 artefact names it: evidence due for renewal.',
      },
    ]);
  });

  test('takes no folder as an argument, and says how to name one', () => {
    const run = runCheck(['test/fixtures/minimal/content']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'npm run content:check takes no folder; found `test/fixtures/minimal/content`. It checks `content/`, or ' +
        'the folder TRUST_CENTER_CONTENT names: ' +
        '`TRUST_CENTER_CONTENT=test/fixtures/minimal/content npm run content:check`.',
    );
  });

  test('prints GitHub Actions annotations on the file and line of each problem with --format github', () => {
    const run = runCheck(['--format', 'github'], { TRUST_CENTER_CONTENT: brokenContent('dangling-reference') });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=.*\/controls\/mfa\.md,line=9,title=mappings\[0\]\.framework::Found `soc2`\. There is no such /,
    );
    expect(lines[0]).toContain('Did you mean `soc-2`?');
    expect(lines.at(-1)).toBe('The content has 1 problem; each is annotated on its file and line.');
  });

  test('escapes what would end an annotation early', async () => {
    const { formatAnnotation } = await import('../../src/lib/writers/check-report.ts');
    expect(formatAnnotation({ file: 'content/a,b.md', line: 3, field: 'x:y', message: '100% wrong\nfix it' })).toBe(
      '::error file=content/a%2Cb.md,line=3,title=x%3Ay::100%25 wrong%0Afix it',
    );
  });

  test('prints one JSON report with --format json, valid or not', () => {
    const broken = runCheck(['--format=json'], { TRUST_CENTER_CONTENT: brokenContent('dangling-reference') });
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ line: 9, field: 'mappings[0].framework' });
    expect(report.problems[0].file).toMatch(/controls\/mfa\.md$/);

    const valid = runCheck(['--format', 'json'], { TRUST_CENTER_CONTENT: minimalContent });
    expect(valid.status).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual({
      valid: true,
      entries: 7,
      problems: [],
      placeholders: [],
      attention: [],
    });
    // Content with problems has no attention report: it needs every reference resolved.
    expect(report.attention).toEqual([]);
  });

  test('lists the files still holding TODO placeholders after a valid check, in each format, and exits 0', () => {
    const content = editedContent({
      'controls/mfa.md': (text) => text.replace('customerPart: Turns it on.', 'customerPart: TODO\n# owner: TODO'),
    });
    const text = runCheck([], { TRUST_CENTER_CONTENT: content });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(
        /The content is valid: 7 entries checked in .*\n1 file still holds TODO placeholders, /.source +
          /which are published as written until replaced:\n {2}\S*controls\/mfa\.md \(1 line\)\n/.source +
          /Nothing needs attention: .*\n$/.source,
      ),
    );
    const json = JSON.parse(runCheck(['--format', 'json'], { TRUST_CENTER_CONTENT: content }).stdout);
    expect(json.placeholders).toEqual([{ file: expect.stringMatching(/controls\/mfa\.md$/), lines: 1 }]);
    const github = runCheck(['--format', 'github'], { TRUST_CENTER_CONTENT: content });
    expect(github.stdout).toMatch(
      /^::warning file=\S*controls\/mfa\.md::1 line holds a TODO placeholder, published as written until replaced\.$/m,
    );
  });

  test('refuses an unknown format or option with the closest one, and exits 2', () => {
    const format = runCheck(['--format', 'jsn']);
    expect(format.status).toBe(2);
    expect(format.stderr.trim()).toBe(
      '`--format jsn` is not a report format. Use one of `text`, `github` or `json`. Did you mean `json`?',
    );
    const option = runCheck(['--formt', 'json']);
    expect(option.status).toBe(2);
    expect(option.stderr.trim()).toBe('npm run content:check has no option `--formt`. Did you mean `--format`?');
  });
});
