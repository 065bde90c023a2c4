import type { Control } from '../../schemas/controls.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import { isFlagged, isUsable, type Freshness } from './freshness.ts';
import type { ArtefactNode, AssuranceGraph, Item } from './assurance-graph.ts';
import { perGraph } from './memo.ts';
import { getControlLayer } from '../responsibility/layers.ts';

/**
 * How well a control is evidenced, from the best state of its artefacts:
 * `evidenced` (a current artefact), `expiring` (the best expires within the
 * review horizon), `one-side` (a shared control with usable evidence for one
 * party's part only), `lapsed` (only expired, superseded or withdrawn
 * artefacts) or `none`.
 */
export type EvidenceState = 'evidenced' | 'expiring' | 'one-side' | 'lapsed' | 'none';

/** The states from best to worst, the order summaries list them in. */
export const evidenceStates = [
  'evidenced',
  'expiring',
  'one-side',
  'lapsed',
  'none',
] as const satisfies readonly EvidenceState[];

/** The colour each state borrows from the artefact states, for badges. */
export const evidenceStateTones: Record<EvidenceState, Freshness> = {
  evidenced: 'current',
  expiring: 'expiring',
  'one-side': 'expiring',
  lapsed: 'expired',
  none: 'expired',
};

/** Whether a control or framework in this state is evidenced for all it covers. */
export function isEvidenced(state: EvidenceState): boolean {
  return state === 'evidenced' || state === 'expiring';
}

/** The state of one pool of artefacts: the best of their states. */
export type PoolState = Exclude<EvidenceState, 'one-side'>;

/** The best state among artefacts: any current one wins, then any expiring one or report needing a bridge. */
export function getPoolState(freshness: readonly Freshness[]): PoolState {
  if (freshness.includes('current')) return 'evidenced';
  if (freshness.some(isFlagged)) return 'expiring';
  return freshness.length > 0 ? 'lapsed' : 'none';
}

/** Evidence of one party's part of a shared control. */
export interface SideEvidence {
  party: 'provider' | 'customer';
  state: PoolState;
  artefacts: string[];
}

/** A control's evidence state, with each party's side when the two are evidenced apart. */
export interface ControlEvidence {
  state: EvidenceState;
  /**
   * For a shared control whose customer is the organisation: the provider's
   * artefacts evidence the provider's part and the organisation's own artefacts
   * the customer's part. Empty otherwise, when one pool of evidence covers the control.
   */
  sides: SideEvidence[];
}

/**
 * Works out how well a control is evidenced on the build date. A shared control
 * on a provider's service needs usable evidence for both parts: the provider's
 * (artefacts the provider publishes) and the organisation's (its own artefacts).
 * On the organisation's own service the customer's part falls to the
 * organisation's customers, so one pool covers it.
 */
export function getControlEvidence(graph: AssuranceGraph, control: Item<Control>): ControlEvidence {
  const artefacts = control.data.evidence.map((reference) => graph.artefact(reference.id));
  const pool = getPoolState(artefacts.map((artefact) => artefact.freshness));
  const organisationOperates = getControlLayer(graph, control.id).operator === 'organisation';
  if (control.data.responsibility !== 'shared' || organisationOperates) return { state: pool, sides: [] };

  const side = (party: SideEvidence['party'], members: ArtefactNode[]): SideEvidence => ({
    party,
    state: getPoolState(members.map((artefact) => artefact.freshness)),
    artefacts: members.map((artefact) => artefact.id),
  });
  const sides = [
    side(
      'provider',
      artefacts.filter((artefact) => artefact.data.publisher !== 'organisation'),
    ),
    side(
      'customer',
      artefacts.filter((artefact) => artefact.data.publisher === 'organisation'),
    ),
  ];
  const usable = sides.filter((entry) => isEvidenced(entry.state));
  if (usable.length === 2)
    return { state: usable.some((entry) => entry.state === 'expiring') ? 'expiring' : 'evidenced', sides };
  if (usable.length === 1) return { state: 'one-side', sides };
  return { state: pool, sides };
}

/** A control's evidence state, computed once per graph. */
export const getControlEvidenceState = perGraph(
  (graph, controlId): EvidenceState => getControlEvidence(graph, graph.control(controlId)).state,
);

/**
 * Where a framework stands: its status, and for one marked as met, whether its
 * evidence bears that out. A framework met is `met` while a current or
 * expiring artefact names it; `stale` when none does and the best that names
 * it is an audit report past the window it is relied on for (the report says
 * nothing of the framework since, which is not to say it lapsed); `lapsed` when
 * an artefact naming it expired or was withdrawn, or every one was superseded;
 * and `unevidenced` when none names it.
 */
export type FrameworkStanding = 'met' | 'stale' | 'lapsed' | 'unevidenced' | 'in-progress' | 'retired';

/** A framework's standing on the build date. */
export function getFrameworkStanding(graph: AssuranceGraph, frameworkId: string): FrameworkStanding {
  const { status } = graph.framework(frameworkId).data;
  if (status !== 'active') return status;
  const state = getFrameworkEvidenceState(graph, frameworkId);
  if (state === 'lapsed') {
    const cited = new Set(
      (graph.artefactsByFramework.get(frameworkId) ?? []).map((id) => graph.artefact(id).freshness),
    );
    return cited.has('stale') && !cited.has('expired') && !cited.has('withdrawn') ? 'stale' : 'lapsed';
  }
  return state === 'none' ? 'unevidenced' : 'met';
}

/** The colour of each standing, for badges. */
export const frameworkStandingTones: Record<FrameworkStanding, string> = {
  met: 'active',
  stale: 'stale',
  lapsed: 'expired',
  unevidenced: 'expiring',
  'in-progress': 'in-progress',
  retired: 'retired',
};

/**
 * A framework's own evidence state, from the artefacts that name it: evidenced
 * when one is current; otherwise flagged as expiring, lapsed or without evidence.
 */
export const getFrameworkEvidenceState = perGraph((graph, frameworkId): PoolState => {
  const artefacts = (graph.artefactsByFramework.get(frameworkId) ?? []).map(graph.artefact);
  return getPoolState(artefacts.map((artefact) => artefact.freshness));
});

/** The order frameworks are listed and counted in by holder: the organisation's own, then shared, then inherited. */
const holderOrder: Record<Framework['holder'], number> = { organisation: 0, both: 1, provider: 2 };

/** Compares two frameworks by who holds them, in `holderOrder`, for sorting. */
export function compareHolders(a: Item<Framework>, b: Item<Framework>): number {
  return holderOrder[a.data.holder] - holderOrder[b.data.holder];
}

/** Who holds a framework: whether the organisation does, and which providers (their ids). */
export interface FrameworkHolding {
  organisation: boolean;
  providers: string[];
}

/**
 * Who holds a framework, from its `holder`. The providers are those who publish
 * artefacts naming it or operate the services of controls mapped to it; when
 * none does, every provider of the site, since one of them must hold it.
 */
export const getFrameworkHolding = perGraph((graph, frameworkId): FrameworkHolding => {
  const { holder } = graph.framework(frameworkId).data;
  const organisation = holder !== 'provider';
  if (holder === 'organisation') return { organisation, providers: [] };
  const parties = new Set<string>();
  for (const id of graph.artefactsByFramework.get(frameworkId) ?? []) parties.add(graph.artefact(id).data.publisher);
  for (const id of graph.controlsByFramework.get(frameworkId) ?? []) {
    for (const service of graph.control(id).data.services) parties.add(graph.service(service.id).data.operator);
  }
  const providers = graph.site.providers.map((provider) => provider.id);
  const named = providers.filter((provider) => parties.has(provider));
  return { organisation, providers: named.length > 0 ? named : providers };
});

/**
 * Whether the organisation claims a framework it has no current evidence of its
 * own for: the framework is met and held by the organisation (alone or with a
 * provider), yet no current or expiring artefact the organisation publishes names it.
 */
export function isClaimedWithoutEvidence(graph: AssuranceGraph, frameworkId: string): boolean {
  const { status } = graph.framework(frameworkId).data;
  if (status !== 'active' || !getFrameworkHolding(graph, frameworkId).organisation) return false;
  return !(graph.artefactsByFramework.get(frameworkId) ?? [])
    .map(graph.artefact)
    .some((artefact) => artefact.data.publisher === 'organisation' && isUsable(artefact.freshness));
}
