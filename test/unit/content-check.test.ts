import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { brokenContent, draftsContent, editedContent, minimalContent } from '../fixtures/content-sets.ts';

/** The report for a copy of the minimal set whose control `mfa` is edited. */
function reportWithControl(edit: (text: string) => string): string {
  const content = editedContent({ 'controls/mfa.md': edit });
  return formatProblems(checkContent(content, join(content, '..')).problems);
}

/** Checks a broken fixture and returns the report a writer would read. */
function report(name: string): string {
  const content = brokenContent(name);
  return formatProblems(checkContent(content, join(content, '..')).problems);
}

describe('checkContent', () => {
  test('accepts the minimal content set', () => {
    const result = checkContent(minimalContent);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
      'frameworks/soc-2',
      'artefacts/soc-2-report',
      'controls/mfa',
      'services/app',
      'scenarios/due-diligence',
      'updates/2026-02-01-soc-2-report',
      'docs/incident-notification',
    ]);
  });

  test('errors on a dangling reference and suggests the close id', () => {
    expect(report('dangling-reference')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did ' +
          'you mean `soc-2`?',
      ].join('\n'),
    );
  });

  test('names the content folder by its own name when it is not `content`', () => {
    const content = editedContent({ 'controls/mfa.md': (text) => text.replace('evidence: [', 'evidence: [nope, ') });
    const trust = join(content, '..', 'trust');
    renameSync(content, trust);
    rmSync(join(trust, 'site.yaml'));
    expect(checkContent(trust, join(trust, '..')).problems.map((problem) => problem.message)).toEqual([
      'The site settings file is missing. Create `trust/site.yaml` with at least `name`, `description`, `url` and ' +
        '`contacts`.',
      'Found `nope`. There is no such entry in `trust/artefacts/`. Use the file name, without `.md`, of an entry in ' +
        '`trust/artefacts/`, or add that entry.',
    ]);
  });

  test('errors on a published entry that links to a draft, naming both files and the fix', () => {
    expect(report('link-to-draft')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 11, `evidence[1]`: `soc-2-report-2026` is a draft (`content/artefacts/soc-2-report-2026.md` has ' +
          '`draft: true`), which a build leaves out. Publish it by removing `draft: true` from ' +
          '`content/artefacts/soc-2-report-2026.md`, or remove `soc-2-report-2026` here until it is published.',
      ].join('\n'),
    );
  });

  test('accepts drafts that link to published entries and to other drafts', () => {
    const content = draftsContent();
    const result = checkContent(content, join(content, '..'));
    expect(result.problems).toEqual([]);
    expect(result.entries.filter((entry) => entry.data['draft'] === true)).toHaveLength(9);
  });

  test('errors on an unknown field and names the one meant', () => {
    expect(report('unknown-field')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/frameworks/soc-2.md',
        '  line 7: Unknown field `sumary`. Did you mean `summary`? Known fields here: `title`, `shortName`, ' +
          '`aliases`, `kind`, `authority`, `jurisdictions`, `industries`, `summary`, `holder`, `status`, `since`, ' +
          '`until`, `website`, `oscalSource`, `requirements`, `draft`.',
      ].join('\n'),
    );
  });

  test('errors on a value outside an enum and lists the allowed ones', () => {
    expect(report('invalid-enum')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 4, `responsibility`: Found `shard`, which is not an allowed value. Expected one of `provider`, ' +
          '`customer`, `shared`. Did you mean `shared`?',
      ].join('\n'),
    );
  });

  const oscalIds =
    'errors on a requirement id that cannot be an OSCAL control id when the framework names its OSCAL source';
  test(oscalIds, () => {
    expect(report('oscal-requirement-id')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/frameworks/hipaa.md',
        '  line 11, `requirements[1].id`: `oscalSource` makes the requirement ids OSCAL control ids, which start ' +
          "with a letter, and `164.312-d` does not. Use the catalog's control id, such as `ac-2`, or remove " +
          '`oscalSource`.',
      ].join('\n'),
    );
  });

  test('errors on a date not written as YYYY-MM-DD', () => {
    expect(report('malformed-date')).toMatchInlineSnapshot(`
      "The content has 1 problem. Fix it and run the check again.

      content/controls/mfa.md
        line 12, \`lastReviewed\`: Found \`10/01/2026\`. Expected a date written as YYYY-MM-DD, such as \`2025-06-30\`."
    `);
  });

  test('errors when validity ends before the artefact is issued', () => {
    expect(report('valid-until-before-issued')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/artefacts/certificate.md',
        '  line 8, `validUntil`: `validUntil` (`2025-03-01`) is not after `issued` (`2026-03-01`). An artefact ' +
          'must be valid for some time after it is issued; correct one of the two dates.',
      ].join('\n'),
    );
  });

  test('errors when the next edition is expected before this one was issued', () => {
    expect(report('next-edition-before-issued')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/artefacts/certificate.md',
        '  line 9, `nextExpected`: `nextExpected` (`2026-01-15`) is not after `issued` (`2026-03-01`). The next ' +
          'edition comes after this one; correct one of the two dates, or remove `nextExpected`.',
      ].join('\n'),
    );
  });

  test('errors when an audit period ends before it starts', () => {
    expect(report('audit-period-reversed')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 9, `auditPeriod.end`: The period starts on `2025-12-31` but ends on `2025-01-01`; the start must ' +
          'come before the end. Swap the two dates or correct one of them.',
      ].join('\n'),
    );
  });

  test('errors when a superseded artefact does not name its successor', () => {
    expect(report('superseded-without-successor')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 2, `supersededBy`: A superseded artefact must name its successor. Add ' +
          '`supersededBy: <id of the newer artefact>`, or set `status` to `current` or `withdrawn`.',
      ].join('\n'),
    );
  });

  test('errors when a bridge letter names something other than an audit report, or covers nothing after it', () => {
    expect(report('bridge-letter')).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/artefacts/soc-2-bridge-letter.md',
        '  line 6, `bridges[1]`: Found `security-policy`, which is of type `policy`, not an audit report. ' +
          "A bridge letter extends an audit report's period; name the audit report it bridges.",
        "  line 7, `coversThrough`: `coversThrough` (`2025-12-15`) is not after the end of `soc-2-report`'s " +
          'audit period (`2025-12-31`), so the letter covers nothing the report does not. ' +
          'Set it to the last day the letter covers.',
      ].join('\n'),
    );
  });

  test('errors when a bridge letter does not name its report and last day, and when another type names them', () => {
    expect(report('bridge-letter-incomplete')).toBe(
      [
        'The content has 3 problems. Fix them and run the check again.',
        '',
        'content/artefacts/security-policy.md',
        '  line 6, `coversThrough`: Only a bridge letter names `coversThrough`, ' +
          'and this artefact is of type `policy`. Remove `coversThrough`, or set `type: bridge-letter`.',
        '',
        'content/artefacts/soc-2-bridge-letter.md',
        '  line 2, `bridges`: A bridge letter needs the audit reports it bridges. ' +
          'Add `bridges: [<id of the audit report>]`.',
        '  line 2, `coversThrough`: A bridge letter needs the last day it covers. Add `coversThrough: YYYY-MM-DD`.',
      ].join('\n'),
    );
  });

  test('errors on audit report fields elsewhere, and on unknown subservice providers, reports and CUECs', () => {
    expect(report('audit-report-fields')).toBe(
      [
        'The content has 8 problems. Fix them and run the check again.',
        '',
        'content/artefacts/cloud-whitepaper.md',
        '  line 7, `opinion`: Only an audit report carries `opinion`, and this artefact is of type `whitepaper`. ' +
          'Remove `opinion`, or set `type: audit-report`.',
        '  line 8, `exceptions`: Only an audit report carries `exceptions`, and this artefact is of type ' +
          '`whitepaper`. Remove `exceptions`, or set `type: audit-report`.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 13, `exceptions`: Found `1.5`, but `exceptions` takes a whole number. Expected a whole number of ' +
          'exceptions, such as `2`, or `0` for none.',
        '  line 15, `subserviceOrganisations[0].provider`: Found `cloudcoo`, which is not a provider listed in ' +
          '`content/site.yaml` (`cloudco`). Did you mean `cloudco`? For an organisation not listed there, write ' +
          '`name: <its name>` instead of `provider`.',
        '  line 19, `subserviceOrganisations[1].reports[1]`: Found `soc-2-report`, which `organisation` publishes, ' +
          'not `cloudco`. Name a report `cloudco` publishes, or correct `provider`.',
        '  line 19, `subserviceOrganisations[1].reports[2]`: Found `cloud-soc2`. There is no such entry in ' +
          '`content/artefacts/`. Use the file name, without `.md`, of an entry in `content/artefacts/`, or add ' +
          'that entry.',
        '  line 20, `subserviceOrganisations[2]`: Name the subservice organisation once: `provider: <id in ' +
          'site.yaml>`, or `name: <its name>` otherwise.',
        '  line 23, `cuecs[0]`: Found `mfaa`. There is no such entry in `content/controls/`. Did you mean `mfa`?',
      ].join('\n'),
    );
  });

  test('errors on a score outside 0 to 100, a score or date without the other, and a score elsewhere', () => {
    expect(report('assessment-score')).toBe(
      [
        'The content has 5 problems. Fix them and run the check again.',
        '',
        'content/artefacts/compliance-assessment.md',
        '  line 2, `score`: `scoredOn` dates a score, and this assessment has none. Add `score:` with a number ' +
          'from 0 to 100, or remove `scoredOn`.',
        '',
        'content/artefacts/secure-score.md',
        '  line 2, `scoredOn`: A score needs the day it was taken. Add `scoredOn: YYYY-MM-DD`.',
        '  line 7, `score`: Found `140`. Expected a score from 0 to 100, such as `78`.',
        '',
        'content/artefacts/security-policy.md',
        '  line 7, `score`: Only an assessment carries `score`, and this artefact is of type `policy`. Remove ' +
          '`score`, or set `type: assessment`.',
        '  line 8, `scoredOn`: Only an assessment carries `scoredOn`, and this artefact is of type `policy`. ' +
          'Remove `scoredOn`, or set `type: assessment`.',
      ].join('\n'),
    );
  });

  test('errors when a shared control describes only one party', () => {
    expect(report('shared-control-one-part')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 2, `customerPart`: A `shared` control must say what the customer does. Add ' +
          '`customerPart: <what the customer does>`.',
      ].join('\n'),
    );
  });

  test('errors when a control spans services of different operators, naming each and the split', () => {
    expect(report('mixed-layers')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 7, `services`: Found services with different operators: `platform` run by CloudCo (`cloudco`); ' +
          '`app` run by Example Co (`organisation`). A control sits in one layer of shared responsibility, ' +
          "between a service's operator and its customer, so it cannot span two. Split it into one control per " +
          'operator, each naming only the services that operator runs.',
      ].join('\n'),
    );
  });

  test('errors when a control names no service, so its layer cannot be told', () => {
    expect(reportWithControl((text) => text.replace('services: [app]\n', ''))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 2, `services`: A control names the services it applies to: their operator decides whom its ' +
          'responsibility is shared between. Add `services: [<id of a service>]`.',
      ].join('\n'),
    );
  });

  test('errors when a control maps to a requirement the framework does not list', () => {
    expect(report('unknown-requirement')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 10, `mappings[0].requirements[1]`: Found `cc6.9`, which is not a requirement of the framework ' +
          '`soc-2`. Did you mean `cc6.1`?',
      ].join('\n'),
    );
  });

  test('names the framework a mapped requirement belongs to when the control maps it under another', () => {
    const content = editedContent({
      'controls/mfa.md': (text) => text.replace('requirements: [cc6.1]', 'requirements: [cc6.1, a.5.15]'),
    });
    writeFileSync(
      join(content, 'frameworks', 'iso-27001.md'),
      '---\ntitle: ISO/IEC 27001\nkind: certification\nauthority: ISO/IEC\njurisdictions: [Global]\n' +
        'summary: Information security management.\nrequirements:\n  - id: a.5.15\n    title: Access control\n' +
        '---\nBody.\n',
    );
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 10, `mappings[0].requirements[1]`: Found `a.5.15`, which is not a requirement of the framework ' +
          '`soc-2`. It is one of `iso-27001`: map it under `framework: iso-27001`, or remove it.',
      ].join('\n'),
    );
  });

  test('reads dates as text, so an impossible date is an error rather than a day in another month', () => {
    expect(reportWithControl((text) => text.replace('lastReviewed: 2026-01-10', 'lastReviewed: 2026-13-45')))
      .toMatchInlineSnapshot(`
      "The content has 1 problem. Fix it and run the check again.

      content/controls/mfa.md
        line 12, \`lastReviewed\`: Found \`2026-13-45\`. There is no month 13: write the month from \`01\` to \`12\`."
    `);
  });

  test('says how many days the month has, for a date written as YYYY-MM-DD that does not exist', () => {
    expect(reportWithControl((text) => text.replace('lastReviewed: 2026-01-10', 'lastReviewed: 2026-09-31'))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 12, `lastReviewed`: Found `2026-09-31`. September has 30 days: write a day from `2026-09-01` to ' +
          '`2026-09-30`.',
      ].join('\n'),
    );
  });

  test('says how many days February has in the year of the date', () => {
    const review = (date: string) => reportWithControl((text) => text.replace('2026-01-10', date));
    expect(review('2026-02-29')).toContain(
      'line 12, `lastReviewed`: Found `2026-02-29`. February 2026 has 28 days: write a day from `2026-02-01` to ' +
        '`2026-02-28`.',
    );
    expect(review('2026-11-31')).toContain(
      'line 12, `lastReviewed`: Found `2026-11-31`. November has 30 days: write a day from `2026-11-01` to ' +
        '`2026-11-30`.',
    );
    expect(review('2028-02-29')).toBe('The content has 0 problems. Fix them and run the check again.');
  });

  test('says that a required field is missing and which values it takes', () => {
    expect(reportWithControl((text) => text.replace('responsibility: shared\n', ''))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 2, `responsibility`: `responsibility` is missing. Add it: it takes one of `provider`, `customer`, ' +
          '`shared`.',
      ].join('\n'),
    );
  });

  test('says that a required date is missing and how to write it', () => {
    const content = editedContent({ 'updates/2026-02-01-soc-2-report.md': (text) => text.replace(/^date: .*\n/m, '') });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/updates/2026-02-01-soc-2-report.md',
        '  line 2, `date`: `date` is missing. Add it: it takes a date written as YYYY-MM-DD, such as `2025-06-30`.',
      ].join('\n'),
    );
  });

  test('errors on a field given twice', () => {
    expect(
      reportWithControl((text) =>
        text.replace('domain: Identity and access', 'domain: Identity and access\ndomain: Access'),
      ),
    ).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 4, `domain`: This field is written a second time here. Keep one of the two.',
      ].join('\n'),
    );
  });

  test('errors on a file saved in another encoding than UTF-8, at the line of its first foreign byte', () => {
    const content = editedContent({});
    const latin1 = Buffer.from('---\ntitle: Caf\u00e9 policy\ndescription: D\u00e9j\u00e0 vu\n---\n', 'latin1');
    writeFileSync(join(content, 'docs', 'latin-1.md'), latin1);
    writeFileSync(join(content, 'docs', 'utf-8.md'), '---\ntitle: Café policy\ndescription: Déjà vu\n---\n');
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/docs/latin-1.md',
        '  line 2: The file is not UTF-8 text: this line holds the byte 0xE9, which UTF-8 does not use. The file was ' +
          'probably saved in another encoding, such as Windows-1252 or Latin-1: save it as UTF-8 in your editor.',
      ].join('\n'),
    );
  });

  test('reports a file meant as an entry that is not read, with the rename, and no reference to it as missing', () => {
    const content = editedContent({});
    const entry = readFileSync(join(content, 'controls', 'mfa.md'), 'utf8');
    renameSync(join(content, 'controls', 'mfa.md'), join(content, 'controls', 'mfa.MD'));
    writeFileSync(join(content, 'controls', 'backups.markdown'), entry);
    mkdirSync(join(content, 'control'));
    writeFileSync(join(content, 'control', 'logging.md'), entry);
    writeFileSync(join(content, 'encryption.md'), entry);
    // Not entries, and left alone: a README without front matter, notes, and what starts with `_`.
    writeFileSync(join(content, 'README.md'), '# Our trust center content\n');
    writeFileSync(join(content, 'controls', 'notes.txt'), 'To do\n');
    writeFileSync(join(content, 'controls', '_draft.MD'), entry);
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 4 problems. Fix them and run the check again.',
        '',
        'content/control/logging.md',
        '  This file is not read: `control/` is not the folder of a collection. ' +
          'Did you mean `controls/`? Move the file there.',
        '',
        'content/controls/backups.markdown',
        "  This file is not read: an entry's file name ends in `.md` (or `.mdx`), in lowercase. Rename it to " +
          '`backups.md`.',
        '',
        'content/controls/mfa.MD',
        "  This file is not read: an entry's file name ends in `.md` (or `.mdx`), in lowercase. Rename it to `mfa.md`.",
        '',
        'content/encryption.md',
        '  This file is not read: an entry goes in the folder of its collection. Move it into one: `frameworks/`, ' +
          '`artefacts/`, `controls/`, `services/`, `scenarios/`, `updates/`, `docs/`, `subprocessors/`, `faq/`.',
      ].join('\n'),
    );
  });

  test('errors on an update whose date is not the day its file name gives', () => {
    const content = editedContent({
      'updates/2026-02-01-soc-2-report.md': (text) => text.replace('date: 2026-02-01', 'date: 2025-02-01'),
    });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/updates/2026-02-01-soc-2-report.md',
        '  line 3, `date`: Found `2025-02-01`, but the file name says `2026-02-01`. Correct the one that is wrong.',
      ].join('\n'),
    );
  });

  test('says to rename site.yml to site.yaml', () => {
    const content = editedContent({});
    renameSync(join(content, 'site.yaml'), join(content, 'site.yml'));
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/site.yml',
        '  The site settings are read from `site.yaml`, with an `a`: rename `site.yml` to `site.yaml`.',
      ].join('\n'),
    );
  });

  test('errors on a content folder that does not exist, with the fix', () => {
    const missing = join(minimalContent, '..', 'no-such-content');
    expect(formatProblems(checkContent(missing, join(minimalContent, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'no-such-content',
        '  The content folder does not exist. Set `TRUST_CENTER_CONTENT` to the folder that holds `site.yaml`, or ' +
          'start one with `npm run init`.',
      ].join('\n'),
    );
  });

  test('says that site.yaml, not front matter, is not valid YAML', () => {
    const content = editedContent({ 'site.yaml': (text) => text.replace(/^name: (.*)$/m, 'name: [$1') });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toMatch(
      new RegExp(
        /^The content has 1 problem\. Fix it and run the check again\.\n\n/.source +
          /content\/site\.yaml\n {2}line \d+: The file is not valid YAML: /.source,
      ),
    );
  });

  test('suggests a file name without accents, and says what to do when no letter of a name is Latin', () => {
    const content = editedContent({});
    const mfa = readFileSync(join(content, 'controls', 'mfa.md'), 'utf8');
    writeFileSync(join(content, 'controls', 'Contrôle-d’accès.md'), mfa);
    const accessControl = mfa.replace('title: MFA', 'title: Access control');
    writeFileSync(join(content, 'controls', 'アクセス制御.md'), accessControl);
    const messages = checkContent(content, join(content, '..')).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      "The file name `Contrôle-d’accès` is not a valid id: the file name is the entry's id and may hold only " +
        'lowercase letters, digits and single hyphens. Rename the file to `controle-d-acces.md`.',
      'The file name `アクセス制御` is not a valid id: ' +
        "the file name is the entry's id and may hold only lowercase " +
        'letters, digits and single hyphens. Rename it with those characters only, for example by writing its title ' +
        'in Latin letters.',
    ]);
  });

  test('offers a free file name when the one it would suggest is another entry’s', () => {
    const content = editedContent({});
    const mfa = readFileSync(join(content, 'controls', 'mfa.md'), 'utf8');
    writeFileSync(join(content, 'controls', 'MFA.md'), mfa);
    writeFileSync(join(content, 'controls', 'mfa-2.md'), mfa);
    const messages = checkContent(content, join(content, '..')).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      "The file name `MFA` is not a valid id: the file name is the entry's id and may hold only lowercase letters, " +
        "digits and single hyphens. `mfa.md` is another entry's file: if this one repeats it, remove it; otherwise " +
        'rename it to an id of its own, such as `mfa-3.md`.',
    ]);
  });

  test('reports the other problems of a file whose name is not an id, or repeats another’s, at once', () => {
    const content = editedContent({});
    const mfa = readFileSync(join(content, 'controls', 'mfa.md'), 'utf8');
    writeFileSync(join(content, 'controls', 'Session-Timeout.md'), mfa.replace('domain:', 'doman:'));
    writeFileSync(join(content, 'controls', 'mfa.mdx'), mfa.replace('responsibility: shared', 'responsibility: shard'));
    const report = formatProblems(checkContent(content, join(content, '..')).problems);
    expect(report).toContain(
      [
        'content/controls/Session-Timeout.md',
        "  The file name `Session-Timeout` is not a valid id: the file name is the entry's id and may hold only " +
          'lowercase letters, digits and single hyphens. Rename the file to `session-timeout.md`.',
        '  line 3: Unknown field `doman`. Did you mean `domain`? Known fields here: `title`, `aliases`, `domain`, ' +
          '`responsibility`, `providerPart`, `customerPart`, `services`, `mappings`, `evidence`, `lastReviewed`, ' +
          '`internalNote`, `owner`, `draft`.',
      ].join('\n'),
    );
    expect(report).toContain(
      [
        'content/controls/mfa.mdx',
        '  Two files give the id `mfa`: this one and `content/controls/mfa.md`. Rename or remove one of them.',
        '  line 4, `responsibility`: Found `shard`, which is not an allowed value. Expected one of `provider`, ' +
          '`customer`, `shared`. Did you mean `shared`?',
      ].join('\n'),
    );
  });

  test('writes the day a date with a time or with slashes means, and leaves a day and month that could swap', () => {
    const withDate = (date: string) =>
      reportWithControl((text) => text.replace('lastReviewed: 2026-01-10', `lastReviewed: ${date}`));
    expect(withDate('2026-01-10T10:00:00Z')).toContain(
      '  line 12, `lastReviewed`: Found `2026-01-10T10:00:00Z`. Expected a date alone, without a time: write ' +
        '`2026-01-10`.',
    );
    expect(withDate('2026/1/10')).toContain(
      '  line 12, `lastReviewed`: Found `2026/1/10`. Expected a date written as YYYY-MM-DD: write `2026-01-10`.',
    );
    expect(withDate('10/01/2026')).toContain(
      '  line 12, `lastReviewed`: Found `10/01/2026`. Expected a date written as YYYY-MM-DD, such as `2025-06-30`.',
    );
  });

  test('places a tag or a brace an MDX body leaves open on its line of the file, with the fix', () => {
    const content = editedContent({});
    const doc = '---\ntitle: Regions\ndescription: Where data is kept.\n---\n\n# Regions\n\n';
    writeFileSync(join(content, 'docs', 'regions.mdx'), `${doc}<div>\n\nEU only.\n`);
    writeFileSync(join(content, 'docs', 'limits.mdx'), `${doc}Up to {10 GB per tenant.\n`);
    writeFileSync(join(content, 'docs', 'fine.mdx'), `${doc}<div>EU only.</div> and \\{braces\\} \\<b>\n`);
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/docs/limits.mdx',
        '  line 8: The MDX body cannot be read: Unexpected end of file in expression, expected a corresponding ' +
          'closing brace for `{`. In MDX, `<` starts a tag and `{` an expression: close the tag or the brace, or ' +
          'write `\\<` and `\\{` for the characters themselves.',
        '',
        'content/docs/regions.mdx',
        '  line 8: The MDX body cannot be read: Expected a closing tag for `<div>`. In MDX, `<` starts a tag and ' +
          '`{` an expression: close the tag or the brace, or write `\\<` and `\\{` for the characters themselves.',
      ].join('\n'),
    );
  });

  test('says that front matter holding a list or a line of text is not an entry’s fields', () => {
    expect(reportWithControl(() => '---\n- MFA\n- Identity and access\n---\n')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        "  The front matter is a list, but an entry's front matter is its fields, one `name: value` on each line, " +
          'such as `title: Multi-factor authentication`.',
      ].join('\n'),
    );
    expect(reportWithControl(() => '---\nMulti-factor authentication\n---\n')).toContain(
      '  The front matter is text, but',
    );
  });

  test('places a quote that is never closed where it opens, with its field', () => {
    expect(reportWithControl((text) => text.replace('providerPart: Offers MFA.', 'providerPart: "Offers MFA.'))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 5, `providerPart`: This value opens a quote (") that is never closed, so the rest of the front ' +
          'matter is read as part of it. Close the quote at the end of the value, or remove it.',
      ].join('\n'),
    );
    const content = editedContent({ 'site.yaml': (text) => text.replace('name: Example Co', "name: 'Example Co") });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toContain(
      "  line 1, `name`: This value opens a quote (') that is never closed, so the rest of the file is read as part " +
        'of it.',
    );
  });

  test('errors on front matter that is opened and never closed', () => {
    expect(reportWithControl((text) => text.replace(/\n---\n/, '\n\n'))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 1: The front matter opened by the `---` on this line is never closed. ' +
          'Add a line `---` after its last field.',
      ].join('\n'),
    );
  });

  test('errors on bad subprocessors and security FAQ questions, each with its file, field and fix', () => {
    expect(report('subprocessors-and-faq')).toBe(
      [
        'The content has 11 problems. Fix them and run the check again.',
        '',
        'content/faq/backups.mdx',
        '  A security FAQ answer is written in Markdown, not MDX: the FAQ page gives search engines every answer as ' +
          'text, which only a Markdown body has. Rename the file to `backups.md`.',
        '',
        'content/faq/encryption.md',
        '  line 3, `category`: Found `security`, which is not an allowed value. Expected one of `compliance`, ' +
          '`data-protection`, `access`, `infrastructure`, `incidents`, `application-security`.',
        '  line 4, `controls[0]`: Found `mfa-control`. There is no such entry in `content/controls/`. Use the file ' +
          'name, without `.md`, of an entry in `content/controls/`, or add that entry.',
        '  line 6: The question has no answer. Write the answer as the body, below the closing `---` of the front ' +
          'matter.',
        '',
        'content/subprocessors/mailer.md',
        '  line 5, `dataCategories`: List at least one category of data, such as `Contact details`.',
        '  line 7, `transferMechanisms`: `none` says no transfer mechanism is needed, but others are listed beside ' +
          'it. Remove `none`, or the others.',
        '  line 7, `transferMechanisms[1]`: Found `scc`, which is not an allowed value. Expected one of `adequacy`, ' +
          '`sccs`, `uk-addendum`, `dpf`, `bcrs`, `none`. Did you mean `sccs`?',
        '  line 8, `services[0]`: Found `ap`. There is no such entry in `content/services/`. Did you mean `app`?',
        '  line 10, `until`: `until` (`2026-02-01`) is not after `since` (`2026-03-01`). Correct one of the two ' +
          'dates.',
        '',
        'content/subprocessors/support-desk.md',
        '  line 7, `transferMechanisms`: `none` says no transfer mechanism is needed, but others are listed beside ' +
          'it. Remove `none`, or the others.',
        '  line 8, `since`: Found `2026-02-30`. February 2026 has 28 days: write a day from `2026-02-01` to ' +
          '`2026-02-28`.',
      ].join('\n'),
    );
  });

  test('errors on a section the site does not know, on its line, and reads `:::` in a code block as text', () => {
    const content = editedContent({
      'docs/incident-notification.md': (text) =>
        `${text}\n:::restrcited\nThe on-call rota.\n:::\n\n\`\`\`markdown\n:::tip\n\`\`\`\n\n` +
        `:::restricted\nKept.\n:::\n`,
    });
    writeFileSync(
      join(content, 'docs', 'escalation.mdx'),
      '---\ntitle: Escalation\ndescription: Who to call.\nsection: operations\n---\n\n' +
        'Call us.\n\n:::note\nAt any hour.\n:::\n',
    );
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/docs/escalation.mdx',
        '  line 9: `:::note` is not a section this site knows: no build would show it or the text in it. The only ' +
          'section is `:::restricted`, for text only the internal build shows. To show the text to everyone, remove ' +
          'the `:::note` line and the `:::` line that closes it; ' +
          'for a note, start each of its lines with `> ` instead.',
        '',
        'content/docs/incident-notification.md',
        '  line 8: `:::restrcited` is not a section this site knows: no build would show it or the text in it. Did ' +
          'you mean `:::restricted`, for text only the internal build shows? To show the text to everyone, remove ' +
          'the `:::restrcited` line and the `:::` line that closes it; for a note, start each of its lines with `> ` ' +
          'instead.',
      ].join('\n'),
    );
  });

  test('reports an entry whose front matter cannot be read once, not again at each reference to it', () => {
    const content = editedContent({ 'services/app.md': (text) => text.replace('operator:', '\toperator:') });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/services/app.md',
        '  line 3: The front matter is not valid YAML: Tabs are not allowed as indentation. Check the indentation ' +
          'and quoting on this line; quote text that contains `: ` or starts with a special character.',
      ].join('\n'),
    );
  });

  test('says how to write a single value as the list a field takes', () => {
    expect(reportWithControl((text) => text.replace('evidence: [soc-2-report]', 'evidence: soc-2-report'))).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 11, `evidence`: Found `soc-2-report`, but `evidence` takes a list. Write it as a list of one: ' +
          '`[soc-2-report]`.',
      ].join('\n'),
    );
  });

  test('says a value is empty, and that a value starting with `#` was read as a comment', () => {
    const report = reportWithControl((text) =>
      text.replace('domain: Identity and access', 'domain: #identity').replace('title: MFA', 'title:'),
    );
    expect(report).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 2, `title`: `title` is empty. Write its value after the colon: it takes text.',
        '  line 3, `domain`: `domain` is empty: in YAML, `#` after a space starts a comment. ' +
          "Put the value in quotes: `domain: '#identity'`.",
      ].join('\n'),
    );
  });

  const partyNames =
    "names the party meant by the organisation's or a provider's name, " + 'once, without errors following from it';
  test(partyNames, () => {
    const content = editedContent({
      'artefacts/soc-2-report.md': (text) => text.replace('publisher: organisation', 'publisher: Example Co'),
      'services/app.md': (text) => text.replace('operator: organisation', 'operator: CloudCo'),
    });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 2 problems. Fix them and run the check again.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 4, `publisher`: Found `Example Co`, which is neither `organisation` nor a provider listed in ' +
          '`content/site.yaml` (`organisation`, `cloudco`). Example Co itself is `organisation`: write ' +
          '`publisher: organisation`.',
        '',
        'content/services/app.md',
        '  line 3, `operator`: Found `CloudCo`, which is neither `organisation` nor a provider listed in ' +
          '`content/site.yaml` (`organisation`, `cloudco`). Did you mean `cloudco`?',
      ].join('\n'),
    );
  });

  test('says how to write values separated by commas as the list a field takes', () => {
    expect(
      reportWithControl((text) => text.replace('evidence: [soc-2-report]', 'evidence: soc-2-report, other-report')),
    ).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/controls/mfa.md',
        '  line 11, `evidence`: Found `soc-2-report, other-report`, but `evidence` takes a list. Write it as a list, ' +
          'in brackets: `[soc-2-report, other-report]`.',
      ].join('\n'),
    );
  });

  test('names the collection an id belongs to, the part of a date that does not exist, and the address meant', () => {
    const content = editedContent({
      'controls/mfa.md': (text) =>
        text.replace('evidence: [soc-2-report]', 'evidence: [soc-2-report, app]').replace('2026-01-10', '2026-13-10'),
      'artefacts/soc-2-report.md': (text) => text.replace(/^issued: .*$/m, 'issued: 2026-02-00'),
      'site.yaml': (text) => text.replace('url: https://trust.example.com', 'url: trust.example.com'),
    });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toBe(
      [
        'The content has 4 problems. Fix them and run the check again.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 10, `issued`: Found `2026-02-00`. There is no day 00: write the day from `01`.',
        '',
        'content/controls/mfa.md',
        '  line 11, `evidence[1]`: Found `app`. There is no such entry in `content/artefacts/`. `app` is an entry in ' +
          '`content/services/`, which this field does not take. Use the file name, without `.md`, of an entry in ' +
          '`content/artefacts/`, or add that entry.',
        '  line 12, `lastReviewed`: Found `2026-13-10`. There is no month 13: write the month from `01` to `12`.',
        '',
        'content/site.yaml',
        '  line 3, `url`: Found `trust.example.com`. Expected an absolute address starting with `https://`: write ' +
          '`https://trust.example.com`.',
      ].join('\n'),
    );
  });

  test('reports every problem of a content set in one run', () => {
    expect(report('several-errors')).toBe(
      [
        'The content has 9 problems. Fix them and run the check again.',
        '',
        'content/artefacts/soc-2-report.md',
        '  line 4, `publisher`: Found `cloudco-inc`, which is neither `organisation` nor a provider listed in ' +
          '`content/site.yaml` (`organisation`, `cloudco`). Did you mean `cloudco`?',
        '  line 11, `access`: Found `secret`, which is not an allowed value. Expected one of `public`, `sign-in`, ' +
          '`nda`.',
        '',
        'content/controls/mfa.md',
        '  line 3: Unknown field `domian`. Did you mean `domain`? Known fields here: `title`, `aliases`, ' +
          '`domain`, `responsibility`, `providerPart`, `customerPart`, `services`, `mappings`, `evidence`, ' +
          '`lastReviewed`, `internalNote`, `owner`, `draft`.',
        '  line 4, `responsibility`: Found `shard`, which is not an allowed value. Expected one of `provider`, ' +
          '`customer`, `shared`. Did you mean `shared`?',
        '  line 9, `mappings[0].framework`: Found `soc2`. There is no such entry in `content/frameworks/`. Did ' +
          'you mean `soc-2`?',
        '',
        'content/docs/broken-yaml.md',
        '  line 2: The front matter is not valid YAML: Nested mappings are not allowed in compact mappings. Check ' +
          'the indentation and quoting on this line; quote text that contains `: ` or starts with a special character.',
        '',
        'content/services/Our_App.md',
        "  The file name `Our_App` is not a valid id: the file name is the entry's id and may hold only lowercase " +
          'letters, digits and single hyphens. Rename the file to `our-app.md`.',
        '  line 2, `operator`: `operator` is missing. Add it: it takes `organisation`, or the id of a provider ' +
          'listed in `site.yaml`.',
        '  line 2, `summary`: `summary` is missing. Add it: it takes text.',
      ].join('\n'),
    );
  });
});
