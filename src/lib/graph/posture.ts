import { countByResponsibility, type AssuranceGraph } from './assurance-graph.ts';
import { isUsable, sortStale } from './freshness.ts';
import { compareHolders } from './evidence-state.ts';

/** How many expiring or expired artefacts and updates the home page lists. */
const homeListLimit = 10;

/** The organisation's posture at a glance, for the home page. */
export function getPosture(graph: AssuranceGraph) {
  return {
    // Those the organisation holds first, then those held with a provider, then those inherited.
    activeFrameworks: graph.frameworks.filter((framework) => framework.data.status === 'active').sort(compareHolders),
    usableArtefacts: graph.artefacts.filter((artefact) => isUsable(artefact.freshness)).length,
    responsibility: countByResponsibility(graph.controls),
    attention: sortStale(graph.artefacts).slice(0, homeListLimit),
    latestUpdates: graph.updates.slice(0, 3),
  };
}
