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

/** The sample built once at each date, for every test of this file. */
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

describe('audit reports going stale, at three build dates', () => {
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

  const staleOnSampleDate =
    'on the sample date the reports past their window are stale, and the bridge letter keeps its reports current';
  test(staleOnSampleDate, () => {
    expect(listed(builds.november, 'stale')).toEqual(['m365-iso-27001-audit-report', 'azure-irap-assessment-report']);
    expect(listed(builds.november, 'bridge-needed')).toEqual([
      'azure-c5-attestation-report',
      'm365-soc-3-2026',
      'azure-soc-2-type-2-2026',
    ]);
    expect(listed(builds.november, 'edition-overdue')).toEqual(['azure-irap-assessment-report']);
  });

  test('in January the bridge letter is more than three months old, so its reports need a new one', () => {
    expect(listed(builds.january, 'bridge-needed')).toEqual(
      expect.arrayContaining(['m365-soc-1-type-2-2026', 'm365-soc-2-type-2-2026']),
    );
  });

  test("a report's page says what it is covered through, by which letter, and the days nothing covers", () => {
    const page = readFileSync(join(builds.november.outDir, 'artefacts/m365-soc-2-type-2-2026/index.html'), 'utf8');
    expect(page).toMatch(/Covered through<\/dt> <dd[^>]*>30 September 2026<\/dd>/);
    expect(page).toContain('href="/artefacts/m365-soc-bridge-letter-2026/"');
    expect(page).toMatch(/Days not covered<\/dt> <dd[^>]*>60 days since then<\/dd>/);
    const letter = readFileSync(
      join(builds.november.outDir, 'artefacts/m365-soc-bridge-letter-2026/index.html'),
      'utf8',
    );
    expect(letter).toContain('href="/artefacts/m365-soc-1-type-2-2026/"');
    expect(letter).toMatch(/Covers through<\/dt> <dd[^>]*>30 September 2026<\/dd>/);
    const stale = readFileSync(
      join(builds.november.outDir, 'artefacts/azure-irap-assessment-report/index.html'),
      'utf8',
    );
    expect(stale).toContain('<span class="badge badge-stale">');
    expect(stale).toContain('<span class="badge badge-edition-overdue">');
  });
});

/** A built page's visible text, tags and styles removed and spaces collapsed, to read totals as a reader does. */
function pageText(build: BuildResult, page: string): string {
  return readFileSync(join(build.outDir, page), 'utf8')
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the two layers of shared responsibility, at three build dates', () => {
  test('the home page and the matrix count each layer apart, each party by name, at every date', () => {
    const microsoft = '15 Microsoft 39% 16 Kestrel Ledger 42% 7 Microsoft · Kestrel Ledger 18%';
    const own = '5 Kestrel Ledger 42% 0 Customers of Kestrel Ledger 0% 7 Kestrel Ledger · its customers 58%';
    for (const build of Object.values(builds)) {
      expect(build.status, build.output).toBe(0);
      const home = pageText(build, 'index.html');
      expect(home).toContain(`Microsoft · Kestrel Ledger: controls by party (38) ${microsoft} `);
      expect(home).toContain(`Kestrel Ledger · its customers: controls by party (12) ${own} `);
      const matrix = pageText(build, 'responsibility/index.html');
      expect(matrix).toContain(
        `Microsoft · Kestrel Ledger: controls by party (38 controls) ${microsoft.replace(/(\d+%)/g, '($1)')} `,
      );
      expect(matrix).toContain(
        `Kestrel Ledger · its customers: controls by party (12 controls) ${own.replace(/(\d+%)/g, '($1)')} `,
      );
      // The layers are never added together, nor told apart only as "provider" and "customer".
      for (const text of [home, matrix]) {
        expect(text).not.toContain('50 controls');
        expect(text).not.toMatch(/\b(provider|customer|shared) controls\b/i);
      }
    }
  });

  test('the evidence of each layer is counted apart, and changes with the build date', () => {
    const evidence = (name: keyof typeof dates) => {
      const home = pageText(builds[name], 'index.html');
      const line = (layer: string) => {
        const start = home.indexOf(`${layer}: controls by evidence`);
        return home.slice(start, home.indexOf(' Evidence expired', start));
      };
      return [line('Microsoft · Kestrel Ledger'), line('Kestrel Ledger · its customers')];
    };
    expect(evidence('november')).toEqual([
      'Microsoft · Kestrel Ledger: controls by evidence (38) 29 Evidenced 76% 4 Evidence due for renewal 11% ' +
        '2 Evidenced on one side only 5% 1',
      'Kestrel Ledger · its customers: controls by evidence (12) 11 Evidenced 92% 0 Evidence due for renewal 0% ' +
        '0 Evidenced on one side only 0% 0',
    ]);
    expect(evidence('september')).not.toEqual(evidence('january'));
  });

  test('the sample has no control spanning both layers: vulnerability management is split at the code', () => {
    const own = pageText(builds.november, 'controls/application-vulnerability-management/index.html');
    expect(own).toContain('Responsibility: Kestrel Ledger ');
    expect(own).toContain(
      ' Customers of Kestrel Ledger do Nothing: this control is carried out by Kestrel Ledger alone.',
    );
    const azure = pageText(builds.november, 'controls/azure-runtime-patching/index.html');
    expect(azure).toContain('Responsibility: Microsoft · Kestrel Ledger ');
    expect(azure).toContain(' Microsoft does Microsoft patches the operating systems');
  });
});

describe('who holds each framework, at three build dates', () => {
  const heldApart =
    'the home page counts frameworks held apart from those inherited, and framework pages say who holds them';
  test(heldApart, () => {
    for (const build of Object.values(builds)) {
      const home = pageText(build, 'index.html');
      expect(home).toContain(' Frameworks Kestrel Ledger holds (3) ');
      expect(home).toContain(" Inherited from Kestrel Ledger's providers (16) ");
      expect(home).not.toContain('frameworks met');
      expect(pageText(build, 'frameworks/soc-2/index.html')).toContain(
        ' Who holds it Held by Kestrel Ledger and by Microsoft ',
      );
      expect(pageText(build, 'frameworks/c5/index.html')).toContain(' Who holds it Inherited from Microsoft ');
    }
  });

  test("the home page's cards give a report's bridge, and a bridge letter needed, beside its audit period", () => {
    const home = pageText(builds.november, 'index.html');
    expect(home).toContain(
      ' SOC 1 Attestation Inherited from Microsoft Audit period 1 April 2025 to 31 March 2026, bridged through ' +
        '30 September 2026 ',
    );
    expect(home).toContain(
      ' C5 Attestation Inherited from Microsoft Audit period 1 April 2025 to 31 March 2026 Bridge letter needed ',
    );
    // In January the letter's own three months have passed as well.
    expect(pageText(builds.january, 'index.html')).toContain(
      ' SOC 1 Attestation Inherited from Microsoft Audit period 1 April 2025 to 31 March 2026, bridged through ' +
        '30 September 2026 Bridge letter needed ',
    );
  });

  test("a framework's page marks its provider's stale report as stale on the sample date, and only then", () => {
    const report = ' Microsoft 365 ISO/IEC 27001 surveillance audit report Stale ';
    expect(pageText(builds.november, 'frameworks/iso-27001/index.html')).toContain(report);
    expect(pageText(builds.november, 'frameworks/irap/index.html')).toContain(' Azure IRAP assessment report Stale ');
    expect(pageText(builds.september, 'frameworks/iso-27001/index.html')).not.toContain(report);
  });
});
