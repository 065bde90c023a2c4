import { responsibilities, type Responsibility } from '../../schemas/shared.ts';
import { formatShare } from '../present/format.ts';
import { evidenceStateLabels, freshnessLabels, responsibilityLabels } from '../present/labels.ts';
import { countByResponsibility, type AssuranceGraph } from './assurance-graph.ts';
import {
  evidenceStates,
  evidenceStateTones,
  getControlEvidenceState,
  isEvidenced,
  type EvidenceState,
} from './evidence-state.ts';
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

/**
 * Controls per party with their share of a list of controls, for summaries and
 * the matrix's totals line. Every page of a view shows the same totals, so they
 * are counted once per list of controls, not once per page.
 */
export const getPartyTotals = perGraph((graph, controlIds: readonly string[]): Record<Responsibility, Share> => {
  const counts = countByResponsibility(controlIds.map(graph.control));
  return Object.fromEntries(
    responsibilities.map((party) => [party, getShare(counts[party], controlIds.length)]),
  ) as Record<Responsibility, Share>;
});

/** The numbers that head a coverage page and the home page. */
export interface CoverageSummary {
  /** Requirements listed, and how many have a control and evidenced control. */
  requirements: { total: number; mapped: Share; unmapped: Share; evidenced: Share };
  controls: { total: number; byParty: Record<Responsibility, Share>; byState: Record<EvidenceState, Share> };
  /** Artefacts relied on: cited by the controls or naming the frameworks. */
  artefacts: { total: number; byFreshness: Record<Freshness, Share> };
}

const freshnessOrder = [
  'current',
  'expiring',
  'bridge-needed',
  'stale',
  'expired',
  'superseded',
  'withdrawn',
] as const satisfies readonly Freshness[];

/** Counts requirements, controls and artefacts by party and state. */
export function summariseCoverage(
  graph: AssuranceGraph,
  requirements: readonly { controls: readonly string[] }[],
  controlIds: readonly string[],
  artefactIds: readonly string[],
): CoverageSummary {
  const states = controlIds.map((id) => getControlEvidenceState(graph, id));
  const mapped = requirements.filter((requirement) => requirement.controls.length > 0).length;
  const evidenced = requirements.filter((requirement) =>
    requirement.controls.some((id) => isEvidenced(getControlEvidenceState(graph, id))),
  ).length;
  const countBy = <K extends string>(keys: readonly K[], values: readonly K[], total: number) =>
    Object.fromEntries(
      keys.map((key) => [key, getShare(values.filter((value) => value === key).length, total)]),
    ) as Record<K, Share>;
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
      byParty: getPartyTotals(graph, controlIds),
      byState: countBy(evidenceStates, states, controlIds.length),
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

/** One line of a coverage summary: what is counted, and the count of each kind. */
export interface SummaryLine {
  title: string;
  total: number;
  parts: { label: string; count: number; share: string; tone: string }[];
}

/**
 * The summary as lines of counts and percentages: requirements (when any are
 * listed), controls by party, controls by evidence state, artefacts by state.
 */
export function getSummaryLines(summary: CoverageSummary): SummaryLine[] {
  const part = (label: string, share: Share, tone: string) => ({
    label,
    count: share.count,
    share: formatShare(share),
    tone,
  });
  const { requirements, controls, artefacts } = summary;
  const lines: SummaryLine[] = [];
  if (requirements.total > 0) {
    lines.push({
      title: 'Requirements',
      total: requirements.total,
      parts: [
        part('with a control', requirements.mapped, 'current'),
        part('with an evidenced control', requirements.evidenced, 'current'),
        part('with no control', requirements.unmapped, requirements.unmapped.count > 0 ? 'expired' : 'muted'),
      ],
    });
  }
  lines.push(
    {
      title: 'Controls by party',
      total: controls.total,
      parts: responsibilities.map((party) => part(responsibilityLabels[party], controls.byParty[party], party)),
    },
    {
      title: 'Controls by evidence',
      total: controls.total,
      parts: evidenceStates.map((state) =>
        part(evidenceStateLabels[state], controls.byState[state], evidenceStateTones[state]),
      ),
    },
    {
      title: 'Artefacts relied on',
      total: artefacts.total,
      parts: freshnessOrder.map((state) => part(freshnessLabels[state], artefacts.byFreshness[state], state)),
    },
  );
  return lines;
}
