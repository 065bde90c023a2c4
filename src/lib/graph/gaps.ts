import type { Requirement } from '../../schemas/frameworks.ts';
import type { ArtefactNode, AssuranceGraph } from './assurance-graph.ts';
import { getFrameworkArtefacts } from './coverage.ts';
import { evidenceStates, getControlEvidenceState, isEvidenced, type EvidenceState } from './evidence-state.ts';
import { isFlagged, isUsable, lapsedStates, sortStale, type Freshness } from './freshness.ts';
import { perGraph } from './memo.ts';

/**
 * A framework's gaps, worst first: requirements that are not soundly evidenced (in the framework's order), controls
 * without usable evidence, and evidence that is no longer current or expires soon.
 */
export interface FrameworkGapEntries {
  requirements: { requirement: Requirement; gap: RequirementGap }[];
  unevidencedControls: { id: string; state: EvidenceState }[];
  staleEvidence: ArtefactNode[];
}

/**
 * Why a requirement is a gap: it has no control; one of its controls has no
 * usable evidence; or its controls cite evidence that has expired, been
 * superseded or been withdrawn (the worst such state).
 */
export type RequirementGap =
  { kind: 'no-control' } | { kind: 'unevidenced' } | { kind: 'lapsed'; freshness: (typeof lapsedStates)[number] };

/** Why a requirement mapped to these controls is a gap, or undefined when it is soundly evidenced. */
export function getRequirementGap(graph: AssuranceGraph, controls: readonly string[]): RequirementGap | undefined {
  if (controls.length === 0) return { kind: 'no-control' };
  if (controls.some((id) => !isEvidenced(getControlEvidenceState(graph, id)))) return { kind: 'unevidenced' };
  const cited = new Set<Freshness>(
    controls.flatMap((id) =>
      graph.control(id).data.evidence.map((reference) => graph.artefact(reference.id).freshness),
    ),
  );
  const freshness = lapsedStates.find((state) => cited.has(state));
  return freshness && { kind: 'lapsed', freshness };
}

/** Finds the gaps in a framework's coverage; once per framework, as every coverage page shows them. */
export const getFrameworkGapEntries = perGraph((graph, frameworkId): FrameworkGapEntries => {
  const requirements = (graph.requirementCoverage.get(frameworkId) ?? [])
    .map(({ requirement, controls }) => ({ requirement, gap: getRequirementGap(graph, controls) }))
    .filter((entry): entry is { requirement: Requirement; gap: RequirementGap } => entry.gap !== undefined);
  const unevidencedControls = (graph.controlsByFramework.get(frameworkId) ?? [])
    .map((id) => ({ id, state: getControlEvidenceState(graph, id) }))
    .filter(({ state }) => !isEvidenced(state))
    .sort((a, b) => evidenceStates.indexOf(b.state) - evidenceStates.indexOf(a.state));
  const staleEvidence = sortStale(getFrameworkArtefacts(graph, frameworkId).map(graph.artefact), [
    ...lapsedStates,
    'expiring',
    'bridge-needed',
  ]);
  return { requirements, unevidencedControls, staleEvidence };
});

/**
 * How a framework's coverage stands as a whole, agreeing with its gaps: `gaps`
 * when any gap is listed, `expiring` when the only concern is evidence expiring
 * soon, `none` when nothing evidences it, and `evidenced` otherwise.
 */
export type CoverageState = 'evidenced' | 'expiring' | 'gaps' | 'none';

/** The colour of each coverage state, for badges. */
export const coverageStateTones: Record<CoverageState, Freshness> = {
  evidenced: 'current',
  expiring: 'expiring',
  gaps: 'expired',
  none: 'expired',
};

/** The state a coverage page's header shows for a framework. */
export const getCoverageState = perGraph((graph, frameworkId): CoverageState => {
  const gaps = getFrameworkGapEntries(graph, frameworkId);
  const artefacts = getFrameworkArtefacts(graph, frameworkId).map((id) => graph.artefact(id).freshness);
  const lapsed = artefacts.filter((freshness) => !isUsable(freshness)).length;
  if (gaps.requirements.length + gaps.unevidencedControls.length + lapsed > 0) return 'gaps';
  if (artefacts.length === 0) return 'none';
  return artefacts.some(isFlagged) ? 'expiring' : 'evidenced';
});
