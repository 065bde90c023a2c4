import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { startBuild, listFiles, type BuildResult } from './build-site.ts';

const content = new URL('../fixtures/restricted/content', import.meta.url).pathname;

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

  beforeAll(async () => {
    [publicBuild, internalBuild] = await Promise.all([
      startBuild(content),
      startBuild(content, { TRUST_CENTER_AUDIENCE: 'internal' }),
    ]);
  });

  test('the public build contains no byte of restricted material', () => {
    expect(publicBuild.status, publicBuild.output).toBe(0);
    const output = readOutput(publicBuild.outDir);
    expect(output.size).toBeGreaterThan(10);
    expect(findMarkers(output)).toEqual([]);
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
