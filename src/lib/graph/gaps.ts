import { evidenceStateLabels, freshnessLabels, getRequirementLabel } from '../present/labels.ts';
import { entryUrl, requirementUrl } from '../present/urls.ts';
import { getFrameworkArtefacts } from './coverage.ts';
import { evidenceStates, evidenceStateTones, getControlEvidenceState, isEvidenced } from './evidence-state.ts';
import { sortStale } from './freshness.ts';
import { perGraph } from './memo.ts';

/** How many entries each gap list names before giving only the count. */
export const gapListLimit = 10;

/** A gap, linked to where it can be seen or fixed. */
export interface Gap {
  href: string;
  title: string;
  /** The state, as a badge with text. */
  badge: { value: string; label: string };
}

/** One kind of gap: how many there are and the first few. */
export interface GapList {
  count: number;
  items: Gap[];
}

/** A framework's gaps: requirements without controls, controls without usable evidence, stale evidence. */
export interface FrameworkGaps {
  unmappedRequirements: GapList;
  unevidencedControls: GapList;
  staleEvidence: GapList;
}

/**
 * Finds the gaps in a framework's coverage, the first few of each kind named;
 * once per framework, as every coverage page shows them.
 */
export const getFrameworkGaps = perGraph((graph, frameworkId): FrameworkGaps => {
  const framework = graph.framework(frameworkId);
  const unmapped = (graph.requirementCoverage.get(frameworkId) ?? []).filter((row) => row.controls.length === 0);
  const unevidenced = (graph.controlsByFramework.get(frameworkId) ?? [])
    .map((id) => ({ id, state: getControlEvidenceState(graph, id) }))
    .filter(({ state }) => !isEvidenced(state))
    .sort((a, b) => evidenceStates.indexOf(b.state) - evidenceStates.indexOf(a.state));
  const stale = sortStale(getFrameworkArtefacts(graph, frameworkId).map(graph.artefact));
  const list = <T>(all: readonly T[], toGap: (item: T) => Gap): GapList => ({
    count: all.length,
    items: all.slice(0, gapListLimit).map(toGap),
  });
  return {
    unmappedRequirements: list(unmapped, ({ requirement }) => ({
      href: requirementUrl(framework, requirement.id),
      title: `${getRequirementLabel(requirement)} ${requirement.title}`,
      badge: { value: 'expired', label: 'No control' },
    })),
    unevidencedControls: list(unevidenced, ({ id, state }) => ({
      href: entryUrl('controls', id),
      title: graph.control(id).data.title,
      badge: { value: evidenceStateTones[state], label: evidenceStateLabels[state] },
    })),
    staleEvidence: list(stale, (artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      badge: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
    })),
  };
});
