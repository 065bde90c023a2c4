import { responsibilities, type Responsibility } from '../../schemas/shared.ts';
import { groupByLayer, type ResponsibilityLayer } from '../responsibility/layers.ts';
import type { AssuranceGraph } from './assurance-graph.ts';
import { evidenceStates, getControlEvidenceState, isEvidenced, type EvidenceState } from './evidence-state.ts';
import type { Freshness } from './freshness.ts';
import { perGraph } from './memo.ts';

/** A count with its share of a total, for summaries. */
export interface Share {
  count: number;
  /** Whole percent of the total, or undefined when the total is 0. */
  percent: number | undefined;
}

/** A count and its whole-percent share of a total. */
export function getShare(count: number, total: number): Share {
  return { count, percent: total === 0 ? undefined : Math.round((count / total) * 100) };
}

/** The controls of one layer counted by who carries them out and by evidence, each with its share of the layer. */
export interface LayerTotals {
  layer: ResponsibilityLayer;
  total: number;
  byParty: Record<Responsibility, Share>;
  byState: Record<EvidenceState, Share>;
}

/** Counts values by key, each with its share of a total. */
function countBy<K extends string>(keys: readonly K[], values: readonly K[], total: number): Record<K, Share> {
  return Object.fromEntries(
    keys.map((key) => [key, getShare(values.filter((value) => value === key).length, total)]),
  ) as Record<K, Share>;
}

/**
 * Controls per party and per evidence state in each layer of shared
 * responsibility, never added across layers: a provider and a customer are other
 * parties in each. Every page of a view shows the same totals, so they are
 * counted once per list of controls, not once per page.
 */
export const getLayerTotals = perGraph((graph, controlIds: readonly string[]): LayerTotals[] =>
  groupByLayer(graph, controlIds).map(({ layer, controls }) => ({
    layer,
    total: controls.length,
    byParty: countBy(
      responsibilities,
      controls.map((id) => graph.control(id).data.responsibility),
      controls.length,
    ),
    byState: countBy(
      evidenceStates,
      controls.map((id) => getControlEvidenceState(graph, id)),
      controls.length,
    ),
  })),
);

/** The numbers that head a coverage page and the home page. */
export interface CoverageSummary {
  /** Requirements listed, and how many have a control and evidenced control. */
  requirements: { total: number; mapped: Share; unmapped: Share; evidenced: Share };
  /** Controls counted in each layer of shared responsibility apart. */
  controls: { total: number; layers: LayerTotals[] };
  /** Artefacts relied on: cited by the controls or naming the frameworks. */
  artefacts: { total: number; byFreshness: Record<Freshness, Share> };
}

/** The states of artefacts in the order summaries count and show them. */
export const freshnessOrder = [
  'current',
  'expiring',
  'bridge-needed',
  'stale',
  'expired',
  'superseded',
  'withdrawn',
] as const satisfies readonly Freshness[];

/** Counts requirements, controls (layer by layer) and artefacts by party and state. */
export function summariseCoverage(
  graph: AssuranceGraph,
  requirements: readonly { controls: readonly string[] }[],
  controlIds: readonly string[],
  artefactIds: readonly string[],
): CoverageSummary {
  const mapped = requirements.filter((requirement) => requirement.controls.length > 0).length;
  const evidenced = requirements.filter((requirement) =>
    requirement.controls.some((id) => isEvidenced(getControlEvidenceState(graph, id))),
  ).length;
  const freshness = artefactIds.map((id) => graph.artefact(id).freshness);
  return {
    requirements: {
      total: requirements.length,
      mapped: getShare(mapped, requirements.length),
      unmapped: getShare(requirements.length - mapped, requirements.length),
      evidenced: getShare(evidenced, requirements.length),
    },
    controls: {
      total: controlIds.length,
      layers: getLayerTotals(graph, controlIds),
    },
    artefacts: { total: artefactIds.length, byFreshness: countBy(freshnessOrder, freshness, artefactIds.length) },
  };
}

/** The artefacts a framework relies on: those its controls cite and those naming it, in display order. */
export const getFrameworkArtefacts = perGraph((graph, frameworkId): readonly string[] => {
  const ids = new Set(graph.artefactsByFramework.get(frameworkId) ?? []);
  for (const controlId of graph.controlsByFramework.get(frameworkId) ?? []) {
    for (const reference of graph.control(controlId).data.evidence) ids.add(reference.id);
  }
  return graph.artefacts.filter((artefact) => ids.has(artefact.id)).map((artefact) => artefact.id);
});

/** Coverage numbers of one framework. */
export const getFrameworkSummary = perGraph((graph, frameworkId): CoverageSummary =>
  summariseCoverage(
    graph,
    graph.requirementCoverage.get(frameworkId) ?? [],
    graph.controlsByFramework.get(frameworkId) ?? [],
    getFrameworkArtefacts(graph, frameworkId),
  ),
);

/**
 * Coverage numbers across the frameworks the organisation meets: requirements
 * add up, and each control and artefact counts once however many frameworks it serves.
 */
export function getActiveFrameworksSummary(graph: AssuranceGraph): CoverageSummary & { frameworks: number } {
  const active = graph.frameworks.filter((framework) => framework.data.status === 'active');
  const controls = new Set(active.flatMap((framework) => graph.controlsByFramework.get(framework.id) ?? []));
  const artefacts = new Set(active.flatMap((framework) => getFrameworkArtefacts(graph, framework.id)));
  return {
    frameworks: active.length,
    ...summariseCoverage(
      graph,
      active.flatMap((framework) => graph.requirementCoverage.get(framework.id) ?? []),
      graph.controls.filter((control) => controls.has(control.id)).map((control) => control.id),
      graph.artefacts.filter((artefact) => artefacts.has(artefact.id)).map((artefact) => artefact.id),
    ),
  };
}
