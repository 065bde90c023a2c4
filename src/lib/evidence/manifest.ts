import { formatCsv } from '../present/csv.ts';
import { absoluteUrl } from '../present/urls.ts';
import type { EvidencePack, PackArtefact } from '../graph/evidence-pack.ts';
import type { Freshness } from '../graph/freshness.ts';
import type { AccessLevel } from '../../schemas/shared.ts';
import type { Findings } from './findings.ts';

/** One line of a manifest: an artefact, a document or a framework, with absolute URLs. */
export interface ManifestItem extends Findings {
  group: 'provider' | 'organisation' | 'tenant' | 'docs' | 'frameworks';
  kind: 'artefact' | 'document' | 'framework';
  id: string;
  title: string;
  url: string;
  type: string;
  publisher?: string | undefined;
  access?: AccessLevel | undefined;
  /** What the reader needs to obtain it, and where to go. */
  howToObtain?: string | undefined;
  obtainUrl?: string | undefined;
  /** The first and last day the audit covered, for a report. */
  auditPeriodStart?: string | undefined;
  auditPeriodEnd?: string | undefined;
  issued?: string | undefined;
  validUntil?: string | undefined;
  scoredOn?: string | undefined;
  freshness?: Freshness | undefined;
  /** Who holds a framework, in words: `Held by Kestrel Ledger and by Microsoft`. */
  holder?: string | undefined;
}

/** The pack as manifest items, with absolute URLs on the site's address. */
export function getManifestItems(pack: EvidencePack, siteUrl: string): ManifestItem[] {
  const absolute = (href: string) => absoluteUrl(href, siteUrl);
  const artefact =
    (group: 'provider' | 'organisation' | 'tenant') =>
    (item: PackArtefact): ManifestItem => ({
      group,
      kind: 'artefact',
      id: item.id,
      title: item.title,
      url: absolute(item.href),
      type: item.type,
      publisher: item.publisher,
      access: item.access,
      howToObtain: [item.obtain.summary, item.obtain.note].filter(Boolean).join(' '),
      obtainUrl:
        item.obtain.action &&
        (item.obtain.action.href.startsWith('mailto:') ? item.obtain.action.href : absolute(item.obtain.action.href)),
      auditPeriodStart: item.auditPeriod?.start,
      auditPeriodEnd: item.auditPeriod?.end,
      issued: item.issued,
      validUntil: item.validUntil,
      opinion: item.opinion,
      exceptions: item.exceptions,
      score: item.score,
      scoredOn: item.scoredOn,
      freshness: item.freshness,
    });
  return [
    ...pack.provider.map(artefact('provider')),
    ...pack.organisation.map(artefact('organisation')),
    ...pack.tenant.map(artefact('tenant')),
    ...pack.docs.map((doc): ManifestItem => ({
      group: 'docs',
      kind: 'document',
      id: doc.id,
      title: doc.title,
      url: absolute(doc.href),
      type: 'Document',
    })),
    ...pack.frameworks.map((framework): ManifestItem => ({
      group: 'frameworks',
      kind: 'framework',
      id: framework.id,
      title: framework.title,
      url: absolute(framework.href),
      type: 'Framework',
      holder: framework.holder,
    })),
  ];
}

/** The pack as JSON: the scenario, the build date and every item, keys in a fixed order. */
export function formatManifestJson(pack: EvidencePack, siteUrl: string): string {
  const manifest = {
    scenario: { id: pack.scenario.id, title: pack.scenario.title, url: absoluteUrl(pack.scenario.href, siteUrl) },
    asOf: pack.asOf,
    items: getManifestItems(pack, siteUrl),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Columns of the CSV manifest, in order. */
export const manifestColumns = [
  'group',
  'kind',
  'id',
  'title',
  'url',
  'type',
  'publisher',
  'access',
  'howToObtain',
  'obtainUrl',
  'auditPeriodStart',
  'auditPeriodEnd',
  'issued',
  'validUntil',
  'opinion',
  'exceptions',
  'score',
  'scoredOn',
  'freshness',
  'holder',
] as const satisfies readonly (keyof ManifestItem)[];

/** The pack as CSV (RFC 4180), one item a record after a header record. */
export function formatManifestCsv(pack: EvidencePack, siteUrl: string): string {
  const items = getManifestItems(pack, siteUrl);
  return formatCsv([manifestColumns, ...items.map((item) => manifestColumns.map((column) => item[column]))]);
}
