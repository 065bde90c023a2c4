import type { Framework } from '../../schemas/frameworks.ts';
import { getFrameworkName, type AssuranceGraph, type Item } from '../graph/assurance-graph.ts';
import { getFrameworkHolding, getFrameworkStanding } from '../graph/evidence-state.ts';
import { isUsable } from '../graph/freshness.ts';
import { describeEvidencePeriod } from '../present/format.ts';
import { frameworkKindLabels, freshnessLabels } from '../present/labels.ts';
import { frameworkEvidenceBadge, frameworkStandingBadge } from '../present/list-items.ts';
import { entryUrl } from '../present/urls.ts';
import type { BadgeData } from '../pages/parts.ts';

/** A framework as a card of the home page: its short name, kind, where it stands and how long its evidence holds. */
export interface FrameworkCard {
  href: string;
  name: string;
  kind: string;
  badge: BadgeData;
  /** The newest usable evidence's period or validity, `Valid until 14 January 2027`, or the evidence state. */
  validity: string;
  /** Where that evidence stands when it is usable but not current: `Bridge letter needed`, `Expiring soon`. */
  renewal?: string | undefined;
}

/**
 * The usable artefact naming a framework that holds longest, from whoever holds it: for a framework the organisation
 * holds, one of its own, never a provider's date on the organisation's card; for an inherited one, a provider's.
 */
function getNewestEvidence(graph: AssuranceGraph, frameworkId: string) {
  const { organisation } = getFrameworkHolding(graph, frameworkId);
  const lastDay = (id: string) => {
    const { auditPeriod, validUntil } = graph.artefact(id).data;
    return validUntil ?? auditPeriod?.end ?? '';
  };
  return (graph.artefactsByFramework.get(frameworkId) ?? [])
    .filter((id) => isUsable(graph.artefact(id).freshness) && lastDay(id) !== '')
    .map((id) => graph.artefact(id))
    .filter((artefact) => (artefact.data.publisher === 'organisation') === organisation)
    .sort((a, b) => lastDay(b.id).localeCompare(lastDay(a.id)) || a.id.localeCompare(b.id))[0];
}

function toCard(graph: AssuranceGraph, framework: Item<Framework>): FrameworkCard {
  const evidence = getNewestEvidence(graph, framework.id);
  return {
    href: entryUrl('frameworks', framework.id),
    name: getFrameworkName(framework),
    kind: frameworkKindLabels[framework.data.kind],
    badge: frameworkStandingBadge(graph, framework.id),
    validity: (evidence && describeEvidencePeriod(evidence)) ?? frameworkEvidenceBadge(graph, framework.id).label,
    renewal: evidence && evidence.freshness !== 'current' ? freshnessLabels[evidence.freshness] : undefined,
  };
}

/**
 * The active frameworks split by who holds them: those the organisation holds, alone or with a provider, and those
 * it inherits from its providers only. Each list in the order given.
 */
export function getFrameworkCards(graph: AssuranceGraph, frameworks: readonly Item<Framework>[]) {
  const held = frameworks.filter((framework) => getFrameworkHolding(graph, framework.id).organisation);
  const inherited = frameworks.filter((framework) => !getFrameworkHolding(graph, framework.id).organisation);
  return { held: held.map((framework) => toCard(graph, framework)), inherited: inherited.map((f) => toCard(graph, f)) };
}

/** The short names of the frameworks the organisation holds and meets on the build date. */
export function getHeldFrameworkNames(graph: AssuranceGraph, frameworks: readonly Item<Framework>[]) {
  return frameworks
    .filter((framework) => getFrameworkHolding(graph, framework.id).organisation)
    .filter((framework) => getFrameworkStanding(graph, framework.id) === 'met')
    .map((framework) => ({ href: entryUrl('frameworks', framework.id), label: getFrameworkName(framework) }));
}
