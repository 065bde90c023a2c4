import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { startBuild, type BuildResult } from './build-site.ts';
import { getAttributeValues } from './site-audit.ts';

const sampleContent = new URL('../../content', import.meta.url).pathname;

/** The build dates, as `SOURCE_DATE_EPOCH`: mid-September 2026, the sample's own date, mid-January 2027. */
const dates = { september: '1789430400', november: '1795910400', january: '1799971200' } as const;

/** The artefacts an attention section of a build links to, by the section's id. */
function listed(build: BuildResult, kind: string): string[] {
  const page = readFileSync(join(build.outDir, 'attention/index.html'), 'utf8');
  const start = page.indexOf(`id="${kind}"`);
  const end = page.indexOf('<h2', start + 1);
  return getAttributeValues(page.slice(start, end === -1 ? undefined : end), 'href')
    .filter((href) => href.startsWith('/artefacts/'))
    .map((href) => href.slice('/artefacts/'.length, -1));
}

describe('audit reports going stale, at three build dates', () => {
  const builds = {} as Record<keyof typeof dates, BuildResult>;

  beforeAll(async () => {
    const named = Object.entries(dates) as [keyof typeof dates, string][];
    const built = await Promise.all(
      named.map(([, epoch]) =>
        startBuild(sampleContent, { TRUST_CENTER_AUDIENCE: 'internal', SOURCE_DATE_EPOCH: epoch }),
      ),
    );
    named.forEach(([name], index) => (builds[name] = built[index]!));
  });

  test('each build succeeds', () => {
    for (const build of Object.values(builds)) expect(build.status, build.output).toBe(0);
  });

  test('in September nothing is stale; reports more than three months past their period need a bridge', () => {
    expect(listed(builds.september, 'stale')).toEqual([]);
    expect(listed(builds.september, 'bridge-needed')).toEqual(
      expect.arrayContaining([
        'm365-iso-27001-audit-report',
        'azure-irap-assessment-report',
        'azure-c5-attestation-report',
      ]),
    );
    expect(listed(builds.september, 'bridge-needed')).not.toContain('m365-soc-2-type-2-2026');
    expect(listed(builds.september, 'bridge-needed')).not.toContain('azure-soc-2-type-2-2026');
  });

  test(
    'on the sample date the reports past their window are stale, ' + 'and the bridge letter keeps its reports current',
    () => {
      expect(listed(builds.november, 'stale')).toEqual(['m365-iso-27001-audit-report', 'azure-irap-assessment-report']);
      expect(listed(builds.november, 'bridge-needed')).toEqual([
        'azure-c5-attestation-report',
        'm365-soc-3-2026',
        'azure-soc-2-type-2-2026',
      ]);
      expect(listed(builds.november, 'edition-overdue')).toEqual(['azure-irap-assessment-report']);
    },
  );

  test('in January the bridge letter is more than three months old, so its reports need a new one', () => {
    expect(listed(builds.january, 'bridge-needed')).toEqual(
      expect.arrayContaining(['m365-soc-1-type-2-2026', 'm365-soc-2-type-2-2026']),
    );
  });

  test("a report's page says what it is covered through, by which letter, and the days nothing covers", () => {
    const page = readFileSync(join(builds.november.outDir, 'artefacts/m365-soc-2-type-2-2026/index.html'), 'utf8');
    expect(page).toMatch(/Covered through<\/dt><dd[^>]*>30 September 2026<\/dd>/);
    expect(page).toContain('href="/artefacts/m365-soc-bridge-letter-2026/"');
    expect(page).toMatch(/Days not covered<\/dt><dd[^>]*>60 days since then<\/dd>/);
    const letter = readFileSync(
      join(builds.november.outDir, 'artefacts/m365-soc-bridge-letter-2026/index.html'),
      'utf8',
    );
    expect(letter).toContain('href="/artefacts/m365-soc-1-type-2-2026/"');
    expect(letter).toMatch(/Covers through<\/dt><dd[^>]*>30 September 2026<\/dd>/);
    const stale = readFileSync(
      join(builds.november.outDir, 'artefacts/azure-irap-assessment-report/index.html'),
      'utf8',
    );
    expect(stale).toContain('<span class="badge badge-stale">');
    expect(stale).toContain('<span class="badge badge-edition-overdue">');
  });
});
