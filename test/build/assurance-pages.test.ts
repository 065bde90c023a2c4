import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { getAttention } from '../../src/lib/attention/attention.ts';
import { buildGraphFromCheck } from '../../src/lib/content/checked-graph.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { getActiveFrameworksSummary } from '../../src/lib/graph/coverage.ts';
import { getFrameworkGaps } from '../../src/lib/present/coverage.ts';
import type { AssuranceGraph } from '../../src/lib/graph/assurance-graph.ts';
import { getMatrixViews } from '../../src/lib/graph/matrix.ts';
import { getAttributeValues } from './site-audit.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;

describe('the assurance pages of the sample site', () => {
  const build = inject('sampleSite');
  let graph: AssuranceGraph;
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');
  const hrefs = (file: string) => getAttributeValues(read(file), 'href');

  beforeAll(() => {
    graph = buildGraphFromCheck(checkContent(contentDir), '2026-11-29')!.graph;
  });

  test('builds, and prints what needs attention as information with the files to edit', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
    expect(build.output).toContain(
      '[trust-center:attention] Needs attention: expired artefacts 1, stale audit reports 2, ' +
        'artefacts expiring soon 1, audit reports needing a bridge letter 3, editions overdue 1, ',
    );
    expect(build.output).toContain(
      '[trust-center:attention]   Expired artefacts: content/artefacts/m365-iso-22301-certificate.md: ' +
        'Valid until 31 October 2026, 29 days ago.',
    );
    expect(build.output).toContain(
      '[trust-center:attention]   Stale audit reports: content/artefacts/azure-irap-assessment-report.md: ' +
        'Covered through 28 November 2025, 366 days ago; relied on until 28 November 2026, 1 day ago.',
    );
    expect(build.output).toContain(
      '[trust-center:attention]   Editions overdue: content/artefacts/azure-irap-assessment-report.md: ' +
        'Next edition expected 20 November 2026, 9 days ago.',
    );
  });

  test(
    'shows every state in the sample: a gap, expiring, expired, stale and superseded evidence, ' +
      'reports bridged and needing a bridge, an overdue edition, controls without evidence and overdue reviews',
    () => {
      const sections = Object.fromEntries(
        getAttention(graph).map((section) => [section.kind, section.items.map((item) => item.id)]),
      );
      expect(sections.expired).toContain('m365-iso-22301-certificate');
      expect(sections.expiring).toContain('m365-iso-27001-certificate');
      expect(sections.stale).toContain('azure-irap-assessment-report');
      expect(sections['bridge-needed']).toContain('azure-soc-2-type-2-2026');
      expect(sections['edition-overdue']).toContain('azure-irap-assessment-report');
      expect(graph.artefact('m365-soc-2-type-2-2026').freshness).toBe('current');
      expect(graph.artefact('m365-soc-2-type-2-2026').window?.bridgedBy).toEqual(['m365-soc-bridge-letter-2026']);
      expect(sections['overdue-reviews']).toContain('access-reviews');
      expect(sections['overdue-doc-reviews']).toEqual(['data-subject-rights']);
      expect(sections['unevidenced-controls']).toContain('emergency-access-accounts');
      expect(sections['unevidenced-frameworks']).toContain('iso-22301');
      expect(graph.artefacts.some((artefact) => artefact.freshness === 'superseded')).toBe(true);
      expect(getFrameworkGaps(graph, 'soc-2').requirements.count).toBeGreaterThan(0);
    },
  );

  test(
    'the matrix totals each party of each layer by name ' +
      'and links a view per framework and per service, ' +
      'each linked back from its entry',
    () => {
      const matrix = read('responsibility/index.html');
      expect(matrix).toMatch(/<strong>\d+<\/strong> Microsoft <span class="muted">\(\d+%\)<\/span>/);
      expect(matrix).toMatch(/<strong>\d+<\/strong> Customers of Kestrel Ledger <span class="muted">\(\d+%\)<\/span>/);
      expect(hrefs('responsibility/index.html')).toEqual(
        expect.arrayContaining(['/responsibility/frameworks/soc-2/', '/responsibility/services/azure/']),
      );
      for (const view of getMatrixViews(graph).views) {
        const page = `responsibility/${view.kind}/${view.id}/index.html`;
        expect(existsSync(join(build.outDir, page)), page).toBe(true);
        expect(hrefs(`${view.kind}/${view.id}/index.html`), view.id).toContain(
          `/responsibility/${view.kind}/${view.id}/`,
        );
      }
      const soc2 = read('responsibility/frameworks/soc-2/index.html');
      expect(soc2).toContain('<th scope="col">Microsoft does</th>');
      expect(soc2).toContain('data-label="Kestrel Ledger does"');
      expect(soc2).toContain('<th scope="col">Customers of Kestrel Ledger do</th>');
      expect(soc2).not.toMatch(/>(Provider|Customer)( does)?</);
    },
  );

  test('each framework has coverage pages, linked from its page, headed by a summary with the gaps', () => {
    for (const framework of graph.frameworks) {
      expect(hrefs(`frameworks/${framework.id}/index.html`), framework.id).toContain(
        `/frameworks/${framework.id}/coverage/`,
      );
      expect(existsSync(join(build.outDir, `frameworks/${framework.id}/coverage/index.html`)), framework.id).toBe(true);
    }
    const coverage = read('frameworks/soc-2/coverage/index.html');
    expect(coverage).toContain('<h2 id="summary">Coverage summary</h2>');
    expect(coverage).toMatch(/Requirements with a gap \(\d+\)/);
    expect(coverage).toContain('id="req-cc6.1"');
    expect(coverage).toContain('href="/artefacts/m365-iso-22301-certificate/"');
  });

  test('a requirement with more controls than its row names links to a search listing every one', () => {
    const mapped = graph.controls.filter((control) =>
      control.data.mappings.some(
        (mapping) => mapping.framework.id === 'soc-2' && mapping.requirements.includes('cc6.1'),
      ),
    );
    expect(mapped.length).toBeGreaterThan(5);
    expect(read('frameworks/soc-2/coverage/index.html')).toContain(
      `and ${mapped.length - 5} more controls: ` +
        `<a href="/search/?q=CC6.1&amp;f=Framework%3ASOC+2&amp;f=Type%3AControl">` +
        `all ${mapped.length} in search</a>`,
    );
  });

  test(
    'a coverage page lists superseded and stale evidence ' +
      'and unmapped requirements as gaps, ' +
      'and heads them so',
    () => {
      const hipaa = read('frameworks/hipaa/coverage/index.html');
      const gaps = hipaa.slice(
        hipaa.indexOf('<h2 id="gaps">'),
        hipaa.indexOf('</section>', hipaa.indexOf('<h2 id="gaps">')),
      );
      expect(gaps).toContain('href="/artefacts/m365-soc-2-type-2-2025/"');
      expect(gaps).toContain('href="/frameworks/hipaa/coverage/#req-164.314-a"');
      expect(gaps).toContain('>Cites stale evidence</span>');
      expect(gaps).toContain('href="/artefacts/m365-iso-27001-audit-report/"');
      expect(hipaa).toContain('>Gaps in coverage</span>');
      expect(hipaa).not.toContain('>Current evidence</span>');
    },
  );

  test('a coverage row links its requirement to its own anchor and dates each piece of evidence', () => {
    const hipaa = read('frameworks/hipaa/coverage/index.html');
    expect(hipaa).toMatch(/<tr id="req-164\.314-a">\s*<th scope="row">\s*<a href="#req-164\.314-a">164\.314\(a\)<\/a>/);
    expect(hipaa).toMatch(/Audit period \d+ \w+ \d{4} to \d+ \w+ \d{4}/);
    expect(hrefs('frameworks/hipaa/index.html')).toContain('#req-164.314-a');
  });

  test('in print, links to the site own pages show their full address on the site', () => {
    const origin = new URL(graph.site.url).origin;
    expect(hrefs('frameworks/hipaa/coverage/index.html')).toContain('/print.css');
    expect(read('frameworks/hipaa/coverage/index.html')).toContain(
      '<link rel="stylesheet" href="/print.css" media="print">',
    );
    expect(read('print.css')).toContain(`main a[href^='/']::after {\n    content: ' (${origin}' attr(href) ')';`);
  });

  test('the frameworks list shows a framework met only while its evidence is current, and who holds it', () => {
    const list = read('frameworks/index.html');
    const item = list.slice(list.indexOf('href="/frameworks/iso-22301/"'));
    const badges = item.slice(0, item.indexOf('</li>'));
    expect(badges).toContain('>Inherited from Microsoft: lapsed</span>');
    expect(badges).not.toContain('>Met</span>');
  });

  test(
    'a framework with more than 50 requirements shows its summary ' +
      'and paginates the requirements on its coverage pages',
    () => {
      const large = graph.frameworks.find((framework) => framework.data.requirements.length > 50);
      expect(large, 'the sample has a large framework').toBeDefined();
      const page = read(`frameworks/${large!.id}/index.html`);
      expect(page).not.toContain('id="_requirements"');
      expect(page).toContain('id="_coverage"');
      const pages = Math.ceil(large!.data.requirements.length / 50);
      expect(existsSync(join(build.outDir, `frameworks/${large!.id}/coverage/${pages}/index.html`))).toBe(true);
      expect(existsSync(join(build.outDir, `frameworks/${large!.id}/coverage/${pages + 1}/index.html`))).toBe(false);
    },
  );

  const countsTheRest =
    'a requirement with more controls than its row shows counts the rest in words that agree with the number';
  test(countsTheRest, () => {
    const pages = ['frameworks/soc-2/index.html', 'frameworks/soc-2/coverage/index.html'].map(read);
    expect(pages.every((page) => /and 1 more control[<:]/.test(page))).toBe(true);
    expect(pages.some((page) => page.includes('and 1 more controls'))).toBe(false);
  });

  test('the home page shows the coverage numbers of the active frameworks, those held counted apart', () => {
    const home = read('index.html');
    const summary = getActiveFrameworksSummary(graph);
    expect(summary.frameworks).toBe(19);
    expect(home).toContain(
      'Coverage across 19 frameworks: 3 held by Kestrel Ledger, 16 inherited from its providers</h2>',
    );
    expect(home).toContain(
      `<strong>${summary.requirements.mapped.count}</strong> with a control ` +
        `<span class="muted">${summary.requirements.mapped.percent}%</span>`,
    );
    for (const layer of summary.controls.layers) {
      expect(home).toContain(`${layer.layer.title}: controls by evidence`);
      expect(home).toContain(`<strong>${layer.byState.none.count}</strong> No evidence`);
    }
  });

  test('the home page shows the frameworks Kestrel Ledger holds apart from those inherited from Microsoft', () => {
    const home = read('index.html');
    const held = home.slice(home.indexOf('id="held"'), home.indexOf('id="inherited"'));
    const inherited = home.slice(home.indexOf('id="inherited"'), home.indexOf('All frameworks, including'));
    const cards = (part: string) => part.match(/<li class="card"/g)?.length ?? 0;
    expect([cards(held), cards(inherited)]).toEqual([3, 16]);
    expect(held.match(/badge-\w+"[^>]*>Held by Kestrel Ledger and by Microsoft</g)).toHaveLength(3);
    expect(inherited).not.toContain('Held by');
  });

  test('a framework page and its coverage page say who holds it, in the badge, the facts and the search facet', () => {
    const c5 = read('frameworks/c5/index.html');
    expect(c5).toContain('<span class="badge badge-active">Inherited from Microsoft</span>');
    expect(c5).toContain('<dt>Who holds it</dt> <dd>Inherited from Microsoft</dd>');
    expect(c5).toContain('<span data-pagefind-filter="Status">Inherited from Microsoft</span>');
    expect(read('frameworks/soc-2/index.html')).toContain(
      '<dt>Who holds it</dt> <dd>Held by Kestrel Ledger and by Microsoft</dd>',
    );
    expect(read('frameworks/soc-2/coverage/index.html')).toContain(
      '<span class="badge badge-active">Held by Kestrel Ledger and by Microsoft</span>',
    );
  });

  test('the framework list groups the frameworks met by who holds them', () => {
    const list = read('frameworks/index.html');
    const held = list.indexOf('>Held by Kestrel Ledger and by Microsoft</h2>');
    const inherited = list.indexOf('>Inherited from Microsoft</h2>');
    expect(held).toBeGreaterThan(-1);
    expect(inherited).toBeGreaterThan(held);
    expect(list).not.toContain('>Met</');
  });

  test('the framework list links each regulated industry to the search page with that facet chosen', () => {
    expect(read('frameworks/index.html')).toContain(
      '<a href="/search/?f=Industry%3AHealthcare&amp;f=Type%3AFramework">Healthcare (3)</a>',
    );
    expect(read('frameworks/hipaa/index.html')).toContain('<span data-pagefind-filter="Industry">Healthcare</span>');
  });

  test('a document that makes commitments shows its owner and when it was last confirmed and is next due', () => {
    const incidents = read('docs/incident-notification/index.html');
    expect(incidents).toContain('<dt>Owner</dt> <dd>Security operations</dd>');
    expect(incidents).toContain(
      '<dt data-pagefind-ignore>Last reviewed</dt> <dd data-pagefind-ignore>2 March 2026</dd>',
    );
    expect(incidents).toContain(
      '<dt data-pagefind-ignore>Next review due</dt> <dd data-pagefind-ignore>2 March 2027</dd>',
    );
    expect(incidents).not.toContain('Review overdue');
    expect(read('docs/data-subject-rights/index.html')).toContain(
      '<span class="badge badge-expired">Review overdue</span>',
    );
    expect(build.output).toContain(
      '[trust-center:attention]   Overdue document reviews: content/docs/data-subject-rights.md: ' +
        'Last reviewed 20 October 2025; the review was due 20 October 2026.',
    );
  });

  test('control and framework pages carry their evidence state as text', () => {
    expect(read('controls/emergency-access-accounts/index.html')).toContain('>No evidence</span>');
    expect(read('controls/access-reviews/index.html')).toContain('>Review overdue</span>');
    expect(read('controls/multi-factor-authentication/index.html')).toContain('>Evidenced</span>');
    expect(read('frameworks/iso-22301/index.html')).toContain('>No current evidence</span>');
    expect(read('controls/index.html')).toContain('>No evidence</span>');
  });

  test('each scenario lists its pack as a checklist and publishes it as JSON and CSV without any gated file', () => {
    const gatedFiles = graph.artefacts
      .filter((artefact) => artefact.data.access !== 'public' && artefact.data.file)
      .map((artefact) => artefact.data.file!);
    for (const scenario of graph.scenarios) {
      const page = `scenarios/${scenario.id}/index.html`;
      expect(read(page)).toContain('class="entry-list checklist"');
      // The providers' artefacts are headed by the providers' names, as the organisation's are by its own.
      expect(read(page)).toContain('<h3 id="_pack-provider">From Microsoft</h3>');
      expect(hrefs(page)).toEqual(
        expect.arrayContaining([
          `/scenarios/${scenario.id}/evidence-pack.csv`,
          `/scenarios/${scenario.id}/evidence-pack.json`,
        ]),
      );
      const json = read(`scenarios/${scenario.id}/evidence-pack.json`);
      const csv = read(`scenarios/${scenario.id}/evidence-pack.csv`);
      const manifest = JSON.parse(json);
      expect(manifest.items.map((item: { id: string }) => item.id).sort()).toEqual(
        [...scenario.data.artefacts, ...scenario.data.docs, ...scenario.data.frameworks]
          .map((reference) => reference.id)
          .sort(),
      );
      expect(csv.split('\r\n')).toHaveLength(manifest.items.length + 2);
      for (const file of gatedFiles) {
        expect(json).not.toContain(file);
        expect(csv).not.toContain(file);
      }
    }
    const nda = JSON.parse(read('scenarios/customer-due-diligence/evidence-pack.json')).items.find(
      (item: { id: string }) => item.id === 'kestrel-soc-2-type-2-2026',
    );
    expect(nda).toMatchObject({ access: 'nda', group: 'organisation', obtainUrl: expect.stringMatching(/^mailto:/) });
  });
});
