import { describe, expect, test } from 'vitest';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { collectEvents, type ChangeEvent, type EventSource } from '../../src/lib/feeds/events.ts';
import { getFeedPaths, writeFeedFile } from '../../src/lib/feeds/files.ts';
import { getChangeEvents, getEventsByFramework } from '../../src/lib/feeds/sources.ts';
import { artefact, buildTestGraph, framework, service } from '../fixtures/graph-builder.ts';

const report = (extra: Record<string, unknown>) =>
  artefact('organisation', {
    type: 'audit-report',
    issuer: 'Audit LLP',
    frameworks: ['soc-2'],
    auditPeriod: { start: '2024-01-01', end: '2024-12-31' },
    ...extra,
  });

/** A site whose content implies every kind of event, and two updates, one of them an incident. */
const entries = {
  frameworks: {
    'soc-2': framework([], { title: 'SOC 2', since: '2021-11-12' }),
    'csa-star': framework([], { title: 'CSA STAR', status: 'retired', since: '2021-05-01', until: '2025-06-30' }),
    'iso-42001': framework([], { title: 'ISO 42001', status: 'in-progress', since: '2026-02-16' }),
  },
  services: { app: service('organisation', 'App') },
  artefacts: {
    'soc-2-2025': report({
      title: 'SOC 2 report 2025',
      issued: '2025-02-10',
      status: 'superseded',
      supersededBy: 'soc-2-2026',
    }),
    'soc-2-2026': report({
      title: 'SOC 2 report 2026',
      issued: '2026-02-01',
      auditPeriod: { start: '2025-01-01', end: '2025-12-31' },
      access: 'nda',
    }),
    certificate: artefact('organisation', {
      title: 'Certificate',
      type: 'certificate',
      issuer: 'Cert Body',
      issued: '2023-10-01',
      validUntil: '2026-09-30',
    }),
    'star-answers': artefact('organisation', {
      title: 'STAR answers',
      frameworks: ['csa-star'],
      issued: '2024-06-14',
      status: 'withdrawn',
      withdrawn: '2025-06-30',
    }),
    'next-year': artefact('organisation', { title: 'Next policy', issued: '2027-01-01' }),
  },
  updates: {
    'star-left': {
      title: 'We left CSA STAR',
      date: '2025-06-30',
      kind: 'certification-removed',
      summary: 'Withdrawn.',
      artefacts: ['star-answers'],
    },
    outage: {
      title: 'Outage',
      date: '2026-03-02',
      kind: 'incident',
      summary: 'The app was down <briefly>.',
      services: ['app'],
      frameworks: ['soc-2'],
      impact: 'No sign-in for 2 hours.',
      resolution: 'Restarted & fixed.',
      resolved: '2026-03-03',
    },
  },
};
const graph = buildTestGraph(entries);

const keys = (events: readonly ChangeEvent[]) => events.map((event) => `${event.date} ${event.key}`);

describe('the events of the feeds', () => {
  test('derives each event from the content, dated by it, newest first, and none after the build date', () => {
    expect(keys(getChangeEvents(graph))).toEqual([
      '2026-10-01 artefacts/certificate/expired',
      '2026-03-02 updates/outage',
      '2026-02-01 artefacts/soc-2-2025/superseded',
      '2026-02-01 artefacts/soc-2-2026/published',
      '2025-06-30 frameworks/csa-star/retired',
      '2025-06-30 updates/star-left',
      '2025-02-10 artefacts/soc-2-2025/published',
      '2024-06-14 artefacts/star-answers/published',
      '2023-10-01 artefacts/certificate/published',
      '2021-11-12 frameworks/soc-2/added',
      '2021-05-01 frameworks/csa-star/added',
    ]);
  });

  test('leaves out what an update announces within a week, and gives the update its frameworks', () => {
    // The update names the withdrawn artefact, not its framework: the withdrawal is left out, the retirement kept.
    const [starLeft] = getChangeEvents(graph).filter((event) => event.key === 'updates/star-left');
    expect(starLeft!.frameworks).toEqual(['csa-star']);
    expect(keys(getEventsByFramework(graph).get('csa-star')!)).toEqual([
      '2025-06-30 frameworks/csa-star/retired',
      '2025-06-30 updates/star-left',
      '2024-06-14 artefacts/star-answers/published',
      '2021-05-01 frameworks/csa-star/added',
    ]);
  });

  test('takes one more source as it is, so a new kind of dated content slots in', () => {
    const extra: EventSource = () => [
      {
        key: 'subprocessors/mailer/added',
        date: '2026-05-01',
        label: 'Subprocessor added',
        title: 'Mailer added',
        summary: 'Sends our email.',
        details: [],
        href: '/subprocessors/',
        frameworks: [],
        subjects: ['subprocessors/mailer'],
      },
    ];
    expect(keys(collectEvents(graph, [extra]))).toEqual(['2026-05-01 subprocessors/mailer/added']);
  });

  test('describes an incident with its services, impact, resolution and the day resolved', () => {
    const outage = getChangeEvents(graph).find((event) => event.key === 'updates/outage')!;
    expect(outage.label).toBe('Incident');
    expect(outage.details).toEqual([
      { label: 'Services affected', text: 'App' },
      { label: 'Customer impact', text: 'No sign-in for 2 hours.' },
      { label: 'Resolution', text: 'Restarted & fixed.' },
      { label: 'Resolved', text: '3 March 2026' },
    ]);
  });
});

describe('the feed files', () => {
  test('are the site feed and one per framework, in three formats', () => {
    expect(getFeedPaths(graph)).toEqual([
      'rss.xml',
      'atom.xml',
      'feed.json',
      'frameworks/csa-star/rss.xml',
      'frameworks/csa-star/atom.xml',
      'frameworks/csa-star/feed.json',
      'frameworks/iso-42001/rss.xml',
      'frameworks/iso-42001/atom.xml',
      'frameworks/iso-42001/feed.json',
      'frameworks/soc-2/rss.xml',
      'frameworks/soc-2/atom.xml',
      'frameworks/soc-2/feed.json',
    ]);
  });

  test('parse in every format with the same items, dated from the content', () => {
    const rss = parseRssFeed(writeFeedFile(graph, 'rss.xml'));
    const atom = parseAtomFeed(writeFeedFile(graph, 'atom.xml'));
    const json = parseJsonFeed(JSON.parse(writeFeedFile(graph, 'feed.json')));
    expect(rss.lastBuildDate).toBe('Thu, 01 Oct 2026 00:00:00 GMT');
    expect(atom.updated).toBe('2026-10-01T00:00:00.000Z');
    expect(rss.items!.map((item) => item.link)).toEqual(atom.entries!.map((entry) => entry.links![0]!.href));
    expect(json.items!.map((item) => item.url)).toEqual(rss.items!.map((item) => item.link));
    expect(json.items![1]).toEqual({
      id: 'tag:trust.example.com,2026-03-02:updates/outage',
      url: 'https://trust.example.com/updates/outage/',
      title: 'Outage',
      summary: 'The app was down <briefly>.',
      content_html:
        '<p>The app was down &lt;briefly&gt;.</p><p><strong>Services affected:</strong> App</p>' +
        '<p><strong>Customer impact:</strong> No sign-in for 2 hours.</p>' +
        '<p><strong>Resolution:</strong> Restarted &amp; fixed.</p><p><strong>Resolved:</strong> 3 March 2026</p>',
      date_published: '2026-03-02T00:00:00.000Z',
      tags: ['Incident'],
    });
  });

  test('of a framework with no events is dated at the epoch, never the build day', () => {
    const atom = parseAtomFeed(writeFeedFile(graph, 'frameworks/iso-42001/atom.xml'));
    expect(atom.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(atom.entries ?? []).toEqual([]);
  });

  test('are the same bytes on a later build day while no new event falls due', () => {
    const later = buildTestGraph(entries, '2026-12-31');
    for (const path of getFeedPaths(graph)) expect(writeFeedFile(later, path)).toBe(writeFeedFile(graph, path));
  });
});

describe('an artefact published', () => {
  test('says what it is, who publishes it and who may read it, before its own summary', () => {
    const published = getChangeEvents(graph).find((event) => event.key === 'artefacts/soc-2-2026/published')!;
    expect(published.summary).toBe('Audit report by Example Co (under NDA). An artefact.');
  });
});
