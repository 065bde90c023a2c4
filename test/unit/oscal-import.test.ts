import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { replaceRequirements } from '../../src/lib/oscal/framework-file.ts';
import { importOscalFramework } from '../../src/lib/oscal/import.ts';
import type { FrameworkFields } from '../../src/lib/oscal/new-framework.ts';
import { minimalContent } from '../fixtures/content-sets.ts';
import { catalogSchemaFile, createCatalog, moderateCatalogFile } from '../fixtures/oscal.ts';

/** A copy of the minimal content set and a catalog file beside it, in a temporary folder. */
function setUp(catalog: unknown = createCatalog()) {
  const root = mkdtempSync(join(tmpdir(), 'trust-center-oscal-'));
  const contentDir = join(root, 'content');
  cpSync(minimalContent, contentDir, { recursive: true });
  const catalogFile = join(root, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(catalog));
  const run = (
    frameworkId: string,
    fields: FrameworkFields = {},
    extra: { catalogFile?: string; schemaFile?: string } = {},
  ) => importOscalFramework({ catalogFile, frameworkId, contentDir, projectRoot: root, fields, ...extra });
  const read = (id: string) => readFileSync(join(contentDir, 'frameworks', `${id}.md`), 'utf8');
  return { root, contentDir, catalogFile, run, read };
}

const newFramework: FrameworkFields = { kind: 'industry-standard', summary: 'Example controls for tests.' };

describe('importOscalFramework', () => {
  test('creates a complete framework entry that passes the content check', () => {
    const { contentDir, run, read } = setUp();
    const outcome = run('example-moderate', newFramework);
    expect(outcome).toMatchObject({
      problems: [],
      action: 'created',
      file: 'content/frameworks/example-moderate.md',
      requirements: 4,
      withdrawn: 1,
    });
    expect(read('example-moderate')).toBe(
      [
        '---',
        'title: Example Security Controls, Moderate',
        'kind: industry-standard',
        'authority: Example Standards Office',
        'jurisdictions: [United States]',
        'summary: Example controls for tests.',
        'requirements:',
        '  - id: ac-1',
        '    label: AC-1',
        '    title: Policy and Procedures',
        '    description: "a. Develop and disseminate to [Assignment: personnel or roles] an access control ' +
          'policy; b. Review the policy every year."',
        '  - id: ac-2',
        '    label: AC-2',
        '    title: Account Management',
        '    description: Manage system accounts.',
        '  - id: ac-2.1',
        '    label: AC-2(1)',
        '    title: Automated System Account Management',
        '    description: "Automatically [Selection (one or more): create; disable] accounts."',
        '  - id: ac-17',
        '    label: AC-17',
        '    title: Remote Access',
        '    description: Review remote access usage restrictions every 90 days.',
        '---',
        '',
        'The requirements listed here are the controls of the OSCAL catalog *Example Security Controls, ' +
          'Moderate*, version 1.2 (last modified 2024-02-13).',
        '',
      ].join('\n'),
    );
    expect(checkContent(contentDir).problems).toEqual([]);
  });

  test('writes the same bytes when run twice', () => {
    const { run, read } = setUp();
    run('example-moderate', newFramework);
    const first = read('example-moderate');
    expect(run('example-moderate').action).toBe('unchanged');
    expect(read('example-moderate')).toBe(first);
  });

  test('replaces only the requirements of an existing entry, keeping its other fields, comments and body', () => {
    const { run, read } = setUp();
    const before = read('soc-2');
    const outcome = run('soc-2', { title: 'Ignored' });
    expect(outcome.action).toBe('updated');
    expect(outcome.notes).toContain(
      'content/frameworks/soc-2.md exists, so only its requirements were replaced; `title` applies only when the ' +
        'importer creates a framework. Edit the file to change it.',
    );
    const after = read('soc-2');
    expect(after.slice(0, after.indexOf('requirements:'))).toBe(before.slice(0, before.indexOf('requirements:')));
    expect(after.endsWith('---\nBody.\n')).toBe(true);
    expect(after).toContain('  - id: ac-2.1\n    label: AC-2(1)\n');
    expect(after).not.toContain('cc6.1');
  });

  test('reports controls that map to requirements the new list no longer has', () => {
    const { contentDir, run } = setUp();
    run('soc-2');
    expect(checkContent(contentDir).problems.map((problem) => problem.message)).toEqual([
      'Found `cc6.1`, which is not a requirement of the framework `soc-2`. Use one of the ids listed under ' +
        '`requirements` in `content/frameworks/soc-2.md`, or add the requirement there.',
    ]);
  });

  test('asks for what a catalog cannot tell when it creates a framework', () => {
    const catalog = createCatalog();
    catalog.catalog.metadata.parties[0]!['email-addresses'] = [];
    const { run } = setUp(catalog);
    const outcome = run('example', { kind: 'regulations' });
    expect(outcome.action).toBeUndefined();
    expect(outcome.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'jurisdictions: The framework does not exist yet, so the importer creates it, and the catalog does not make ' +
        'evident where it applies. Pass `--jurisdiction` once for each place, such as ' +
        '`--jurisdiction "United States"`, or `--jurisdiction Global`.',
      'kind: Found `regulations`, which is not a kind of framework. Pass `--kind` with one of `attestation`, ' +
        '`certification`, `law`, `regulation`, `government-authorisation`, `industry-standard`. Did you mean ' +
        '`regulation`?',
    ]);
  });

  test('writes nothing when the input is not a catalog', () => {
    const { run, read } = setUp({ profile: { imports: [] } });
    const before = read('soc-2');
    const outcome = run('soc-2');
    expect(outcome.problems.map((problem) => problem.file)).toEqual(['catalog.json']);
    expect(read('soc-2')).toBe(before);
  });

  test('errors on a file that is not JSON, and on a framework id that cannot be a file name', () => {
    const { root, run } = setUp();
    writeFileSync(join(root, 'catalog.xml'), '<catalog/>');
    expect(run('soc-2', {}, { catalogFile: join(root, 'catalog.xml') }).problems[0]!.message).toMatch(
      new RegExp(
        /^The file is not valid JSON \(.+\)\. /.source +
          /Expected the OSCAL catalog in JSON; convert an XML or YAML OSCAL file to JSON first\.$/.source,
      ),
    );
    expect(run('NIST 800-53').problems[0]!.message).toBe(
      '`NIST 800-53` cannot be a framework id: the id is the file name, and may hold only lowercase letters, ' +
        'digits and single hyphens. Use `nist-800-53`.',
    );
  });

  test('refuses a catalog that is not UTF-8, at the line of its first foreign byte', () => {
    const { root, run, read } = setUp();
    const before = read('soc-2');
    const text = JSON.stringify(createCatalog(), null, 2).replace('"title": "', '"title": "Contr\u00f4les ');
    writeFileSync(join(root, 'latin1.json'), Buffer.from(text, 'latin1'));
    expect(run('soc-2', {}, { catalogFile: join(root, 'latin1.json') }).problems).toEqual([
      {
        file: 'latin1.json',
        line: text.slice(0, text.indexOf('\u00f4')).split('\n').length,
        field: '',
        message:
          'The file is not UTF-8 text: this line holds the byte 0xF4, which UTF-8 does not use. The file was ' +
          'probably saved in another encoding, such as Windows-1252 or Latin-1: save it as UTF-8 in your editor.',
      },
    ]);
    expect(read('soc-2')).toBe(before);
  });

  test('validates the catalog against the schema it is given before importing', () => {
    const catalog = createCatalog() as unknown as { catalog: Record<string, unknown> };
    delete catalog.catalog.uuid;
    const { run, read } = setUp(catalog);
    const before = read('soc-2');
    const outcome = run('soc-2', {}, { schemaFile: catalogSchemaFile });
    expect(outcome.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'catalog.uuid: `catalog` has no `uuid`, which the OSCAL catalog schema requires. Add it.',
    ]);
    expect(read('soc-2')).toBe(before);
  });

  test('imports the NIST SP 800-53 rev5 Moderate baseline into an entry that passes the content check', () => {
    const { contentDir, run, read } = setUp();
    const outcome = run(
      'nist-800-53-moderate',
      { kind: 'regulation', holder: 'provider' },
      { catalogFile: moderateCatalogFile },
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.requirements).toBeGreaterThan(250);
    expect(read('nist-800-53-moderate')).toContain('  - id: ia-2.1\n    label: IA-2(1)\n');
    expect(checkContent(contentDir).problems).toEqual([]);
  });
});

describe('replaceRequirements', () => {
  const requirements = [{ id: 'r-1', label: 'R-1', title: 'First' }];

  test('adds requirements at the end of front matter that has none', () => {
    const text = '---\ntitle: T # the title\n---\nBody.\n';
    expect(replaceRequirements(text, requirements)).toEqual({
      text: '---\ntitle: T # the title\nrequirements:\n  - id: r-1\n    label: R-1\n    title: First\n---\nBody.\n',
    });
  });

  test('keeps the fields and comments after the list, and Windows line ends', () => {
    const text = '---\r\nrequirements: [] # none yet\r\n# the owner\r\nwebsite: https://example.com\r\n---\r\n';
    expect(replaceRequirements(text, requirements)).toEqual({
      text:
        '---\r\nrequirements: # none yet\r\n  - id: r-1\r\n    label: R-1\r\n    title: First\r\n# the ' +
        'owner\r\nwebsite: https://example.com\r\n---\r\n',
    });
  });

  test('gives the same text when it replaces the list it wrote', () => {
    const once = replaceRequirements('---\nrequirements: [] # from the catalog\n---\n', requirements) as {
      text: string;
    };
    expect(once.text).toBe(
      '---\nrequirements: # from the catalog\n  - id: r-1\n    label: R-1\n    title: First\n---\n',
    );
    expect(replaceRequirements(once.text, requirements)).toEqual(once);
  });

  test('refuses a file whose front matter is not valid YAML', () => {
    expect(replaceRequirements('---\ntitle: [unclosed\n---\n', requirements)).toEqual({
      error:
        'The front matter is not valid YAML, so its requirements cannot be replaced safely. Run ' +
        '`npm run content:check` to see where, fix it, and import again.',
    });
  });
});
