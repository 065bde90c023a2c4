import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { getAttributeValues } from './site-audit.ts';

/** The main content of a page as a reader sees it: tags removed, entities decoded, spaces collapsed. */
function readText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('what the sample site says of audit reports, their findings and the tenant evidence', () => {
  const build = inject('sampleSite');
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');
  const text = (file: string) => readText(read(file));
  const hrefs = (file: string) => getAttributeValues(read(file), 'href');

  test('a public report gives its opinion, exceptions and the Kestrel controls it relies on', () => {
    const page = 'artefacts/m365-soc-2-type-2-2026/index.html';
    expect(text(page)).toContain('Opinion Unqualified opinion Exceptions 2');
    expect(text(page)).toContain('Complementary user entity controls');
    expect(hrefs(page)).toEqual(
      expect.arrayContaining(['/controls/multi-factor-authentication/', '/controls/customer-lockbox-approval/']),
    );
  });

  test("Kestrel's gated report links its carved-out provider's reports, and keeps its opinion out", () => {
    const page = 'artefacts/kestrel-soc-2-type-2-2026/index.html';
    expect(text(page)).toContain(
      'Subservice organisations Microsoft Carved out: its controls are left to its own reports.',
    );
    expect(hrefs(page)).toEqual(
      expect.arrayContaining(['/artefacts/azure-soc-2-type-2-2026/', '/artefacts/m365-soc-2-type-2-2026/']),
    );
    expect(text(page)).not.toMatch(/Opinion|(?<!un)qualified/i);
    expect(text(page)).not.toContain('Exceptions');
  });

  test('a control names the reports that rely on it as a complementary user entity control', () => {
    expect(text('controls/guest-access-settings/index.html')).toContain(
      'Relied on by the Microsoft 365 SOC 2 Type II report, 2026, as a complementary user entity control.',
    );
    expect(text('controls/multi-factor-authentication/index.html')).toContain(
      'Relied on by 2 audit reports as a complementary user entity control.',
    );
    expect(hrefs('controls/product-single-sign-on/index.html')).toContain('/artefacts/kestrel-soc-2-type-2-2026/');
    expect(text('controls/network-isolation/index.html')).not.toContain('Relied on by');
  });

  test('a gated assessment gives the day its score was taken, not the score', () => {
    const page = text('artefacts/kestrel-secure-score-2026-11/index.html');
    expect(page).toContain('Score taken 16 November 2026');
    expect(page).not.toMatch(/\b74\b/);
  });

  test("the internal audit pack lists the evidence from Kestrel Ledger's own tenant apart", () => {
    const page = text('scenarios/internal-audit/index.html');
    const tenant = page.slice(page.indexOf("From Kestrel Ledger's own tenant"));
    expect(tenant).toContain('Kestrel Ledger Compliance Manager ISO/IEC 27001 assessment, November 2026');
    expect(tenant).toContain('Kestrel Ledger Microsoft Secure Score snapshot, November 2026');
    expect(tenant).toContain('Kestrel Ledger tenant settings export, November 2026');
    const csv = read('scenarios/internal-audit/evidence-pack.csv').split('\r\n');
    expect(csv.filter((record) => record.startsWith('tenant,')).map((record) => record.split(',')[2])).toEqual([
      'kestrel-compliance-manager-iso-27001-2026-11',
      'kestrel-secure-score-2026-11',
      'kestrel-tenant-settings-export-2026-11',
    ]);
  });

  test('each new kind of evidence is in a scenario', () => {
    const packs = ['customer-due-diligence', 'regulator-inquiry', 'internal-audit']
      .map((id) => read(`scenarios/${id}/evidence-pack.csv`))
      .join('');
    for (const type of [
      'Configuration export',
      'Assessment',
      'Questionnaire',
      'Legal agreement',
      'Insurance certificate',
    ]) {
      expect(packs).toContain(`,${type},`);
    }
  });
});
