import { describe, expect, test } from 'vitest';
import { createCheckingReference } from '../../src/lib/content/check.ts';
import { describeIssue } from '../../src/lib/content/problems.ts';
import { getChangeEvents } from '../../src/lib/feeds/sources.ts';
import { getSubprocessorListPage } from '../../src/lib/pages/lists/subprocessors.ts';
import { getSubprocessorChanges } from '../../src/lib/subprocessors/changes.ts';
import { formatSubprocessorsCsv, formatSubprocessorsJson } from '../../src/lib/subprocessors/downloads.ts';
import { getSubprocessorStanding } from '../../src/lib/subprocessors/standing.ts';
import { createSubprocessorSchema } from '../../src/schemas/subprocessors.ts';
import { buildTestGraph, service } from '../fixtures/graph-builder.ts';

const SubprocessorSchema = createSubprocessorSchema(createCheckingReference(new Map([['services', ['app']]])));

const mailer = {
  name: 'Mailer',
  legalEntity: 'Mailer Ltd',
  purpose: 'Sends email notifications.',
  dataCategories: ['Email addresses'],
  locations: ['European Union'],
  transferMechanisms: ['sccs'],
  services: ['app'],
  since: '2025-10-01',
};

describe('subprocessor schema', () => {
  test('accepts a subprocessor and fills defaults', () => {
    expect(SubprocessorSchema.parse(mailer)).toMatchObject({
      aliases: [],
      services: [{ collection: 'services', id: 'app' }],
      since: '2025-10-01',
    });
  });

  test('errors when it is removed before it started, and when `none` stands beside a mechanism', () => {
    const result = SubprocessorSchema.safeParse({
      ...mailer,
      until: '2025-09-30',
      transferMechanisms: ['none', 'dpf'],
    });
    expect(result.error?.issues.map((issue) => describeIssue(issue))).toEqual([
      '`until` (`2025-09-30`) is not after `since` (`2025-10-01`). Correct one of the two dates.',
      '`none` says no transfer mechanism is needed, but others are listed beside it. Remove `none`, or the others.',
    ]);
  });
});

describe('subprocessor standing', () => {
  test('is planned before `since`, current from it, removed from `until` on', () => {
    const dates = { since: '2026-07-01', until: '2026-12-31' };
    expect(getSubprocessorStanding(dates, '2026-06-30')).toBe('planned');
    expect(getSubprocessorStanding(dates, '2026-07-01')).toBe('current');
    expect(getSubprocessorStanding(dates, '2026-12-30')).toBe('current');
    expect(getSubprocessorStanding(dates, '2026-12-31')).toBe('removed');
  });
});

const graph = () =>
  buildTestGraph(
    {
      services: { app: service('organisation', 'Example App') },
      subprocessors: {
        'old-mailer': { ...mailer, name: 'Old Mailer', since: '2020-01-01', until: '2025-10-31' },
        mailer,
        tracker: {
          ...mailer,
          name: '=Tracker',
          purpose: 'Collects errors, with "field values" removed.',
          transferMechanisms: ['none'],
          since: '2027-01-15',
          internalNote: 'Contract owner: platform.',
        },
        desk: { ...mailer, name: 'Desk', since: '2025-10-31' },
      },
    },
    '2026-11-29',
    { subprocessorNoticeDays: 30 },
  );

describe('subprocessor changes', () => {
  test('dates an addition on `since` and a removal on `until`, newest first, removals first on one day', () => {
    expect(getSubprocessorChanges(graph())).toEqual([
      { date: '2027-01-15', kind: 'added', id: 'tracker', name: '=Tracker' },
      { date: '2025-10-31', kind: 'removed', id: 'old-mailer', name: 'Old Mailer' },
      { date: '2025-10-31', kind: 'added', id: 'desk', name: 'Desk' },
      { date: '2025-10-01', kind: 'added', id: 'mailer', name: 'Mailer' },
      { date: '2020-01-01', kind: 'added', id: 'old-mailer', name: 'Old Mailer' },
    ]);
  });

  test('is empty without subprocessors', () => {
    expect(getSubprocessorChanges(buildTestGraph({}))).toEqual([]);
  });

  test('reach the feeds as dated events, each linking to its subprocessor, none before its day', () => {
    const events = getChangeEvents(graph()).filter((event) => event.key.startsWith('subprocessors/'));
    expect(events.map((event) => `${event.date} ${event.key} ${event.label}: ${event.title}`)).toEqual([
      '2025-10-31 subprocessors/desk/added Subprocessor added: Desk added as a subprocessor',
      '2025-10-31 subprocessors/old-mailer/removed Subprocessor removed: Old Mailer removed as a subprocessor',
      '2025-10-01 subprocessors/mailer/added Subprocessor added: Mailer added as a subprocessor',
      '2020-01-01 subprocessors/old-mailer/added Subprocessor added: Old Mailer added as a subprocessor',
    ]);
    const [desk] = events;
    expect(desk!.href).toBe('/subprocessors/desk/');
    expect(desk!.summary).toBe(
      'Desk (Mailer Ltd) now processes customer data for Example Co: Sends email notifications.',
    );
    expect(desk!.details).toEqual([{ label: 'Locations', text: 'European Union' }]);
  });
});

describe('subprocessor downloads', () => {
  test('lists every subprocessor as CSV, with formulas neutralised and no internal note', () => {
    const csv = formatSubprocessorsCsv(graph());
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFid,name,legalEntity,purpose,dataCategories,locations,transferMechanisms,services,website,since,until,' +
        'status,url',
      'tracker,\'=Tracker,Mailer Ltd,"Collects errors, with ""field values"" removed.",Email addresses,' +
        'European Union,None needed,Example App,,2027-01-15,,Planned,' +
        'https://trust.example.com/subprocessors/tracker/',
      'desk,Desk,Mailer Ltd,Sends email notifications.,Email addresses,European Union,' +
        'EU standard contractual clauses,Example App,,2025-10-31,,Current,' +
        'https://trust.example.com/subprocessors/desk/',
      'mailer,Mailer,Mailer Ltd,Sends email notifications.,Email addresses,European Union,' +
        'EU standard contractual clauses,Example App,,2025-10-01,,Current,' +
        'https://trust.example.com/subprocessors/mailer/',
      'old-mailer,Old Mailer,Mailer Ltd,Sends email notifications.,Email addresses,European Union,' +
        'EU standard contractual clauses,Example App,,2020-01-01,2025-10-31,Removed,' +
        'https://trust.example.com/subprocessors/old-mailer/',
      '',
    ]);
    expect(csv).not.toContain('Contract owner');
  });

  test('gives the same list as JSON, with the notice period and the build date', () => {
    const json = JSON.parse(formatSubprocessorsJson(graph()));
    expect(json).toMatchObject({ organisation: 'Example Co', asOf: '2026-11-29', noticeDays: 30 });
    expect(json.subprocessors.map((record: { id: string }) => record.id)).toEqual([
      'tracker',
      'desk',
      'mailer',
      'old-mailer',
    ]);
    expect(json.subprocessors[3]).toEqual({
      id: 'old-mailer',
      name: 'Old Mailer',
      legalEntity: 'Mailer Ltd',
      purpose: 'Sends email notifications.',
      dataCategories: ['Email addresses'],
      locations: ['European Union'],
      transferMechanisms: ['EU standard contractual clauses'],
      services: ['Example App'],
      since: '2020-01-01',
      until: '2025-10-31',
      standing: 'removed',
      url: 'https://trust.example.com/subprocessors/old-mailer/',
    });
    expect(JSON.stringify(json)).not.toContain('Contract owner');
  });
});

describe('subprocessors page', () => {
  test('puts current, announced and past subprocessors in tables of their own, with the notice period', () => {
    const page = getSubprocessorListPage(graph());
    const names = (table: { rows: { name: string; date: { text: string } }[] }) =>
      table.rows.map((row) => `${row.name} (${row.date.text})`);
    expect(names(page.current)).toEqual(['Desk (31 October 2025)', 'Mailer (1 October 2025)']);
    expect(names(page.planned)).toEqual(['=Tracker (15 January 2027)']);
    expect(names(page.past)).toEqual(['Old Mailer (31 October 2025)']);
    expect(page.notice).toBe(
      'Example Co tells customers of a new subprocessor 30 days before it starts processing their data.',
    );
    expect(page.changes.items.slice(0, 2)).toEqual([
      {
        href: '/subprocessors/tracker/',
        title: '=Tracker',
        meta: '15 January 2027',
        badges: [{ value: 'in-progress', label: 'Announced' }],
      },
      {
        href: '/subprocessors/old-mailer/',
        title: 'Old Mailer',
        meta: '31 October 2025',
        badges: [{ value: 'retired', label: 'Removed' }],
      },
    ]);
  });

  test('says nothing of a notice period that site.yaml does not give', () => {
    expect(getSubprocessorListPage(buildTestGraph({})).notice).toBeUndefined();
  });
});
