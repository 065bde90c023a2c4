import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { readCsvTable } from '../../src/lib/responsibility-import/csv-table.ts';
import { importResponsibility } from '../../src/lib/responsibility-import/import.ts';
import { createCrmContent, exampleCsvFile, leveragedPlanFile, matrixCsvFile, matrixJsonFile } from '../fixtures/crm.ts';

let template: string;
beforeAll(() => {
  template = createCrmContent().contentDir;
}, 60_000);

/** A fresh copy of the content set, and the import run over it. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'trust-center-crm-run-'));
  const contentDir = join(root, 'content');
  cpSync(template, contentDir, { recursive: true });
  const run = (sourceFile: string, options: { provider?: string; framework?: string; services?: string[] } = {}) =>
    importResponsibility({
      sourceFile,
      providerId: options.provider ?? 'cloudco',
      frameworkId: options.framework ?? 'nist-800-53',
      contentDir,
      projectRoot: root,
      services: options.services,
    });
  const read = (id: string) => readFileSync(join(contentDir, 'controls', `${id}.md`), 'utf8');
  const write = (id: string, text: string) => writeFileSync(join(contentDir, 'controls', `${id}.md`), text);
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.md'))
        .map((path) => [path, readFileSync(join(contentDir, path), 'utf8')]),
    );
  const source = (name: string, text: string) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  };
  return { root, contentDir, run, read, write, snapshot, source };
}

describe('importResponsibility', () => {
  test('imports NIST’s responsibility matrix: a control per requirement, its parts merged by statement', () => {
    const { contentDir, run, read } = setUp();
    const outcome = run(matrixJsonFile);
    expect(outcome.problems).toEqual([]);
    expect(outcome.created).toHaveLength(44);
    expect(read('cloudco-ac-17')).toBe(
      [
        '---',
        'title: AC-17 Remote Access (CloudCo)',
        'domain: NIST 800-53',
        'responsibility: shared',
        'providerPart: a. The criteria for cloud service provider remote access is documented in the system ' +
          'security plan. (Random Content Follows) Provider in system access remote plan. The in provider ' +
          'security. b. Specific types of remote access are authorized by the cloud service provider. (Random ' +
          'Content Follows) Service are types Specific are types of cloud provider. by cloud.',
        'customerPart: a. Requirements for cloud service provider remote access is documented. b. Individual ' +
          'remote access types are authorized by the cloud service provider.',
        'services: [cloud-platform]',
        'mappings:',
        '  - framework: nist-800-53',
        '    requirements: [ac-17]',
        '---',
        '',
        'What CloudCo does for AC-17 of NIST 800-53, and what it leaves to its customers, as CloudCo states it ' +
          'in *Customer Responsibility Matrix, version 0.0.1*.',
        '',
      ].join('\n'),
    );
    expect(checkContent(contentDir).problems).toEqual([]);
  });

  test('never writes what the provider keeps to itself: the by-components’ own descriptions', () => {
    const { contentDir, run } = setUp();
    run(matrixJsonFile);
    run(matrixCsvFile);
    const written = readdirSync(join(contentDir, 'controls')).map((file) =>
      readFileSync(join(contentDir, 'controls', file), 'utf8'),
    );
    expect(written.filter((text) => text.includes('DO NOT SHARE'))).toEqual([]);
    expect(written.filter((text) => text.includes('Active Directory is used to manage'))).toHaveLength(1);
    expect(written.filter((text) => text.includes('uses Active Directory to manage'))).toEqual([]);
  });

  test('reads a leveraged system’s security plan: its exports, each text once', () => {
    const { run, read } = setUp();
    const outcome = run(leveragedPlanFile);
    expect(outcome).toMatchObject({ problems: [], created: ['content/controls/cloudco-ac-2.md'] });
    expect(read('cloudco-ac-2')).toContain(
      [
        'responsibility: shared',
        'providerPart: Consumer-appropriate description of what a leveraging system may inherite from THIS ' +
          'SYSTEM in the context of satisfying satisfaction of AC-2, part a. Consumer-appropriate description of ' +
          'what may be inherited. In the context of the application component in satisfaction of AC-2, part a.',
        "customerPart: Leveraging system's responsibilities with respect to inheriting this capability. In the " +
          'context of the application component in satisfaction of AC-2, part a.',
      ].join('\n'),
    );
    expect(read('cloudco-ac-2')).not.toContain('Response for the');
  });

  test('reads NIST’s CSV matrix, and names the columns it leaves out', () => {
    const { contentDir, run } = setUp();
    const outcome = run(matrixCsvFile);
    expect(outcome.problems).toEqual([]);
    expect(outcome.created).toHaveLength(44);
    expect(outcome.notes).toEqual(['Columns not imported: `description`, `state`, `type`.']);
    expect(checkContent(contentDir).problems).toEqual([]);
  });

  test('reads a CSV matrix by its header, labels for ids, and keeps text not to export for the internal note', () => {
    const { contentDir, run, read } = setUp();
    const outcome = run(exampleCsvFile);
    expect(outcome).toMatchObject({
      problems: [],
      created: [
        'content/controls/cloudco-ac-2-1.md',
        'content/controls/cloudco-ac-17.md',
        'content/controls/cloudco-ia-2.md',
      ],
      notes: ['Columns not imported: `Notes`.'],
    });
    expect(read('cloudco-ac-17')).toContain(
      'providerPart: a. CloudCo documents remote access to the platform, with its "usage restrictions". b. ' +
        'CloudCo authorises each type of remote access to the platform.\n' +
        'customerPart: Authorise remote access to your own workloads, and review it.\n',
    );
    expect(read('cloudco-ia-2')).toBe(
      [
        '---',
        'title: IA-2 Identification and Authentication (Organizational Users) (CloudCo)',
        'domain: NIST 800-53',
        'responsibility: shared',
        'providerPart: CloudCo requires multi-factor authentication of its administrators.',
        'customerPart: Require multi-factor authentication of your users.',
        'services: [cloud-platform]',
        'mappings:',
        '  - framework: nist-800-53',
        '    requirements: [ia-2]',
        'internalNote: "Marked not exportable by the provider. The provider: LEAKCANARY-NOT-EXPORTABLE ' +
          'CloudCo\'s internal runbook for administrator sign-in."',
        '---',
        '',
        'What CloudCo does for IA-2 of NIST 800-53, and what it leaves to its customers, as CloudCo states it in ' +
          '`example-matrix.csv`.',
        '',
      ].join('\n'),
    );
    expect(checkContent(contentDir).problems).toEqual([]);
  });

  const csvSeparators =
    'reads a CSV file saved with semicolons or tabs, ' +
    'as spreadsheets in many languages save it, as one with commas';
  test(csvSeparators, () => {
    const expected = setUp();
    const created = expected.run(exampleCsvFile).created;
    expect(created.length).toBeGreaterThan(1);
    // Fields of the example file hold commas and quotes; the same table is written with another separator.
    const table = readCsvTable(readFileSync(exampleCsvFile, 'utf8'));
    if ('error' in table) throw new Error(table.error);
    const quote = (field: string) => (/[;\t",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
    for (const separator of [';', '\t']) {
      const { run, snapshot, source } = setUp();
      const rows = table.records.map((record) => record.fields.map(quote).join(separator));
      const text = `\uFEFF${rows.join('\r\n')}\r\n`;
      const outcome = run(source('example-matrix.csv', text));
      expect(outcome.problems).toEqual([]);
      expect(outcome.created).toEqual(created);
      expect(snapshot()).toEqual(expected.snapshot());
    }
  });

  test("reads the provider's column headed with its name or as the CSP's, as providers' own matrices head it", () => {
    for (const header of ['CloudCo Responsibility', 'cloudco', 'CSP Responsibility']) {
      const { run, read, source } = setUp();
      const text =
        `Control ID,${header},Customer Responsibility\n` + 'AC-2(1),CloudCo automates its accounts.,Manage yours.\n';
      const outcome = run(source('matrix.csv', text));
      expect(outcome.problems, header).toEqual([]);
      expect(read('cloudco-ac-2-1')).toContain(
        'providerPart: CloudCo automates its accounts.\ncustomerPart: Manage yours.',
      );
    }
    const { run, source } = setUp();
    const outcome = run(source('matrix.csv', 'Control ID,Amazon Responsibility\nac-2,Done.\n'));
    expect(outcome.problems.map((problem) => problem.message)).toEqual([
      'The header row (`Control ID`, `Amazon Responsibility`) has no column for what the provider does (`provider`, ' +
        '`export_provided` or `CloudCo responsibility`) or what the customer does (`customer` or ' +
        '`export_responsibility`). Name the columns in the first row.',
    ]);
  });

  test('a second import of the same file changes nothing', () => {
    for (const file of [matrixJsonFile, exampleCsvFile, leveragedPlanFile]) {
      const { run, snapshot } = setUp();
      const first = run(file);
      const before = snapshot();
      const second = run(file);
      expect(second).toMatchObject({ problems: [], created: [], updated: [] });
      expect(second.unchanged).toEqual(first.created);
      expect(snapshot()).toEqual(before);
    }
  });

  test('updates what the import owns in an existing control, and keeps every other field, comment and the body', () => {
    const { run, read, write } = setUp();
    write(
      'cloudco-ac-2-1',
      [
        '---',
        '# Reviewed with CloudCo each spring.',
        'title: Automated account management at CloudCo',
        'aliases: ["account automation"]',
        'domain: Identity and access',
        'responsibility: provider',
        'providerPart: >-',
        '  CloudCo once said something',
        '  else about its accounts.',
        'services: [cloud-platform] # the platform only',
        'mappings:',
        '  - framework: soc-2',
        '    requirements: [cc6.1] # logical access',
        '  - framework: nist-800-53',
        '    requirements: [ac-2]',
        'evidence: [soc-2-report]',
        'internalNote: Ask CloudCo for its runbook.',
        'owner: Platform team',
        '---',
        '',
        'Written by hand, and kept.',
        '',
      ].join('\n'),
    );
    const outcome = run(exampleCsvFile);
    expect(outcome.updated).toEqual(['content/controls/cloudco-ac-2-1.md']);
    expect(read('cloudco-ac-2-1')).toBe(
      [
        '---',
        '# Reviewed with CloudCo each spring.',
        'title: Automated account management at CloudCo',
        'aliases: ["account automation"]',
        'domain: Identity and access',
        'responsibility: shared',
        'providerPart: CloudCo manages the accounts of its own staff with automated tooling.',
        'customerPart: Manage the accounts of your users in your tenant.',
        'services: [cloud-platform] # the platform only',
        'mappings:',
        '  - framework: soc-2',
        '    requirements: [cc6.1] # logical access',
        '  - framework: nist-800-53',
        '    requirements: [ac-2, ac-2.1]',
        'evidence: [soc-2-report]',
        'internalNote: Ask CloudCo for its runbook.',
        'owner: Platform team',
        '---',
        '',
        'Written by hand, and kept.',
        '',
      ].join('\n'),
    );
  });

  test('keeps a writer’s internal note and says the text not to export was not written', () => {
    const { run, read, write } = setUp();
    run(exampleCsvFile);
    write('cloudco-ia-2', read('cloudco-ia-2').replace(/^internalNote: .*$/m, 'internalNote: Our own note.'));
    const outcome = run(exampleCsvFile);
    expect(outcome.unchanged).toContain('content/controls/cloudco-ia-2.md');
    expect(outcome.notes).toContain(
      'content/controls/cloudco-ia-2.md keeps its own `internalNote`; the text the file marks as not exportable ' +
        'was not written.',
    );
    expect(read('cloudco-ia-2')).toContain('internalNote: Our own note.\n');
  });
});

describe('importResponsibility refuses a file with a problem, names its place and fix, and writes nothing', () => {
  const cases: {
    name: string;
    file: [string, string];
    options?: { provider?: string; framework?: string };
    problems: unknown[];
  }[] = [
    {
      name: 'JSON that does not parse',
      file: ['plan.json', '{"system-security-plan": '],
      problems: [
        {
          file: 'plan.json',
          field: '',
          message:
            'The file is not valid JSON (Unexpected end of JSON input). Expected an OSCAL document in JSON, or a ' +
            'CSV file with the `.csv` extension; convert an XML or YAML OSCAL file to JSON first.',
        },
      ],
    },
    {
      name: 'another OSCAL model',
      file: ['catalog.json', '{"catalog": {}}'],
      problems: [
        {
          file: 'catalog.json',
          field: '',
          message:
            'The file is neither an OSCAL system security plan nor a responsibility matrix (found `catalog`). ' +
            'Expected `system-security-plan`, as a leveraged system publishes it with `export.provided` and ' +
            '`export.responsibilities`, or `shared-responsibility-definition`; a CSV file needs the `.csv` extension.',
        },
      ],
    },
    {
      name: 'a plan with a requirement without id and an export without description',
      file: [
        'plan.json',
        JSON.stringify({
          'system-security-plan': {
            'control-implementation': {
              'implemented-requirements': [
                { statements: [] },
                {
                  'control-id': 'ac-2',
                  'by-components': [
                    {
                      export: {
                        provided: [{ uuid: 'x' }],
                        responsibilities: [{ description: 'Do it.', exportable: 'no' }],
                      },
                    },
                  ],
                },
              ],
            },
          },
        }),
      ],
      problems: [
        {
          file: 'plan.json',
          field: 'system-security-plan.control-implementation.implemented-requirements[0].control-id',
          message: 'The requirement has no `control-id`. Add the control it implements, such as `ac-2`.',
        },
        {
          file: 'plan.json',
          field:
            'system-security-plan.control-implementation.implemented-requirements[1].by-components[0].export.' +
            'provided[0].description',
          message: 'The item has no `description`. Write what it says in `description`.',
        },
        {
          file: 'plan.json',
          field:
            'system-security-plan.control-implementation.implemented-requirements[1].by-components[0].export.' +
            'responsibilities[0].exportable',
          message: 'Found `"no"`, but `exportable` takes `true` or `false`.',
        },
      ],
    },
    {
      name: 'a CSV file without a requirement column',
      file: ['matrix.csv', 'Control name,Provider,Customer\nAccounts,We do.,You do.\n'],
      problems: [
        {
          file: 'matrix.csv',
          line: 1,
          field: '',
          message:
            'The header row (`Control name`, `Provider`, `Customer`) has no column for the requirement ' +
            '(`requirement` or `control_id`). Name the columns in the first row.',
        },
      ],
    },
    {
      name: 'a CSV file with a quote left open',
      file: ['matrix.csv', 'requirement,provider\nac-2,We do.\nac-3,"We do\n'],
      problems: [
        {
          file: 'matrix.csv',
          line: 3,
          field: '',
          message:
            'A quoted field is never closed. Add the closing double quote, and write a double quote inside the ' +
            'field as two (`""`).',
        },
      ],
    },
    {
      name: 'CSV rows with an unknown requirement, no parts, no requirement and a bad flag',
      file: [
        'matrix.csv',
        'requirement,provider,customer,exportable\nac-2x,We do.,,\nac-3,,,\n,We do.,,\nac-2,We do.,,maybe\n',
      ],
      problems: [
        {
          file: 'matrix.csv',
          line: 3,
          field: 'provider',
          message:
            'The row says neither what the provider does nor what the customer does. Fill in one, or delete the row.',
        },
        {
          file: 'matrix.csv',
          line: 4,
          field: 'requirement',
          message: 'The row names no requirement. Write the requirement, such as `ac-2`, or delete the row.',
        },
        {
          file: 'matrix.csv',
          line: 5,
          field: 'exportable',
          message: 'Found `maybe`, but the column takes `true` or `false`.',
        },
      ],
    },
    {
      name: 'a requirement the framework does not have',
      file: ['matrix.csv', 'requirement,provider\nac-2x,We do.\n'],
      problems: [
        {
          file: 'matrix.csv',
          line: 2,
          field: 'requirement',
          message: 'Found `ac-2x`, which is not a requirement of `nist-800-53`. Did you mean `ac-2`?',
        },
      ],
    },
    {
      name: 'a file whose requirements are those of another framework of the content',
      file: ['matrix.csv', 'requirement,provider\nac-2,We do.\nac-3,We do.\nAC-4,We do.\nzz-1,We do.\n'],
      options: { framework: 'soc-2' },
      problems: [
        {
          file: 'matrix.csv',
          line: 2,
          field: 'requirement',
          message:
            'None of the 4 requirements the file answers (`ac-2`, `ac-3`, `ac-4` …) is a requirement of `soc-2`. ' +
            '`nist-800-53` holds 3 of them: import with `--framework nist-800-53`.',
        },
      ],
    },
    {
      name: 'rows of another framework among the framework’s own, and a misspelt one',
      file: ['matrix.csv', 'requirement,provider\ncc6.1,We do.\nac-2,We do.\ncc6.x,We do.\n'],
      options: { framework: 'soc-2' },
      problems: [
        {
          file: 'matrix.csv',
          line: 3,
          field: 'requirement',
          message:
            'Found `ac-2`, which is not a requirement of `soc-2` but is one of `nist-800-53`. Import into the ' +
            'framework whose requirements the file answers, or remove the requirement from the file.',
        },
        {
          file: 'matrix.csv',
          line: 4,
          field: 'requirement',
          message: 'Found `cc6.x`, which is not a requirement of `soc-2`. Did you mean `cc6.1`?',
        },
      ],
    },
    {
      name: 'a file whose requirements no framework of the content holds',
      file: ['matrix.csv', 'requirement,provider\nxa-1,We do.\nxa-2,We do.\nxa-3,We do.\nxa-4,We do.\n'],
      problems: [
        {
          file: 'matrix.csv',
          line: 2,
          field: 'requirement',
          message:
            'None of the 4 requirements the file answers (`xa-1`, `xa-2`, `xa-3` …) is a requirement of ' +
            '`nist-800-53`. Import into the framework whose requirements the file answers; if the content has none ' +
            'yet, import its requirements first with `npm run import:oscal`.',
        },
      ],
    },
    {
      name: 'a misspelt requirement, said twice in one place by two components',
      file: [
        'plan.json',
        JSON.stringify({
          'system-security-plan': {
            'control-implementation': {
              'implemented-requirements': ['ac-2', 'ac-2x'].map((id) => ({
                'control-id': id,
                'by-components': ['platform', 'network'].map((component) => ({
                  export: {
                    provided: [{ description: `The ${component} does.` }],
                    responsibilities: [{ description: 'You do.' }],
                  },
                })),
              })),
            },
          },
        }),
      ],
      problems: [
        {
          file: 'plan.json',
          field: 'system-security-plan.control-implementation.implemented-requirements[1].control-id',
          message: 'Found `ac-2x`, which is not a requirement of `nist-800-53`. Did you mean `ac-2`?',
        },
      ],
    },
    {
      name: 'an unknown provider and framework',
      file: ['matrix.csv', 'requirement,provider\nac-2,We do.\n'],
      options: { provider: 'cloud-co', framework: 'nist-80053' },
      problems: [
        {
          file: 'content/site.yaml',
          field: 'providers',
          message: 'There is no provider `cloud-co` in the site settings. Did you mean `cloudco`?',
        },
        {
          file: 'content/frameworks/nist-80053.md',
          field: '',
          message: 'There is no valid framework `nist-80053` in `content/frameworks/`. Did you mean `nist-800-53`?',
        },
      ],
    },
  ];
  for (const { name, file, options, problems } of cases) {
    test(name, () => {
      const { run, snapshot, source } = setUp();
      const before = snapshot();
      const outcome = run(source(...file), options);
      expect(outcome.problems).toEqual(problems);
      expect(outcome).toMatchObject({ created: [], updated: [], unchanged: [] });
      expect(snapshot()).toEqual(before);
    });
  }

  test('a row a baseline leaves out names the framework that holds every requirement of the file', () => {
    const { contentDir, run, snapshot, source } = setUp();
    writeFileSync(
      join(contentDir, 'frameworks', 'baseline.md'),
      '---\ntitle: A baseline\nkind: regulation\nauthority: NIST\njurisdictions: [Global]\nsummary: Fewer controls.\n' +
        'requirements:\n  - id: ac-2\n    title: Account Management\n---\nBody.\n',
    );
    const before = snapshot();
    const outcome = run(source('matrix.csv', 'requirement,provider\nac-2,We do.\nac-2.1,We do.\n'), {
      framework: 'baseline',
    });
    expect(outcome.problems).toEqual([
      {
        file: 'matrix.csv',
        line: 3,
        field: 'requirement',
        message:
          'Found `ac-2.1`, which is not a requirement of `baseline` but is one of `nist-800-53`. `nist-800-53` holds ' +
          'every requirement the file answers: import with `--framework nist-800-53`, or remove the requirement from ' +
          'the file.',
      },
    ]);
    expect(snapshot()).toEqual(before);
  });

  test('a CSV file saved in another encoding than UTF-8', () => {
    const { root, run, snapshot } = setUp();
    const before = snapshot();
    // `Vous gérez` in Windows-1252: é is the single byte 0xE9.
    const latin1 = Buffer.from(
      'Requirement,Provider,Customer\nac-2,Manages accounts.,Vous g\xe9rez vos comptes.\n',
      'latin1',
    );
    writeFileSync(join(root, 'matrix.csv'), latin1);
    expect(run(join(root, 'matrix.csv')).problems).toEqual([
      {
        file: 'matrix.csv',
        line: 2,
        field: '',
        message:
          'The file is not UTF-8 text: this line holds the byte 0xE9, which UTF-8 does not use. The file was ' +
          'probably saved in another encoding, such as Windows-1252 or Latin-1: save it as UTF-8 in your editor.',
      },
    ]);
    expect(snapshot()).toEqual(before);
  });

  test('a control to update whose front matter is broken', () => {
    const { run, snapshot, write } = setUp();
    write('cloudco-ac-17', '---\ntitle: [unclosed\n---\n');
    const before = snapshot();
    const outcome = run(exampleCsvFile);
    expect(outcome.problems).toEqual([
      {
        file: 'content/controls/cloudco-ac-17.md',
        field: '',
        message:
          'The front matter is not valid YAML fields, so the control cannot be updated safely. Run ' +
          '`npm run content:check` to see where, fix it, and import again.',
      },
    ]);
    expect(snapshot()).toEqual(before);
  });
});
