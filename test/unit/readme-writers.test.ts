import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** Splits a command line as a shell would: words, double-quoted words, and `\` at a line's end. */
function splitWords(line: string): string[] {
  return [...line.replace(/\\\n/g, ' ').matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** Runs `npm run <script> -- <args>` as the README writes it, on a content folder; the script's own node command. */
function runReadmeCommand(command: string, contentDir: string) {
  const [npm, run, script, separator, ...args] = splitWords(command);
  expect([npm, run, separator]).toEqual(['npm', 'run', '--']);
  const [node, file] = scripts[script!]!.split(' ');
  expect(node).toBe('node');
  const result = spawnSync(process.execPath, [file!, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRUST_CENTER_CONTENT: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copySample(): string {
  const content = join(mkdtempSync(join(tmpdir(), 'trust-center-readme-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  return content;
}

describe("the README's writer sections, followed as written", () => {
  test('every npm script the README names exists', () => {
    const named = new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
    expect([...named].filter((name) => !(name in scripts))).toEqual([]);
  });

  test("starting one's own replaces the sample with a starter that passes the check", () => {
    const section = readme.slice(readme.indexOf('## Start your own trust center'));
    const command = /```sh\n([\s\S]*?)```/.exec(section)![1]!.replace(/^ {3}/gm, '').trim();
    const content = copySample();
    const run = runReadmeCommand(command, content);
    expect(run.status, run.stderr).toBe(0);
    const { problems, site, entries } = checkContent(content);
    expect(problems).toEqual([]);
    expect(site?.name).toBe('Acme');
    expect(entries.length).toBeLessThan(10);
  });

  test('a refused id reads as the README shows it', () => {
    const shown = /\$ (npm run new -- control MFA_Policy)\n(.*)\n/.exec(readme)!;
    const run = runReadmeCommand(shown[1]!, copySample());
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(shown[2]);
  });

  test("the next edition's example works on the sample and leaves it valid", () => {
    const command = /`(npm run new -- artefact \S+\s+--next\s+\S+)`/.exec(readme)![1]!;
    const content = copySample();
    const run = runReadmeCommand(command, content);
    expect(run.status, run.stderr).toBe(0);
    expect(checkContent(content).problems).toEqual([]);
  });
});
