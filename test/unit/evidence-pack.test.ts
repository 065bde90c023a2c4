import { describe, expect, test } from 'vitest';
import { formatCsv, formatCsvField } from '../../src/lib/present/csv.ts';
import { formatManifestCsv, formatManifestJson } from '../../src/lib/evidence/manifest.ts';
import { getEvidencePack } from '../../src/lib/graph/evidence-pack.ts';
import { artefact, buildTestGraph, framework } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph({
  artefacts: {
    'provider-public': artefact('cloudco', {
      title: 'Provider report, "annual", 2026',
      source: 'https://trust.cloudco.example/report',
      auditPeriod: { start: '2025-04-01', end: '2026-03-31' },
      issued: '2026-06-01',
    }),
    'provider-sign-in': artefact('cloudco', {
      title: 'Provider audit',
      access: 'sign-in',
      accessNote: 'Needs the tenant administrator role.',
    }),
    'provider-old': artefact('cloudco', {
      title: 'Provider report, 2025',
      status: 'superseded',
      supersededBy: 'provider-public',
    }),
    'own-public-file': artefact('organisation', {
      title: 'Our certificate',
      file: 'cert.pdf',
      validUntil: '2027-01-10',
    }),
    'own-nda-file': artefact('organisation', { title: 'Our SOC 2 report', access: 'nda', file: 'soc-2.pdf' }),
    'provider-soc': artefact('cloudco', {
      title: 'Provider SOC 2 report',
      type: 'audit-report',
      issuer: 'Audit LLP',
      auditPeriod: { start: '2025-04-01', end: '2026-03-31' },
      issued: '2026-06-01',
      opinion: 'unqualified',
      exceptions: 0,
    }),
    'own-soc': artefact('organisation', {
      title: 'Our gated SOC 2 report',
      type: 'audit-report',
      issuer: 'Audit LLP',
      auditPeriod: { start: '2025-10-01', end: '2026-09-30' },
      issued: '2026-11-01',
      access: 'nda',
      opinion: 'qualified',
      exceptions: 3,
    }),
    'own-score': artefact('organisation', {
      title: 'Secure Score snapshot',
      type: 'assessment',
      access: 'sign-in',
      score: 71.5,
      scoredOn: '2026-11-20',
    }),
    'own-export': artefact('organisation', {
      title: 'Tenant settings export',
      type: 'configuration-export',
      issued: '2026-11-21',
    }),
  },
  docs: { faq: { title: 'Audit FAQ', description: 'Questions auditors ask,\nanswered.' } },
  frameworks: { soc: framework([], { title: 'SOC 2', holder: 'both' }) },
  scenarios: {
    diligence: {
      title: 'Due diligence',
      question: 'Are you audited?',
      audience: ['customer'],
      summary: 'What to send.',
      steps: ['Gather the pack.'],
      artefacts: ['provider-public', 'provider-sign-in', 'provider-old', 'own-public-file', 'own-nda-file'],
      docs: ['faq'],
      frameworks: ['soc'],
    },
    tenant: {
      title: 'Internal audit',
      question: 'Is our part working?',
      audience: ['internal-audit'],
      summary: 'What to test.',
      steps: ['Gather the pack.'],
      artefacts: ['provider-soc', 'own-soc', 'own-score', 'own-export'],
    },
  },
});

describe('getEvidencePack', () => {
  const pack = getEvidencePack(graph, 'diligence', 'public');

  test('splits the artefacts into the providers and the organisation own, and lists the docs', () => {
    expect(pack.provider.map((item) => item.id)).toEqual(['provider-public', 'provider-sign-in', 'provider-old']);
    expect(pack.organisation.map((item) => item.id)).toEqual(['own-public-file', 'own-nda-file']);
    expect(pack.docs.map((doc) => doc.href)).toEqual(['/docs/faq/']);
  });

  test('says how to obtain each: a download, a sign-in with the role, or an NDA request', () => {
    const obtain = Object.fromEntries([...pack.provider, ...pack.organisation].map((item) => [item.id, item.obtain]));
    expect(obtain['own-public-file']!.action).toEqual({ href: '/files/cert.pdf', label: 'Download' });
    expect(obtain['provider-sign-in']!.note).toBe('Needs the tenant administrator role.');
    expect(obtain['provider-sign-in']!.action!.label).toBe('Sign in at CloudCo');
    expect(obtain['own-nda-file']!.action!.href).toMatch(
      /^mailto:nda@example\.com\?subject=NDA%20request%3A%20Our%20SOC%202%20report%20\(own-nda-file\)&body=/,
    );
  });

  test('never names the file of a gated artefact, only how to request it', () => {
    expect(pack.organisation.map((item) => item.obtain.action?.href)).not.toContain('/files/soc-2.pdf');
    expect(formatManifestJson(pack, graph.site.url)).not.toContain('soc-2.pdf');
    expect(formatManifestCsv(pack, graph.site.url)).not.toContain('soc-2.pdf');
  });

  test('points from a superseded artefact to its successor', () => {
    expect(pack.provider[2]!.successor).toEqual({
      href: '/artefacts/provider-public/',
      title: 'Provider report, "annual", 2026',
    });
  });
});

describe('the evidence from the organisation own tenant and what auditors concluded', () => {
  test('lists configuration exports and assessments apart from the organisation other artefacts', () => {
    const pack = getEvidencePack(graph, 'tenant', 'public');
    expect(pack.provider.map((item) => item.id)).toEqual(['provider-soc']);
    expect(pack.organisation.map((item) => item.id)).toEqual(['own-soc']);
    expect(pack.tenant.map((item) => item.id)).toEqual(['own-score', 'own-export']);
    expect(formatManifestCsv(pack, graph.site.url)).toContain('\r\ntenant,artefact,own-export,');
  });

  test('gives a public report its opinion and exceptions in every build', () => {
    const [report] = getEvidencePack(graph, 'tenant', 'public').provider;
    expect(report).toMatchObject({ opinion: 'unqualified', exceptions: 0 });
    expect(report!.findingsLine).toBe('Unqualified opinion · No exceptions');
  });

  test('gives a gated report its opinion and exceptions, an assessment its score, in the internal build only', () => {
    const internal = getEvidencePack(graph, 'tenant', 'internal');
    expect(internal.organisation[0]!.findingsLine).toBe('Qualified opinion · 3 exceptions');
    expect(internal.tenant[0]!.findingsLine).toBe('Score 71.5% on 20 November 2026');
    const internalCsv = formatManifestCsv(internal, graph.site.url);
    expect(internalCsv).toContain(',qualified,3,,,current,');
    expect(internalCsv).toContain(',,,71.5,2026-11-20,current,');

    const publicPack = getEvidencePack(graph, 'tenant', 'public');
    const gated = [...publicPack.organisation, ...publicPack.tenant].map(
      ({ opinion, exceptions, score, findingsLine }) => ({ opinion, exceptions, score, findingsLine }),
    );
    expect(gated).toEqual([{}, {}, {}]);
    const publicText = formatManifestCsv(publicPack, graph.site.url) + formatManifestJson(publicPack, graph.site.url);
    expect(publicText).not.toMatch(/(?<!un)qualified|71\.5/);
    expect(publicText).toContain('2026-11-20');
  });
});

describe('manifests', () => {
  const pack = getEvidencePack(graph, 'diligence', 'public');

  test('the JSON names the scenario, the build date and each item with absolute URLs', () => {
    const manifest = JSON.parse(formatManifestJson(pack, graph.site.url));
    expect(manifest.scenario).toEqual({
      id: 'diligence',
      title: 'Due diligence',
      url: 'https://trust.example.com/scenarios/diligence/',
    });
    expect(manifest.asOf).toBe('2026-11-29');
    expect(manifest.items).toHaveLength(7);
    expect(manifest.items[0]).toEqual({
      group: 'provider',
      kind: 'artefact',
      id: 'provider-public',
      title: 'Provider report, "annual", 2026',
      url: 'https://trust.example.com/artefacts/provider-public/',
      type: 'Policy',
      publisher: 'CloudCo',
      access: 'public',
      howToObtain: 'Anyone may read this document; no sign-in is needed.',
      obtainUrl: 'https://trust.cloudco.example/report',
      auditPeriodStart: '2025-04-01',
      auditPeriodEnd: '2026-03-31',
      issued: '2026-06-01',
      freshness: 'current',
    });
    expect(manifest.items[3]).toMatchObject({
      obtainUrl: 'https://trust.example.com/files/cert.pdf',
      validUntil: '2027-01-10',
      freshness: 'expiring',
    });
    expect(manifest.items[5]).toEqual({
      group: 'docs',
      kind: 'document',
      id: 'faq',
      title: 'Audit FAQ',
      url: 'https://trust.example.com/docs/faq/',
      type: 'Document',
    });
    expect(manifest.items[6]).toEqual({
      group: 'frameworks',
      kind: 'framework',
      id: 'soc',
      title: 'SOC 2',
      url: 'https://trust.example.com/frameworks/soc/',
      type: 'Framework',
      holder: 'Held by Example Co and by CloudCo',
    });
  });

  test('the CSV has a header record and one quoted record per item, lines ending CRLF', () => {
    const csv = formatManifestCsv(pack, graph.site.url);
    const records = csv.split('\r\n');
    expect(records[0]).toBe(
      '\uFEFFgroup,kind,id,title,url,type,publisher,access,howToObtain,obtainUrl,' +
        'auditPeriodStart,auditPeriodEnd,issued,validUntil,opinion,exceptions,score,scoredOn,freshness,holder',
    );
    expect(records[1]).toBe(
      'provider,artefact,provider-public,"Provider report, ""annual"", 2026",' +
        'https://trust.example.com/artefacts/provider-public/,Policy,CloudCo,public,' +
        'Anyone may read this document; no sign-in is needed.,https://trust.cloudco.example/report,' +
        '2025-04-01,2026-03-31,2026-06-01,,,,,,current,',
    );
    expect(records.at(-2)).toBe(
      'frameworks,framework,soc,SOC 2,https://trust.example.com/frameworks/soc/,Framework,,,,,,,,,,,,,,' +
        'Held by Example Co and by CloudCo',
    );
    expect(records).toHaveLength(9);
    expect(records.at(-1)).toBe('');
  });
});

describe('formatCsvField', () => {
  test('quotes a field with a comma, a quote, a line break or surrounding space, doubling quotes', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a, b')).toBe('"a, b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField(' padded')).toBe('" padded"');
    expect(formatCsvField(undefined)).toBe('');
    expect(formatCsvField(42)).toBe('42');
  });

  test('neutralises text a spreadsheet would run as a formula', () => {
    expect(formatCsvField('=HYPERLINK("https://evil.example")')).toBe('"\'=HYPERLINK(""https://evil.example"")"');
    expect(formatCsvField('+1 555')).toBe("'+1 555");
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField(-3)).toBe('-3');
  });

  test('formats records with CRLF after each, the last included, after a byte order mark', () => {
    expect(
      formatCsv([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });

  test('is read as UTF-8 by a spreadsheet, which reads a file without a byte order mark in a legacy code page', () => {
    const bytes = Buffer.from(formatCsv([['name'], ['Müller · Zürich']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A reader that honours the mark, as Excel and LibreOffice do, gets the text back as written.
    expect(new TextDecoder('utf-8').decode(bytes)).toBe('name\r\nMüller · Zürich\r\n');
  });
});
