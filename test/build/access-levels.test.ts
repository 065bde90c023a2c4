import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { importResponsibility } from '../../src/lib/responsibility-import/import.ts';
import { startBuild, listFiles, type BuildResult } from './build-site.ts';

const fixture = new URL('../fixtures/restricted/content', import.meta.url).pathname;

/**
 * The restricted fixture with a provider's matrix imported into it, one row of which the provider marks as not
 * exportable: the importer keeps that text for the internal note only.
 */
function createContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'trust-center-restricted-'));
  const content = join(root, 'content');
  cpSync(fixture, content, { recursive: true });
  const matrix = join(root, 'matrix.csv');
  writeFileSync(
    matrix,
    'requirement,provider,customer,exportable\n' +
      'cc6.1,LEAKCANARY-NOT-EXPORTABLE how CloudCo runs it inside,,false\n' +
      'cc6.1,CloudCo offers sign-in controls.,Turn them on.,true\n',
  );
  const outcome = importResponsibility({
    sourceFile: matrix,
    providerId: 'cloudco',
    frameworkId: 'soc-2',
    contentDir: content,
    projectRoot: root,
    services: ['app'],
  });
  expect(outcome.problems).toEqual([]);
  expect(outcome.created).toEqual(['content/controls/cloudco-cc6-1.md']);
  return content;
}

const opinionMarker = /adverse/i;
const exceptionsMarker = /(?<![\w.])7319(?![\w])/;
const scoreMarker = /(?<![\w.])61\.73(?!\d)/;

/**
 * Every marker placed in a restricted spot of the fixture: bodies, notes, files, sections, and the findings of gated
 * artefacts. Findings are values, not text, so they are values nothing public in the fixture has, found however they
 * are written: the NDA report's opinion (`adverse`) and exceptions (`7319`), the sign-in assessment's score (`61.73`).
 */
const markers: readonly (string | RegExp)[] = [
  'LEAKCANARY-NDA-BODY',
  'LEAKCANARY-NDA-NOTE',
  'LEAKCANARY-SIGNIN-BODY',
  'LEAKCANARY-SECTION-IN-GATED',
  'LEAKCANARY-SECTION-IN-PUBLIC-ARTEFACT',
  'LEAKCANARY-RESTRICTED-FILE',
  'LEAKCANARY-CONTROL-NOTE',
  'LEAKCANARY-SECTION-CONTROL',
  'LEAKCANARY-SECTION-MDX',
  'LEAKCANARY-SUBPROCESSOR-NOTE',
  'LEAKCANARY-SECTION-SUBPROCESSOR',
  'LEAKCANARY-FAQ-NOTE',
  'LEAKCANARY-SECTION-FAQ',
  'LEAKCANARY-SCORE-BODY',
  opinionMarker,
  exceptionsMarker,
  scoreMarker,
  'LEAKCANARY-SECTION-UPDATE',
  'LEAKCANARY-NOT-EXPORTABLE',
];

/**
 * The markers in fields (internal notes, text an imported matrix marks not exportable, and the findings of gated
 * artefacts), which the internal catalog export carries; the others are in entry bodies and files, which the export
 * links to rather than copies.
 */
const fieldMarkers = [
  'LEAKCANARY-CONTROL-NOTE',
  'LEAKCANARY-NDA-NOTE',
  'LEAKCANARY-SUBPROCESSOR-NOTE',
  'LEAKCANARY-FAQ-NOTE',
  'LEAKCANARY-NOT-EXPORTABLE',
  opinionMarker,
  exceptionsMarker,
  scoreMarker,
];

/**
 * The catalog's schema is written from code alone, never from content (a test compares it across the two builds),
 * and names every opinion an auditor may give, `adverse` among them: the opinion marker is not looked for in it.
 */
const schemaFile = 'schemas/catalog.schema.json';

/** The machine-readable exports: the catalog and its CSV tables, its schema, and the OSCAL component definition. */
const exportFiles = /^(catalog\.json|catalog\/.*\.csv|schemas\/.*\.json|oscal\/.*\.json)$/;
const expectedExports = [
  'catalog.json',
  ...[
    'artefacts',
    'controls',
    'docs',
    'faq',
    'frameworks',
    'requirements',
    'scenarios',
    'services',
    'subprocessors',
    'updates',
  ].map((table) => `catalog/${table}.csv`),
  'oscal/component-definition.json',
  'schemas/catalog.schema.json',
];

/**
 * The text of every output file, gzip-compressed ones (such as the search index)
 * decompressed, so a marker cannot hide in any byte of the output.
 */
function readOutput(outDir: string): Map<string, string> {
  return new Map(
    listFiles(outDir).map((file) => {
      const bytes = readFileSync(join(outDir, file));
      const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return [file, (isGzip ? gunzipSync(bytes) : bytes).toString('latin1')];
    }),
  );
}

function findMarkers(output: Map<string, string>): string[] {
  const has = (text: string, marker: string | RegExp) =>
    typeof marker === 'string' ? text.includes(marker) : marker.test(text);
  return markers.flatMap((marker) =>
    [...output]
      .filter(([file, text]) => has(text, marker) && !(file === schemaFile && marker === opinionMarker))
      .map(([file]) => `${String(marker)} in ${file}`),
  );
}

describe('access levels', () => {
  let publicBuild: BuildResult;
  let internalBuild: BuildResult;

  beforeAll(async () => {
    const content = createContent();
    [publicBuild, internalBuild] = await Promise.all([
      startBuild(content),
      startBuild(content, { TRUST_CENTER_AUDIENCE: 'internal' }),
    ]);
  });

  test('the public build contains no byte of restricted material', () => {
    expect(publicBuild.status, publicBuild.output).toBe(0);
    const output = readOutput(publicBuild.outDir);
    expect(output.size).toBeGreaterThan(10);
    // The scan covers the outputs for programs too: llms.txt, the Markdown twins and the file manifest.
    expect([...output.keys()]).toEqual(
      expect.arrayContaining(['llms.txt', 'manifest.json', 'controls/mfa.md', 'controls/cloudco-cc6-1.md']),
    );
    expect(findMarkers(output)).toEqual([]);
  });

  test('the public feeds are scanned, and announce the gated artefact and the update whose text is restricted', () => {
    const output = readOutput(publicBuild.outDir);
    const feeds = [...output.keys()].filter((file) => file.startsWith('feeds/'));
    expect(feeds).toEqual(expect.arrayContaining(['feeds/rss.xml', 'feeds/atom.xml', 'feeds/feed.json']));
    const titles = JSON.parse(output.get('feeds/feed.json')!).items.map((item: { title: string }) => item.title);
    // The update names the NDA report and is dated the day it was issued, so it stands for its publication.
    expect(titles).toContain('New SOC 2 report');
    expect(output.get('feeds/frameworks/soc-2/atom.xml')).toContain('New SOC 2 report');
  });

  test('the public manifest lists only the files the public build publishes', () => {
    const manifest = JSON.parse(readOutput(publicBuild.outDir).get('manifest.json')!);
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(['/files/certificate.pdf']);
  });

  test('the public build keeps public material and says where restricted sections were', () => {
    const output = readOutput(publicBuild.outDir);
    expect(output.get('files/certificate.pdf')).toContain('PUBLIC-FILE-VISIBLE');
    const control = output.get('controls/mfa/index.html')!;
    expect(control).toContain('PUBLIC-CONTROL-BODY');
    expect(control).toContain('Part of this section is restricted.');
    expect(control).toContain('Text after the section stays public.');
    expect(output.get('robots.txt')).toContain('Allow: /');
    expect(control).not.toContain('noindex');
    // The FAQ's structured data and the subprocessors' downloads are scanned like every other file.
    const faq = output.get('faq/index.html')!;
    expect(faq.match(/PUBLIC-FAQ-ANSWER/g)).toHaveLength(2);
    expect(faq).toContain('application/ld+json');
    expect(output.get('faq/encryption.md')).toContain('## Answer\n\nPUBLIC-FAQ-ANSWER With keys held');
    expect(output.get('subprocessors/subprocessors.csv')).toContain('Mailer Ltd');
    expect(output.get('subprocessors/subprocessors.json')).toContain('Mailer Ltd');
  });

  test("the public build shows a public report's findings and any report's subservice organisations and CUECs", () => {
    const output = readOutput(publicBuild.outDir);
    const providerReport = output.get('artefacts/cloud-soc-2-report/index.html')!;
    expect(providerReport).toContain('>Unqualified opinion</dd>');
    expect(providerReport).toContain('href="/controls/mfa/"');
    const gatedReport = output.get('artefacts/soc-2-report/index.html')!;
    expect(gatedReport).toContain('Carved out: its controls are left to its own reports');
    expect(gatedReport).toContain('href="/artefacts/cloud-soc-2-report/"');
    expect(output.get('controls/mfa/index.html')).toContain(
      'Relied on by the CloudCo SOC 2 report as a complementary user entity control.',
    );
    expect(output.get('scenarios/due-diligence/evidence-pack.csv')).toContain(',unqualified,0,,,');
  });

  test('the public build writes the exports, and none holds a marker', () => {
    const output = readOutput(publicBuild.outDir);
    const exports = [...output.keys()].filter((file) => exportFiles.test(file));
    expect(exports).toEqual(expectedExports);
    expect(findMarkers(new Map(exports.map((file) => [file, output.get(file)!])))).toEqual([]);
  });

  test("the internal build's exports hold the restricted fields", () => {
    const output = readOutput(internalBuild.outDir);
    const exports = new Map([...output].filter(([file]) => exportFiles.test(file)));
    expect([...exports.keys()]).toEqual(expectedExports);
    const found = new Set(findMarkers(exports).map((entry) => entry.split(' in ')[0]));
    expect([...found].sort()).toEqual(fieldMarkers.map(String).sort());
    expect(exports.get(schemaFile)).toBe(readOutput(publicBuild.outDir).get(schemaFile));
  });

  test('the internal build contains every restricted marker', () => {
    expect(internalBuild.status, internalBuild.output).toBe(0);
    const found = new Set(findMarkers(readOutput(internalBuild.outDir)).map((entry) => entry.split(' in ')[0]));
    expect([...found].sort()).toEqual(markers.map(String).sort());
  });

  test('the internal build is marked as internal and closed to crawlers', () => {
    const output = readOutput(internalBuild.outDir);
    const pages = [...output].filter(([file]) => file.endsWith('.html'));
    expect(
      pages
        .filter(([, html]) => !html.includes('<meta name="robots" content="noindex, nofollow">'))
        .map(([file]) => file),
    ).toEqual([]);
    expect(pages.filter(([, html]) => !html.includes('Internal edition.')).map(([file]) => file)).toEqual([]);
    expect(output.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(output.get('_headers')).toContain('X-Robots-Tag: noindex, nofollow');
  });
});
