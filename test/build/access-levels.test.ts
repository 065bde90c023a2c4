import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { importResponsibility } from '../../src/lib/responsibility-import/import.ts';
import { buildSite, listFiles, type BuildResult } from './build-site.ts';

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

/** Every marker placed in a restricted spot of the fixture: bodies, notes, files, sections. */
const markers = [
  'LEAKCANARY-NDA-BODY',
  'LEAKCANARY-NDA-NOTE',
  'LEAKCANARY-SIGNIN-BODY',
  'LEAKCANARY-SECTION-IN-GATED',
  'LEAKCANARY-SECTION-IN-PUBLIC-ARTEFACT',
  'LEAKCANARY-RESTRICTED-FILE',
  'LEAKCANARY-CONTROL-NOTE',
  'LEAKCANARY-SECTION-CONTROL',
  'LEAKCANARY-SECTION-MDX',
  'LEAKCANARY-NOT-EXPORTABLE',
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
  return markers.flatMap((marker) =>
    [...output].filter(([, text]) => text.includes(marker)).map(([file]) => `${marker} in ${file}`),
  );
}

describe('access levels', () => {
  let publicBuild: BuildResult;
  let internalBuild: BuildResult;

  beforeAll(() => {
    const content = createContent();
    publicBuild = buildSite(content);
    internalBuild = buildSite(content, { TRUST_CENTER_AUDIENCE: 'internal' });
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
  });

  test('the internal build contains every restricted marker', () => {
    expect(internalBuild.status, internalBuild.output).toBe(0);
    const found = new Set(findMarkers(readOutput(internalBuild.outDir)).map((entry) => entry.split(' in ')[0]));
    expect([...found].sort()).toEqual([...markers].sort());
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
