import { isUsable } from './freshness.ts';
import { countByResponsibility, type AssuranceGraph } from './assurance-graph.ts';

/** How many expiring or expired artefacts and updates the home page lists. */
const homeListLimit = 10;

/** The organisation's posture at a glance, for the home page. */
export function getPosture(graph: AssuranceGraph) {
  const attentionOrder = { expired: 0, expiring: 1 } as const;
  const attention = graph.artefacts
    .filter((artefact) => artefact.freshness === 'expired' || artefact.freshness === 'expiring')
    .sort(
      (a, b) =>
        attentionOrder[a.freshness as keyof typeof attentionOrder] -
          attentionOrder[b.freshness as keyof typeof attentionOrder] ||
        (a.data.validUntil ?? '').localeCompare(b.data.validUntil ?? ''),
    );
  return {
    activeFrameworks: graph.frameworks.filter((framework) => framework.data.status === 'active'),
    usableArtefacts: graph.artefacts.filter((artefact) => isUsable(artefact.freshness)).length,
    responsibility: countByResponsibility(graph.controls),
    attention: attention.slice(0, homeListLimit),
    latestUpdates: graph.updates.slice(0, 3),
  };
}
