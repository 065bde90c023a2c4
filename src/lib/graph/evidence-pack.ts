import { tenantEvidenceTypes } from '../../schemas/artefacts.ts';
import type { AccessLevel } from '../../schemas/shared.ts';
import { isVisible, type Audience } from '../build/audience.ts';
import { describeFindings, getReadableFindings, type Findings } from '../evidence/findings.ts';
import { describeArtefactDates } from '../present/format.ts';
import { accessLabels, artefactTypeLabels, freshnessLabels } from '../present/labels.ts';
import { getObtainInstructions, type ObtainInstructions } from '../present/obtain.ts';
import { describeFrameworkHolder, getPartyName } from '../present/parties.ts';
import { entryUrl, fileUrl } from '../present/urls.ts';
import { getFrameworkName, type AssuranceGraph } from './assurance-graph.ts';
import type { Freshness } from './freshness.ts';

/** One artefact to gather, with only the metadata this build may publish. */
export interface PackArtefact extends Findings {
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
  /** The findings this build may show as one line: `Qualified opinion · 2 exceptions`. */
  findingsLine?: string | undefined;
  /** The period the audit covered, for a report. */
  auditPeriod?: { start: string; end: string } | undefined;
  issued?: string | undefined;
  validUntil?: string | undefined;
  /** The day an assessment's score was taken; the score itself is among the findings, where they may be read. */
  scoredOn?: string | undefined;
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

/**
 * What to gather for a scenario: provider artefacts, the organisation's own, the evidence taken from its own tenant,
 * documents, and its frameworks.
 */
export interface EvidencePack {
  scenario: { id: string; title: string; href: string };
  /** The build date the freshness states are computed for. */
  asOf: string;
  provider: PackArtefact[];
  organisation: PackArtefact[];
  /** The organisation's configuration exports and assessments of its own tenant. */
  tenant: PackArtefact[];
  docs: PackDoc[];
  frameworks: PackFramework[];
}

/**
 * The evidence pack of a scenario, split into the providers' artefacts, the
 * organisation's own, and the evidence from its own tenant. Each artefact carries
 * how to obtain it: a download only when this build may publish its file, otherwise
 * the portal, role or NDA request; and its findings (opinion, exceptions, score)
 * only when this build may show the artefact itself.
 */
export function getEvidencePack(graph: AssuranceGraph, scenarioId: string, audience: Audience): EvidencePack {
  const scenario = graph.scenario(scenarioId);
  const artefacts: PackArtefact[] = scenario.data.artefacts.map((reference) => {
    const artefact = graph.artefact(reference.id);
    const { data } = artefact;
    const fileHref = data.file && isVisible(data.access, audience) ? fileUrl(data.file) : undefined;
    const successor = data.supersededBy && graph.artefact(data.supersededBy.id);
    const findings = getReadableFindings(artefact, audience);
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
      findingsLine: describeFindings(findings, data.scoredOn),
      auditPeriod: data.auditPeriod,
      issued: data.issued,
      validUntil: data.validUntil,
      scoredOn: data.scoredOn,
      ...findings,
      freshness: artefact.freshness,
      freshnessLabel: freshnessLabels[artefact.freshness],
      successor: successor ? { href: entryUrl('artefacts', successor.id), title: successor.data.title } : undefined,
    };
  });
  const group = (item: PackArtefact): 'provider' | 'organisation' | 'tenant' => {
    const { publisher, type } = graph.artefact(item.id).data;
    if (publisher !== 'organisation') return 'provider';
    return tenantEvidenceTypes.includes(type) ? 'tenant' : 'organisation';
  };
  return {
    scenario: { id: scenario.id, title: scenario.data.title, href: entryUrl('scenarios', scenario.id) },
    asOf: graph.today,
    provider: artefacts.filter((item) => group(item) === 'provider'),
    organisation: artefacts.filter((item) => group(item) === 'organisation'),
    tenant: artefacts.filter((item) => group(item) === 'tenant'),
    docs: scenario.data.docs.map((reference) => {
      const doc = graph.doc(reference.id);
      return { id: doc.id, title: doc.data.title, href: entryUrl('docs', doc.id), description: doc.data.description };
    }),
    frameworks: scenario.data.frameworks.map((reference) => ({
      id: reference.id,
      title: getFrameworkName(graph.framework(reference.id)),
      href: entryUrl('frameworks', reference.id),
      holder: describeFrameworkHolder(graph, reference.id),
    })),
  };
}
