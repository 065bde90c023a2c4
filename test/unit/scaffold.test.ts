import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSchemaDocs } from '../../src/lib/writers/field-docs.ts';
import { refuseNewId, resolveCollection, writeNewEntry } from '../../src/lib/writers/new-entry.ts';
import { writeNextEdition } from '../../src/lib/writers/next-edition.ts';
import { checkContent, createCheckingReference, createSchemas } from '../../src/lib/content/check.ts';
import { readEntryFrontMatter } from '../../src/lib/content/front-matter.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';
import { minimalContent } from '../fixtures/content-sets.ts';

const root = new URL('../..', import.meta.url).pathname;
const collections = Object.keys(createSchemas(createCheckingReference(new Map()))) as CollectionName[];

/** A copy of a content folder in a temporary folder. */
function copyContent(from: string): string {
  const content = join(mkdtempSync(join(tmpdir(), 'trust-center-scaffold-')), 'content');
  cpSync(from, content, { recursive: true });
  return content;
}

function runNew(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['src/cli/new.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRUST_CENTER_CONTENT: contentDir, SOURCE_DATE_EPOCH: '1795910400' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a scaffolded entry', () => {
  test.each(collections)('of %s passes the content check unchanged', (collection) => {
    const content = copyContent(minimalContent);
    const written = writeNewEntry({ contentDir: content, collection, id: 'scaffolded', today: '2026-11-29' });
    expect(written).toEqual({ path: join(content, collection, 'scaffolded.md') });
    expect(checkContent(content).problems).toEqual([]);
  });

  test('of an update named for its day is dated that day, and passes the check', () => {
    const content = copyContent(minimalContent);
    writeNewEntry({ contentDir: content, collection: 'updates', id: '2027-01-05-new-report', today: '2026-11-29' });
    expect(readEntryFrontMatter(join(content, 'updates', '2027-01-05-new-report.md'))).toMatchObject({
      date: '2027-01-05',
    });
    expect(checkContent(content).problems).toEqual([]);
  });

  test('writes every field of its schema, each under its doc comment from the schema source', () => {
    const content = copyContent(minimalContent);
    writeNewEntry({ contentDir: content, collection: 'artefacts', id: 'pen-test-2027', today: '2026-11-29' });
    const text = readFileSync(join(content, 'artefacts', 'pen-test-2027.md'), 'utf8');
    const docs = readSchemaDocs().find((object) => object.has('supersededBy'))!;
    for (const [field, doc] of docs) {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.startsWith(`${field}:`) || line.startsWith(`# ${field}:`));
      expect(at, field).toBeGreaterThan(0);
      const comment = lines
        .slice(0, at)
        .reverse()
        .findIndex((line) => !line.startsWith('# ') || /^# \w+:/.test(line));
      const above = lines
        .slice(at - comment, at)
        .map((line) => line.slice(2))
        .join(' ');
      expect(above, field).toContain(doc);
    }
    // Filled because an audit report needs them; commented out because nothing asks for them.
    expect(text).toContain('\nissued: 2026-11-29\n');
    expect(text).toContain('\nauditPeriod:\n  start: 2025-11-29\n  end: 2026-11-28\n');
    expect(text).toContain('\n# validUntil: 2027-11-29\n');
    expect(text).toContain('\npublisher: organisation\n');
  });

  test('refuses an id that breaks the id rule, with the id that follows it', () => {
    expect(refuseNewId('SOC2_Report 2027', 'artefacts', [])).toBe(
      "`SOC2_Report 2027` is not a valid id: an id is the entry's file name and may hold only lowercase letters, " +
        'digits and single hyphens. Use `soc2-report-2027`.',
    );
  });

  test('refuses an id that exists, with a free one', () => {
    expect(refuseNewId('mfa', 'controls', ['mfa', 'mfa-2'])).toBe(
      'There is already an entry `mfa` in `content/controls/`. Edit that file, or choose another id, such as ' +
        '`mfa-3`.',
    );
  });

  test('takes a collection by its folder or one entry of it, and names the closest otherwise', () => {
    expect(resolveCollection('artefact', collections)).toEqual({ collection: 'artefacts' });
    expect(resolveCollection('docs', collections)).toEqual({ collection: 'docs' });
    expect(resolveCollection('contrl', collections)).toEqual({
      error:
        '`contrl` is not a collection. Did you mean `controls`? The collections are ' +
        `${collections
          .map((name) => `\`${name}\``)
          .join(', ')
          .replace(/, (`[^`]+`)$/, ' or $1')}.`,
    });
  });

  test('npm run new writes the file and exits 0; a refused id exits 2 and writes nothing', () => {
    const content = copyContent(minimalContent);
    const made = runNew(['control', 'backup-encryption'], content);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('controls/backup-encryption.md');
    const refused = runNew(['control', 'Backup_Encryption'], content);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Use `backup-encryption`.');
    expect(checkContent(content).entries).toHaveLength(8);
  });
});

describe('the next edition of a report', () => {
  const sample = join(root, 'content');

  test('makes a valid pair: the new one supersedes the old, which is marked superseded by it', () => {
    const content = copyContent(sample);
    const next = writeNextEdition(content, 'm365-soc-2-type-2-2027', 'm365-soc-2-type-2-2026', '2026-11-29');
    expect(next).toMatchObject({ movedDates: ['auditPeriod', 'issued', 'nextExpected'] });
    expect(checkContent(content).problems).toEqual([]);

    const old = readEntryFrontMatter(join(content, 'artefacts', 'm365-soc-2-type-2-2026.md'));
    expect(old).toMatchObject({ status: 'superseded', supersededBy: 'm365-soc-2-type-2-2027' });
    const fresh = readEntryFrontMatter(join(content, 'artefacts', 'm365-soc-2-type-2-2027.md'));
    expect(fresh).toMatchObject({
      title: 'Microsoft 365 SOC 2 Type II report, 2027',
      issuer: 'Harrow & Pike LLP',
      frameworks: ['soc-2'],
      supersedes: 'm365-soc-2-type-2-2026',
      auditPeriod: { start: '2026-04-01', end: '2027-03-31' },
      issued: '2027-06-19',
    });
    expect(fresh).not.toHaveProperty('status');
    expect(fresh).not.toHaveProperty('supersededBy');
    // The old edition's findings are the old auditor's: the new edition has yet to give its own.
    expect(old).toMatchObject({ opinion: 'unqualified', exceptions: 2 });
    expect(fresh).not.toHaveProperty('opinion');
    expect(fresh).not.toHaveProperty('exceptions');
  });

  test('keeps the rest of the old file as it was', () => {
    const content = copyContent(sample);
    const path = join(content, 'artefacts', 'm365-soc-2-type-2-2026.md');
    const before = readFileSync(path, 'utf8');
    writeNextEdition(content, 'm365-soc-2-type-2-2027', 'm365-soc-2-type-2-2026', '2026-11-29');
    const added = 'status: superseded\nsupersededBy: m365-soc-2-type-2-2027\n';
    expect(readFileSync(path, 'utf8')).toBe(before.replace(/\n---\n/, `\n${added}---\n`));
  });

  test('refuses to follow an edition that is superseded already, naming the latest', () => {
    const content = copyContent(sample);
    expect(writeNextEdition(content, 'm365-soc-2-type-2-2027', 'm365-soc-2-type-2-2025', '2026-11-29')).toEqual({
      error:
        '`m365-soc-2-type-2-2025` is superseded already, by `m365-soc-2-type-2-2026`. Start the next edition from ' +
        'the latest one: `--next m365-soc-2-type-2-2026`.',
    });
  });

  test('refuses to follow an artefact that does not exist, with the closest id', () => {
    const content = copyContent(minimalContent);
    expect(writeNextEdition(content, 'soc-2-report-2027', 'soc2-report', '2026-11-29')).toEqual({
      error: 'There is no artefact `soc2-report` in `content/artefacts/` to follow. Did you mean `soc-2-report`?',
    });
  });

  test('npm run new -- artefact … --next … says what it changed and what to correct', () => {
    const content = copyContent(minimalContent);
    const run = runNew(['artefact', 'soc-2-report-2027', '--next', 'soc-2-report'], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('the edition after `soc-2-report`');
    expect(run.stdout).toContain('Marked `soc-2-report` superseded by `soc-2-report-2027`');
    expect(run.stdout).toContain("The summary and the body are the old edition's: check that each sentence holds");
    expect(checkContent(content).problems).toEqual([]);
    const other = runNew(['control', 'x', '--next', 'mfa'], content);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('`--next` starts the next edition of an artefact');
  });
});
