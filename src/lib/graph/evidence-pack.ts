import type { AccessLevel } from '../../schemas/shared.ts';
import { isVisible, type Audience } from '../build/audience.ts';
import { formatCsv } from '../present/csv.ts';
import { describeArtefactDates } from '../present/format.ts';
import { accessLabels, artefactTypeLabels, freshnessLabels } from '../present/labels.ts';
import { getObtainInstructions, type ObtainInstructions } from '../present/obtain.ts';
import { describeHolding, getPartyName } from '../present/parties.ts';
import { absoluteUrl, entryUrl, fileUrl } from '../present/urls.ts';
import { getFrameworkName, type AssuranceGraph } from './assurance-graph.ts';
import type { Freshness } from './freshness.ts';

/** One artefact to gather, with only the metadata any build may publish. */
export interface PackArtefact {
  id: string;
  title: string;
  /** The artefact's page on this site. */
  href: string;
  type: string;
  publisher: string;
  access: AccessLevel;
  accessLabel: string;
  obtain: ObtainInstructions;
  /** Audit period, issue and validity dates as one line. */
  dates?: string | undefined;
  /** The period the audit covered, for a report. */
  auditPeriod?: { start: string; end: string } | undefined;
  issued?: string | undefined;
  validUntil?: string | undefined;
  freshness: Freshness;
  freshnessLabel: string;
  /** The newer artefact to gather instead, when this one is superseded. */
  successor?: { href: string; title: string } | undefined;
}

/** A document of this site to read or hand over. */
export interface PackDoc {
  id: string;
  title: string;
  href: string;
  description: string;
}

/** A framework the scenario is about, and who holds it in words: `Inherited from Microsoft`. */
export interface PackFramework {
  id: string;
  title: string;
  href: string;
  holder: string;
}

/** What to gather for a scenario: provider artefacts, the organisation's own, documents, and its frameworks. */
export interface EvidencePack {
  scenario: { id: string; title: string; href: string };
  /** The build date the freshness states are computed for. */
  asOf: string;
  provider: PackArtefact[];
  organisation: PackArtefact[];
  docs: PackDoc[];
  frameworks: PackFramework[];
}

/**
 * The evidence pack of a scenario, split into the providers' artefacts and the
 * organisation's own. Each artefact carries how to obtain it: a download only
 * when this build may publish its file, otherwise the portal, role or NDA request.
 */
export function getEvidencePack(graph: AssuranceGraph, scenarioId: string, audience: Audience): EvidencePack {
  const scenario = graph.scenario(scenarioId);
  const artefacts: PackArtefact[] = scenario.data.artefacts.map((reference) => {
    const artefact = graph.artefact(reference.id);
    const { data } = artefact;
    const fileHref = data.file && isVisible(data.access, audience) ? fileUrl(data.file) : undefined;
    const successor = data.supersededBy && graph.artefact(data.supersededBy.id);
    return {
      id: artefact.id,
      title: data.title,
      href: entryUrl('artefacts', artefact.id),
      type: artefactTypeLabels[data.type],
      publisher: getPartyName(graph.site, data.publisher),
      access: data.access,
      accessLabel: accessLabels[data.access],
      obtain: getObtainInstructions(graph, artefact, fileHref),
      dates: describeArtefactDates(artefact),
      auditPeriod: data.auditPeriod,
      issued: data.issued,
      validUntil: data.validUntil,
      freshness: artefact.freshness,
      freshnessLabel: freshnessLabels[artefact.freshness],
      successor: successor ? { href: entryUrl('artefacts', successor.id), title: successor.data.title } : undefined,
    };
  });
  const isOwn = (item: PackArtefact) => graph.artefact(item.id).data.publisher === 'organisation';
  return {
    scenario: { id: scenario.id, title: scenario.data.title, href: entryUrl('scenarios', scenario.id) },
    asOf: graph.today,
    provider: artefacts.filter((item) => !isOwn(item)),
    organisation: artefacts.filter(isOwn),
    docs: scenario.data.docs.map((reference) => {
      const doc = graph.doc(reference.id);
      return { id: doc.id, title: doc.data.title, href: entryUrl('docs', doc.id), description: doc.data.description };
    }),
    frameworks: scenario.data.frameworks.map((reference) => ({
      id: reference.id,
      title: getFrameworkName(graph.framework(reference.id)),
      href: entryUrl('frameworks', reference.id),
      holder: describeHolding(graph, reference.id),
    })),
  };
}

/** One line of a manifest: an artefact, a document or a framework, with absolute URLs. */
export interface ManifestItem {
  group: 'provider' | 'organisation' | 'docs' | 'frameworks';
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
  freshness?: Freshness | undefined;
  /** Who holds a framework, in words: `Held by Kestrel Ledger and by Microsoft`. */
  holder?: string | undefined;
}

/** The pack as manifest items, with absolute URLs on the site's address. */
export function getManifestItems(pack: EvidencePack, siteUrl: string): ManifestItem[] {
  const absolute = (href: string) => absoluteUrl(href, siteUrl);
  const artefact =
    (group: 'provider' | 'organisation') =>
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
      freshness: item.freshness,
    });
  return [
    ...pack.provider.map(artefact('provider')),
    ...pack.organisation.map(artefact('organisation')),
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
  'freshness',
  'holder',
] as const satisfies readonly (keyof ManifestItem)[];

/** The pack as CSV (RFC 4180), one item a record after a header record. */
export function formatManifestCsv(pack: EvidencePack, siteUrl: string): string {
  const items = getManifestItems(pack, siteUrl);
  return formatCsv([manifestColumns, ...items.map((item) => manifestColumns.map((column) => item[column]))]);
}
