/**
 * Each entry as the catalog export gives it: its fields as written, links to
 * other entries by id, its page's address, and the states the site computes for
 * the build date. Field names are part of the export's interface: see
 * `catalog-schema.ts`, which documents each one, before renaming any.
 */
import type { CollectionName } from '../../schemas/shared.ts';
import type { ArtefactNode, AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { getFrameworkArtefacts, getFrameworkSummary } from '../graph/coverage.ts';
import {
  getControlEvidence,
  getFrameworkEvidenceState,
  getFrameworkHolding,
  getFrameworkStanding,
  isClaimedWithoutEvidence,
} from '../graph/evidence-state.ts';
import { getReviewDue, isUnderReview } from '../graph/freshness.ts';
import { isVisible, type Audience } from '../build/audience.ts';
import { getReadableFindings } from '../evidence/findings.ts';
import { getSubserviceReports } from '../evidence/subservices.ts';
import { getRequirementLabel } from '../present/labels.ts';
import { describeHolding, getPartyName } from '../present/parties.ts';
import { absoluteUrl, coverageUrl, entryUrl, fileUrl, packManifestUrl, requirementUrl } from '../present/urls.ts';
import type { Control } from '../../schemas/controls.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import type { Scenario } from '../../schemas/scenarios.ts';
import type { Service } from '../../schemas/services.ts';
import type { Update } from '../../schemas/updates.ts';
import { getResponsibilityLayers } from './responsibility.ts';
import { withoutDraftField } from '../drafts/drafts.ts';

/** What every converter needs: the graph, which build this is, and the reverse links worked out once. */
export interface CatalogContext {
  graph: AssuranceGraph;
  audience: Audience;
  /** Scenarios naming each framework, and each document, by id. */
  scenariosByFramework: Map<string, string[]>;
  scenariosByDoc: Map<string, string[]>;
}

export const ids = (references: readonly { id: string }[]) => references.map((reference) => reference.id);

/** The fields every entry starts with: its id and the full address of its page. */
export function head(context: CatalogContext, collection: CollectionName, id: string) {
  return { id, url: absoluteUrl(entryUrl(collection, id), context.graph.site.url) };
}

/** A framework: its fields, its requirements with their controls, who holds it, its standing and coverage. */
export function exportFramework(context: CatalogContext, framework: Item<Framework>) {
  const { graph } = context;
  const { data, id } = framework;
  const summary = getFrameworkSummary(graph, id);
  const holding = getFrameworkHolding(graph, id);
  const absolute = (href: string) => absoluteUrl(href, graph.site.url);
  return {
    ...head(context, 'frameworks', id),
    ...withoutDraftField(data),
    requirements: (graph.requirementCoverage.get(id) ?? []).map(({ requirement, controls }) => ({
      id: requirement.id,
      label: getRequirementLabel(requirement),
      title: requirement.title,
      description: requirement.description,
      url: absolute(requirementUrl(framework, requirement.id)),
      controls,
    })),
    holding: { organisation: holding.organisation, providers: holding.providers, text: describeHolding(graph, id) },
    standing: getFrameworkStanding(graph, id),
    evidenceState: getFrameworkEvidenceState(graph, id),
    claimedWithoutEvidence: isClaimedWithoutEvidence(graph, id),
    coverage: {
      url: absolute(coverageUrl(id)),
      requirements: {
        total: summary.requirements.total,
        mapped: summary.requirements.mapped.count,
        evidenced: summary.requirements.evidenced.count,
      },
      controlsByLayer: summary.controls.layers.map((totals) => ({
        operator: totals.layer.operator,
        title: totals.layer.title,
        total: totals.total,
        byResponsibility: counts(totals.byParty),
        byEvidence: counts(totals.byState),
      })),
      artefactsByFreshness: counts(summary.artefacts.byFreshness),
    },
    controls: graph.controlsByFramework.get(id) ?? [],
    artefacts: graph.artefactsByFramework.get(id) ?? [],
    evidence: getFrameworkArtefacts(graph, id),
    scenarios: context.scenariosByFramework.get(id) ?? [],
  };
}

/** The counts of a coverage summary, without their shares. */
const counts = <K extends string>(shares: Record<K, { count: number }>) =>
  Object.fromEntries(Object.entries<{ count: number }>(shares).map(([key, share]) => [key, share.count])) as Record<
    K,
    number
  >;

/**
 * An artefact: its fields, its freshness and report window, and what leans on it; its file only
 * when this build publishes it.
 */
export function exportArtefact(context: CatalogContext, artefact: ArtefactNode) {
  const { graph, audience } = context;
  const { data, id } = artefact;
  const { file, internalNote, scoredOn, ...fields } = withoutDraftField(data);
  const visible = isVisible(data.access, audience);
  const findings = getReadableFindings(artefact, audience);
  return {
    ...head(context, 'artefacts', id),
    ...fields,
    publisherName: getPartyName(graph.site, data.publisher),
    frameworks: ids(data.frameworks),
    services: ids(data.services),
    bridges: ids(data.bridges),
    opinion: findings.opinion,
    exceptions: findings.exceptions,
    score: findings.score,
    scoredOn: findings.score === undefined ? undefined : scoredOn,
    subserviceOrganisations: data.subserviceOrganisations.map((organisation) => ({
      ...organisation,
      reports: getSubserviceReports(graph, artefact, organisation).map((report) => report.id),
    })),
    cuecs: ids(data.cuecs),
    supersedes: data.supersedes?.id,
    supersededBy: data.supersededBy?.id,
    fileUrl: file && visible ? absoluteUrl(fileUrl(file), graph.site.url) : undefined,
    internalNote: audience === 'internal' ? internalNote : undefined,
    freshness: artefact.freshness,
    window: artefact.window,
    editionOverdue: artefact.editionOverdue,
    replaces: artefact.replaces,
    controls: graph.controlsByArtefact.get(id) ?? [],
    scenarios: graph.scenariosByArtefact.get(id) ?? [],
  };
}

/** A control: its fields, its responsibility layer by layer, its evidence state and its review. */
export function exportControl(context: CatalogContext, control: Item<Control>) {
  const { graph, audience } = context;
  const { data, id } = control;
  const { internalNote, ...fields } = withoutDraftField(data);
  const evidence = getControlEvidence(graph, control);
  const review = getReviewDue(control, graph.today, graph.site.controlReviewDays);
  return {
    ...head(context, 'controls', id),
    ...fields,
    services: ids(data.services),
    mappings: data.mappings.map((mapping) => ({ framework: mapping.framework.id, requirements: mapping.requirements })),
    evidence: ids(data.evidence),
    internalNote: audience === 'internal' ? internalNote : undefined,
    layers: getResponsibilityLayers(graph, id),
    evidenceState: evidence.state,
    evidenceSides: evidence.sides,
    reviewDue: review.due,
    reviewOverdue: review.overdue,
  };
}

/** A service: its fields, its operator's name, and the controls and artefacts that apply to it. */
export function exportService(context: CatalogContext, service: Item<Service>) {
  const { graph } = context;
  const { data, id } = service;
  return {
    ...head(context, 'services', id),
    ...withoutDraftField(data),
    operatorName: getPartyName(graph.site, data.operator),
    controls: graph.controlsByService.get(id) ?? [],
    artefacts: graph.artefactsByService.get(id) ?? [],
  };
}

/** A scenario: its fields and the addresses of its evidence pack as JSON and CSV. */
export function exportScenario(context: CatalogContext, scenario: Item<Scenario>) {
  const { data, id } = scenario;
  const absolute = (href: string) => absoluteUrl(href, context.graph.site.url);
  return {
    ...head(context, 'scenarios', id),
    ...withoutDraftField(data),
    frameworks: ids(data.frameworks),
    artefacts: ids(data.artefacts),
    docs: ids(data.docs),
    evidencePack: { json: absolute(packManifestUrl(id, 'json')), csv: absolute(packManifestUrl(id, 'csv')) },
  };
}

/** An update: its fields, with the entries it affects by id. */
export function exportUpdate(context: CatalogContext, update: Item<Update>) {
  const { data, id } = update;
  return {
    ...head(context, 'updates', id),
    ...withoutDraftField(data),
    frameworks: ids(data.frameworks),
    artefacts: ids(data.artefacts),
    controls: ids(data.controls),
    services: ids(data.services),
    docs: ids(data.docs),
  };
}

/** A document: its fields, whether it is reviewed and when, and the scenarios that hand it over. */
export function exportDoc(context: CatalogContext, doc: Item<Doc>) {
  const { graph } = context;
  const { data, id } = doc;
  const reviewed = isUnderReview(doc);
  const review = reviewed ? getReviewDue(doc, graph.today, graph.site.controlReviewDays) : undefined;
  return {
    ...head(context, 'docs', id),
    ...withoutDraftField(data),
    services: ids(data.services),
    frameworks: ids(data.frameworks),
    reviewed,
    reviewDue: review?.due,
    reviewOverdue: review?.overdue,
    scenarios: context.scenariosByDoc.get(id) ?? [],
  };
}
