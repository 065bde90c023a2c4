import type { Requirement } from '../../schemas/frameworks.ts';
import { describeEvidencePeriod } from '../present/format.ts';
import { getRequirementLabel } from '../present/labels.ts';
import { responsibilityBadge } from '../present/list-items.ts';
import { entryUrl } from '../present/urls.ts';
import type { AssuranceGraph } from './assurance-graph.ts';
import { getControlEvidenceState, type EvidenceState } from './evidence-state.ts';
import type { Freshness } from './freshness.ts';

/** How many controls a coverage row names, and how many artefacts per control. */
const controlsPerRow = 5;
const artefactsPerControl = 4;

/** A control in a coverage row: who is responsible and what evidences it. */
export interface CoverageControl {
  href: string;
  title: string;
  /** The badge of who carries it out, naming the parties of its layer. */
  responsibility: { value: string; label: string };
  state: EvidenceState;
  /** Each artefact cited, with its state and the audit period or validity it holds for. */
  evidence: { href: string; title: string; freshness: Freshness; period?: string | undefined }[];
  /** Artefacts cited beyond those named. */
  moreEvidence: number;
}

/** One row of a coverage page: a requirement (when the framework lists them) and its controls. */
export interface CoverageRow {
  requirement?: { id: string; label: string; title: string } | undefined;
  controls: CoverageControl[];
  /** Controls mapped beyond those named. */
  moreControls: number;
}

/** A control as a coverage row shows it. */
export function getCoverageControl(graph: AssuranceGraph, controlId: string): CoverageControl {
  const control = graph.control(controlId);
  const evidence = control.data.evidence.map((reference) => graph.artefact(reference.id));
  return {
    href: entryUrl('controls', control.id),
    title: control.data.title,
    responsibility: responsibilityBadge(graph, control),
    state: getControlEvidenceState(graph, control.id),
    evidence: evidence.slice(0, artefactsPerControl).map((artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      freshness: artefact.freshness,
      period: describeEvidencePeriod(artefact),
    })),
    moreEvidence: Math.max(0, evidence.length - artefactsPerControl),
  };
}

/**
 * Everything a framework's coverage pages paginate: its requirements with their
 * controls, or, when it lists none, the controls mapped to it, one a row.
 */
export function getCoverageItems(
  graph: AssuranceGraph,
  frameworkId: string,
): { requirement?: Requirement; controls: string[] }[] {
  const requirements = graph.requirementCoverage.get(frameworkId) ?? [];
  if (requirements.length > 0) return requirements;
  return (graph.controlsByFramework.get(frameworkId) ?? []).map((id) => ({ controls: [id] }));
}

/** Builds the rows of one coverage page. */
export function getCoverageRows(
  graph: AssuranceGraph,
  items: readonly { requirement?: Requirement; controls: readonly string[] }[],
): CoverageRow[] {
  return items.map(({ requirement, controls }) => ({
    requirement: requirement && {
      id: requirement.id,
      label: getRequirementLabel(requirement),
      title: requirement.title,
    },
    controls: controls.slice(0, controlsPerRow).map((id) => getCoverageControl(graph, id)),
    moreControls: Math.max(0, controls.length - controlsPerRow),
  }));
}
