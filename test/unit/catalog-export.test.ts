import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { formatCatalogJson, getCatalog } from '../../src/lib/export/catalog.ts';
import { formatCatalogCsv } from '../../src/lib/export/catalog-csv.ts';
import { getCatalogSchema } from '../../src/lib/export/catalog-schema.ts';
import { generateGraph, loadSampleGraph } from '../fixtures/export-graphs.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const schemaUrl = 'https://trust.example.com/schemas/catalog.schema.json';
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(getCatalogSchema(schemaUrl));

/** Validates a catalog after a round trip through its JSON text, as a reader gets it. */
function errorsOf(catalog: unknown): string[] {
  const valid = validate(JSON.parse(formatCatalogJson(catalog as never)));
  return valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('catalog export', () => {
  const sample = loadSampleGraph();

  test('the sample site exports a catalog its schema accepts', () => {
    const catalog = getCatalog(sample, 'public');
    expect(errorsOf(catalog)).toEqual([]);
    expect(Object.keys(catalog.controls)).toHaveLength(sample.controls.length);
    expect(catalog.version).toBe(1);
    expect(catalog.asOf).toBe('2026-11-29');
  });

  test('a generated site of 1,000 entries exports a catalog its schema accepts', () => {
    const catalog = getCatalog(generateGraph(1000), 'public');
    expect(errorsOf(catalog)).toEqual([]);
    const entries = ['frameworks', 'artefacts', 'controls', 'services'] as const;
    expect(entries.reduce((total, name) => total + Object.keys(catalog[name]).length, 0)).toBe(1001);
  });

  test('the schema rejects a field it does not document and a state outside its values', () => {
    const catalog = JSON.parse(formatCatalogJson(getCatalog(sample, 'public')));
    catalog.controls['multi-factor-authentication'].secretField = 'x';
    catalog.artefacts['m365-soc-2-type-2-2026'].freshness = 'fresh';
    expect(errorsOf(catalog)).toEqual([
      '/artefacts/m365-soc-2-type-2-2026/freshness must be equal to one of the allowed values',
      '/controls/multi-factor-authentication must NOT have additional properties',
    ]);
  });

  test('links run from a framework through requirements and controls to evidence and its publisher', () => {
    const catalog = getCatalog(sample, 'public');
    const soc2 = catalog.frameworks['soc-2']!;
    const requirement = soc2.requirements.find((entry) => entry.id === 'cc6.1')!;
    expect(requirement.controls).toContain('multi-factor-authentication');
    const mfa = catalog.controls['multi-factor-authentication']!;
    expect(mfa.mappings).toContainEqual({ framework: 'soc-2', requirements: ['cc6.1'] });
    const evidence = mfa.evidence.map((id) => catalog.artefacts[id]!);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) expect(catalog.providers[item.publisher] ?? item.publisher).toBeTruthy();
    expect(mfa.url).toBe('https://trust.kestrel-ledger.example/controls/multi-factor-authentication/');
  });

  test('gives computed states: freshness, a report window, coverage and who holds a framework', () => {
    const catalog = getCatalog(sample, 'public');
    const old = catalog.artefacts['m365-soc-2-type-2-2025']!;
    expect(old.freshness).toBe('superseded');
    expect(Object.values(catalog.artefacts).some((item) => item.window?.state)).toBe(true);
    const soc2 = catalog.frameworks['soc-2']!;
    expect(soc2.holding.text).toBe('Held by Kestrel Ledger and by Microsoft');
    expect(soc2.coverage.requirements.total).toBe(soc2.requirements.length);
  });

  test('leaves internal notes and gated files out of the public catalog, and keeps them in the internal one', () => {
    const graph = buildTestGraph({
      services: { app: service('organisation') },
      artefacts: {
        gated: artefact('organisation', { access: 'nda', file: 'gated.pdf', internalNote: 'NOTE-A' }),
        open: artefact('organisation', { file: 'open.pdf' }),
      },
      controls: { mfa: control('shared', { services: ['app'], internalNote: 'NOTE-B' }) },
    });
    const publicText = formatCatalogJson(getCatalog(graph, 'public'));
    expect(publicText).not.toMatch(/NOTE-A|NOTE-B|gated\.pdf/);
    expect(publicText).toContain('https://trust.example.com/files/open.pdf');
    const internal = getCatalog(graph, 'internal');
    expect(internal.artefacts.gated!.internalNote).toBe('NOTE-A');
    expect(internal.artefacts.gated!.fileUrl).toBe('https://trust.example.com/files/gated.pdf');
    expect(internal.controls.mfa!.internalNote).toBe('NOTE-B');
  });

  test('counts the controls of a framework layer by layer, never adding the layers together', () => {
    const graph = buildTestGraph({
      frameworks: { iso: framework() },
      services: { app: service('organisation'), cloud: service('cloudco') },
      controls: {
        own: control('shared', { services: ['app'], mappings: [{ framework: 'iso' }] }),
        inherited: control('provider', { services: ['cloud'], mappings: [{ framework: 'iso' }] }),
        encrypted: control('provider', { services: ['cloud'], mappings: [{ framework: 'iso' }] }),
      },
    });
    const layers = getCatalog(graph, 'public').frameworks.iso!.coverage.controlsByLayer;
    expect(layers.map(({ operator, title, total }) => ({ operator, title, total }))).toEqual([
      { operator: 'cloudco', title: 'CloudCo · Example Co', total: 2 },
      { operator: 'organisation', title: 'Example Co · its customers', total: 1 },
    ]);
    expect(layers[0]!.byResponsibility).toEqual({ provider: 2, customer: 0, shared: 0 });
    expect(layers[1]!.byResponsibility).toEqual({ provider: 0, customer: 0, shared: 1 });
    expect(layers[1]!.byEvidence).toMatchObject({ none: 1 });
  });

  test("gives an audit report's opinion and exceptions, and a score, only where the report may be read", () => {
    const publicCatalog = getCatalog(sample, 'public');
    const internal = getCatalog(sample, 'internal');
    const gated = publicCatalog.artefacts['kestrel-soc-2-type-2-2026']!;
    expect([gated.opinion, gated.exceptions]).toEqual([undefined, undefined]);
    expect(gated.cuecs).toEqual(['product-role-based-access', 'product-single-sign-on']);
    expect(internal.artefacts['kestrel-soc-2-type-2-2026']!.opinion).toBe('qualified');
    expect(publicCatalog.artefacts['m365-soc-3-2026']!.opinion).toBe('unqualified');
    const score = publicCatalog.artefacts['kestrel-secure-score-2026-11']!;
    expect([score.score, score.scoredOn]).toEqual([undefined, undefined]);
    expect(internal.artefacts['kestrel-secure-score-2026-11']!.score).toBe(74);
  });

  test('gives subprocessors, security FAQ questions, incidents and status pages', () => {
    const catalog = getCatalog(sample, 'public');
    expect(Object.keys(catalog.subprocessors)).toHaveLength(sample.subprocessors.length);
    expect(Object.keys(catalog.faq)).toHaveLength(sample.faq.length);
    expect(catalog.subprocessors.microsoft).toMatchObject({ standing: 'current', name: 'Microsoft' });
    expect(catalog.faq.encryption!.url).toBe('https://trust.kestrel-ledger.example/faq/encryption/');
    const incidents = Object.values(catalog.updates).filter((update) => update.kind === 'incident');
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) expect(incident.impact).toBeTruthy();
    expect(Object.values(catalog.services).some((item) => item.status)).toBe(true);
  });

  test('leaves the internal notes of subprocessors and FAQ questions to the internal catalog', () => {
    const graph = buildTestGraph({
      subprocessors: {
        mailer: {
          name: 'Mailer',
          legalEntity: 'Mailer Ltd',
          purpose: 'Email delivery',
          dataCategories: ['Contact details'],
          locations: ['European Union'],
          transferMechanisms: ['none'],
          since: '2026-01-01',
          internalNote: 'NOTE-S',
        },
      },
      faq: { backups: { question: 'Are backups kept?', category: 'infrastructure', internalNote: 'NOTE-F' } },
    });
    const publicCatalog = getCatalog(graph, 'public');
    expect(errorsOf(publicCatalog)).toEqual([]);
    expect(formatCatalogJson(publicCatalog)).not.toMatch(/NOTE-S|NOTE-F/);
    const internal = getCatalog(graph, 'internal');
    expect(errorsOf(internal)).toEqual([]);
    expect(internal.subprocessors.mailer!.internalNote).toBe('NOTE-S');
    expect(internal.faq.backups!.internalNote).toBe('NOTE-F');
  });

  test("gives a control's responsibility as layers, with each side's parties and part", () => {
    const graph = buildTestGraph({
      services: { app: service('organisation'), cloud: service('cloudco') },
      controls: {
        own: control('shared', { services: ['app'] }),
        inherited: control('provider', { services: ['cloud'] }),
      },
    });
    const catalog = getCatalog(graph, 'public');
    expect(catalog.controls.own!.layers).toEqual([
      {
        layer: 'organisation-customers',
        title: 'Example Co · its customers',
        responsibility: 'shared',
        provider: { parties: ['organisation'], name: 'Example Co', part: 'The provider does this.' },
        customer: { parties: ['customers'], name: 'Customers of Example Co', part: 'The customer does that.' },
      },
    ]);
    expect(catalog.controls.inherited!.layers[0]).toMatchObject({
      layer: 'provider-organisation',
      provider: { parties: ['cloudco'], name: 'CloudCo' },
      customer: { parties: ['organisation'], name: 'Example Co' },
    });
  });
});

describe('catalog export as CSV', () => {
  const sample = loadSampleGraph();
  const catalog = getCatalog(sample, 'public');

  test('writes a table per collection, one row per entry, with the JSON fields as columns', () => {
    const controls = formatCatalogCsv(sample, 'public', 'controls').split('\r\n');
    expect(controls[0]).toBe(
      '\uFEFFid,url,title,aliases,domain,responsibility,services,mappings,evidence,layers,evidenceState,' +
        'evidenceSides,reviewOverdue,providerPart,customerPart,lastReviewed,reviewDue,owner,internalNote',
    );
    expect(controls).toHaveLength(Object.keys(catalog.controls).length + 2);
    const mfa = controls.find((line) => line.startsWith('multi-factor-authentication,'))!;
    expect(mfa).toContain('soc-2: cc6.1');
    expect(formatCatalogCsv(sample, 'public', 'artefacts').split('\r\n')[0]).toContain(
      'auditPeriod.start,auditPeriod.end',
    );
  });

  test('writes every requirement of every framework in a table of its own', () => {
    const rows = formatCatalogCsv(sample, 'public', 'requirements').split('\r\n');
    expect(rows[0]).toBe('\uFEFFframework,id,label,title,url,controls,description');
    const total = Object.values(catalog.frameworks).reduce((sum, item) => sum + item.requirements.length, 0);
    expect(rows).toHaveLength(total + 2);
  });

  test('neutralises text a spreadsheet would run as a formula', () => {
    const graph = buildTestGraph({
      services: { app: { ...service('organisation'), summary: '=HYPERLINK("https://evil.example")' } },
    });
    const csv = formatCatalogCsv(graph, 'public', 'services');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
  });
});
