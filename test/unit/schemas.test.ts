import { describe, expect, test } from 'vitest';
import { createCheckingReference } from '../../src/lib/content/check.ts';
import { describeIssue } from '../../src/lib/content/problems.ts';
import { createArtefactSchema } from '../../src/schemas/artefacts.ts';
import { createControlSchema } from '../../src/schemas/controls.ts';
import { FrameworkSchema } from '../../src/schemas/frameworks.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

const reference = createCheckingReference(
  new Map([
    ['frameworks', ['soc-2']],
    ['artefacts', ['report-2025', 'report-2026']],
    ['services', ['app']],
  ]),
);
const ArtefactSchema = createArtefactSchema(reference);
const ControlSchema = createControlSchema(reference);

/** The messages a writer reads for invalid data. */
function messages(result: { success: boolean; error?: { issues: Parameters<typeof describeIssue>[0][] } }): string[] {
  return result.error?.issues.map((issue) => describeIssue(issue)) ?? [];
}

const report = {
  title: 'SOC 2 report',
  type: 'audit-report',
  publisher: 'organisation',
  issuer: 'Audit LLP',
  summary: 'Our report.',
  auditPeriod: { start: new Date('2025-01-01'), end: '2025-12-31' },
  issued: '2026-02-01',
  access: 'nda',
};

describe('artefact schema', () => {
  test('accepts a complete audit report and fills defaults', () => {
    const artefact = ArtefactSchema.parse(report);
    expect(artefact).toMatchObject({
      aliases: [],
      frameworks: [],
      services: [],
      status: 'current',
      auditPeriod: { start: '2025-01-01', end: '2025-12-31' },
    });
  });

  test('resolves references to the shape Astro produces', () => {
    const artefact = ArtefactSchema.parse({ ...report, frameworks: ['soc-2'] });
    expect(artefact.frameworks).toEqual([{ collection: 'frameworks', id: 'soc-2' }]);
  });

  test('requires issue date and audit period of an audit report', () => {
    const { auditPeriod: _period, issued: _issued, ...undated } = report;
    expect(messages(ArtefactSchema.safeParse(undated, { reportInput: true }))).toEqual([
      'An artefact of type `audit-report` needs its issue date. Add `issued: YYYY-MM-DD`.',
      'An audit report needs the period the auditor examined. Add `auditPeriod:` with `start: YYYY-MM-DD` and ' +
        '`end: YYYY-MM-DD`.',
    ]);
  });

  test('requires the end of validity of a certificate', () => {
    const certificate = { ...report, type: 'certificate', auditPeriod: undefined };
    expect(messages(ArtefactSchema.safeParse(certificate, { reportInput: true }))).toEqual([
      'An artefact of type `certificate` needs the last day it is valid. Add `validUntil: YYYY-MM-DD`.',
    ]);
  });

  test('rejects a successor named on an artefact that is not superseded', () => {
    const result = ArtefactSchema.safeParse({ ...report, supersededBy: 'report-2026' }, { reportInput: true });
    expect(messages(result)).toEqual([
      'This artefact names a successor but its status is `current`. Set `status: superseded`, or remove ' +
        '`supersededBy`.',
    ]);
  });

  test('accepts an opinion and exceptions on an audit report, and a dated score on an assessment', () => {
    expect(ArtefactSchema.parse({ ...report, opinion: 'qualified', exceptions: 0 })).toMatchObject({
      opinion: 'qualified',
      exceptions: 0,
    });
    const assessment = { ...report, type: 'assessment', auditPeriod: undefined, issuer: undefined };
    expect(ArtefactSchema.parse({ ...assessment, score: 0, scoredOn: '2026-11-20' })).toMatchObject({ score: 0 });
    expect(ArtefactSchema.parse({ ...assessment, score: 100, scoredOn: '2026-11-20' })).toMatchObject({ score: 100 });
  });

  test('rejects exceptions below zero or not whole, and a score outside 0 to 100', () => {
    const wholeNumber = 'Expected a whole number of exceptions, such as `2`, or `0` for none.';
    expect(messages(ArtefactSchema.safeParse({ ...report, exceptions: -1 }, { reportInput: true }))).toEqual([
      `Found \`-1\`. ${wholeNumber}`,
    ]);
    expect(messages(ArtefactSchema.safeParse({ ...report, exceptions: '2' }, { reportInput: true }))).toEqual([
      'Found the text `"2"`, in quotes, but `exceptions` takes a number. Remove the quotes: `2`.',
    ]);
    const assessment = { ...report, type: 'assessment', auditPeriod: undefined, issuer: undefined };
    const score = (value: number) =>
      messages(
        ArtefactSchema.safeParse({ ...assessment, score: value, scoredOn: '2026-11-20' }, { reportInput: true }),
      );
    expect(score(-0.5)).toEqual(['Found `-0.5`. Expected a score from 0 to 100, such as `78`.']);
    expect(score(100.5)).toEqual(['Found `100.5`. Expected a score from 0 to 100, such as `78`.']);
  });

  test('requires the day a configuration export was taken, and the insurer and end of an insurance certificate', () => {
    const base = { title: 'Evidence', publisher: 'organisation', summary: 'Ours.', access: 'nda' };
    expect(messages(ArtefactSchema.safeParse({ ...base, type: 'configuration-export' }))).toEqual([
      'A configuration export needs the day it was taken. Add `issued: YYYY-MM-DD`.',
    ]);
    expect(messages(ArtefactSchema.safeParse({ ...base, type: 'insurance-certificate' }))).toEqual([
      'An insurance certificate needs the insurer that issued it. Add `issuer: <name of the insurer>`.',
      'An artefact of type `insurance-certificate` needs the last day it is valid. Add `validUntil: YYYY-MM-DD`.',
    ]);
  });

  test('rejects an unknown access level with the allowed ones', () => {
    expect(messages(ArtefactSchema.safeParse({ ...report, access: 'NDA' }, { reportInput: true }))).toEqual([
      'Found `NDA`, which is not an allowed value. Expected one of `public`, `sign-in`, `nda`. Did you mean `nda`?',
    ]);
  });
});

describe('control schema', () => {
  const control = { title: 'MFA', domain: 'Identity', responsibility: 'customer', customerPart: 'Turns MFA on.' };

  test('accepts a customer control with only the customer part', () => {
    expect(ControlSchema.parse(control)).toMatchObject({ mappings: [], evidence: [], services: [] });
  });

  test('requires the provider part of a provider control', () => {
    expect(
      messages(ControlSchema.safeParse({ ...control, responsibility: 'provider' }, { reportInput: true })),
    ).toEqual([
      'A `provider` control must say what the provider does. Add `providerPart: <what the provider does>`.',
      'A `provider` control has no customer part. Remove `customerPart`, or set `responsibility: shared`.',
    ]);
  });

  test('rejects a framework mapped twice and evidence listed twice', () => {
    const mappings = [{ framework: 'soc-2' }, { framework: 'soc-2', requirements: ['cc6.1'] }];
    const result = ControlSchema.safeParse(
      { ...control, mappings, evidence: ['report-2026', 'report-2026'] },
      { reportInput: true },
    );
    expect(messages(result)).toEqual([
      '`report-2026` is listed twice. Remove the second mention.',
      'The framework `soc-2` is mapped twice. Merge its requirements into the first mapping.',
    ]);
  });

  test('rejects a reference to an unknown service with a suggestion', () => {
    expect(messages(ControlSchema.safeParse({ ...control, services: ['apps'] }, { reportInput: true }))).toEqual([
      'Found `apps`. There is no such entry in `content/services/`. Did you mean `app`?',
    ]);
  });
});

describe('framework schema', () => {
  const framework = {
    title: 'SOC 2',
    kind: 'attestation',
    authority: 'AICPA',
    jurisdictions: ['Global'],
    summary: 'Criteria.',
  };

  test('fills defaults', () => {
    expect(FrameworkSchema.parse(framework)).toMatchObject({
      status: 'active',
      holder: 'organisation',
      requirements: [],
      aliases: [],
    });
  });

  test('requires the end date of a retired framework', () => {
    expect(messages(FrameworkSchema.safeParse({ ...framework, status: 'retired' }, { reportInput: true }))).toEqual([
      'A retired framework needs the day it stopped being met. Add `until: YYYY-MM-DD`, or set `status` to `active`.',
    ]);
  });

  test('rejects a requirement id listed twice', () => {
    const requirements = [
      { id: 'cc6.1', title: 'Access' },
      { id: 'cc6.1', title: 'Access again' },
    ];
    expect(messages(FrameworkSchema.safeParse({ ...framework, requirements }, { reportInput: true }))).toEqual([
      'The requirement id `cc6.1` is listed twice. Give each requirement its own id.',
    ]);
  });
});

describe('site schema', () => {
  test('rejects a malformed contact address and a site address without a scheme', () => {
    const site = {
      name: 'Example',
      description: 'Trust.',
      url: 'trust.example.com',
      contacts: { nda: 'nda', security: 'security@example.com' },
    };
    expect(messages(SiteSchema.safeParse(site, { reportInput: true }))).toEqual([
      'Found `trust.example.com`. ' +
        'Expected an absolute address starting with `https://`: write `https://trust.example.com`.',
      'Found `nda`. Expected an email address, such as `trust@example.com`.',
    ]);
  });
});

describe('messages for values YAML reads as another type', () => {
  test('tells the writer to quote a number where text is expected', () => {
    const framework = {
      title: 'ISO 27001',
      kind: 'certification',
      authority: 'ISO',
      jurisdictions: ['Global'],
      summary: 'ISMS.',
      aliases: [27001],
    };
    expect(messages(FrameworkSchema.safeParse(framework, { reportInput: true }))).toEqual([
      'Found `27001`, which YAML reads as a number, but `aliases[0]` takes text. Put it in quotes: `"27001"`.',
    ]);
  });
});
