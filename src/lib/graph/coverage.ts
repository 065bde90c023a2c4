import type { Control } from '../../schemas/controls.ts';
import type { Framework, Requirement } from '../../schemas/frameworks.ts';
import type { Responsibility } from '../../schemas/shared.ts';
import { freshnessLabels, type Freshness } from './freshness.ts';
import type { ArtefactNode, AssuranceGraph, Item } from './assurance-graph.ts';
import { perGraph } from './per-graph.ts';
import { entryUrl } from '../present/urls.ts';

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

/** Text for each state, shown beside the colour so the state never relies on colour alone. */
export const evidenceStateLabels: Record<EvidenceState, string> = {
  evidenced: 'Evidenced',
  expiring: 'Evidence expiring',
  'one-side': 'Evidenced on one side only',
  lapsed: 'Evidence expired or superseded only',
  none: 'No evidence',
};

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

/** The best state among artefacts: any current one wins, then any expiring one. */
export function getPoolState(freshness: readonly Freshness[]): PoolState {
  if (freshness.includes('current')) return 'evidenced';
  if (freshness.includes('expiring')) return 'expiring';
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
  const organisationOperates = control.data.services.some(
    (service) => graph.service(service.id).data.operator === 'organisation',
  );
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

/**
 * One or two sentences on a control's evidence state, for its page: what the
 * state means and, for a control evidenced side by side, how each part stands.
 */
export function describeControlEvidence(
  evidence: ControlEvidence,
  parties: { provider: string; customer: string },
  horizonDays: number,
): string {
  const meaning: Record<EvidenceState, string> = {
    evidenced:
      evidence.sides.length > 0
        ? "Each party's part has a current artefact."
        : 'At least one artefact cited is current.',
    expiring: `The best evidence cited expires within ${horizonDays} days.`,
    'one-side': "Only one party's part has current or expiring evidence.",
    lapsed: 'Every artefact cited has expired, been superseded or been withdrawn.',
    none: 'No artefact is cited as evidence yet.',
  };
  const sides = evidence.sides.map(
    (side) =>
      `${side.party === 'provider' ? 'Provider' : 'Customer'} (${parties[side.party]}): ${evidenceStateLabels[side.state].toLowerCase()}.`,
  );
  return [meaning[evidence.state], ...sides].join(' ');
}

const controlEvidenceCache = new WeakMap<AssuranceGraph, Map<string, ControlEvidence>>();

/** A control's evidence state, computed once per graph. */
export function getControlEvidenceState(graph: AssuranceGraph, controlId: string): EvidenceState {
  let cache = controlEvidenceCache.get(graph);
  if (!cache) controlEvidenceCache.set(graph, (cache = new Map()));
  let evidence = cache.get(controlId);
  if (!evidence) cache.set(controlId, (evidence = getControlEvidence(graph, graph.control(controlId))));
  return evidence.state;
}

/**
 * A framework's own evidence state, from the artefacts that name it: evidenced
 * when one is current; otherwise flagged as expiring, lapsed or without evidence.
 */
export const getFrameworkEvidenceState = perGraph((graph, frameworkId): PoolState => {
  const artefacts = (graph.artefactsByFramework.get(frameworkId) ?? []).map(graph.artefact);
  return getPoolState(artefacts.map((artefact) => artefact.freshness));
});

/** Labels of a framework's own evidence state. */
export const frameworkEvidenceLabels: Record<PoolState, string> = {
  evidenced: 'Current evidence',
  expiring: 'Evidence expiring',
  lapsed: 'No current evidence',
  none: 'No evidence',
};

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

/** A share as text, such as `37%`; `0%` of nothing. */
export function formatShare(share: Share): string {
  return `${share.percent ?? 0}%`;
}

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
  'expired',
  'superseded',
  'withdrawn',
] as const satisfies readonly Freshness[];
const parties = ['provider', 'customer', 'shared'] as const satisfies readonly Responsibility[];

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
  const responsibilities = controlIds.map((id) => graph.control(id).data.responsibility);
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
      byParty: countBy(parties, responsibilities, controlIds.length),
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
      parts: parties.map((party) => part(responsibilityNames[party], controls.byParty[party], party)),
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

const responsibilityNames: Record<Responsibility, string> = {
  provider: 'Provider',
  customer: 'Customer',
  shared: 'Shared',
};

/** Requirements or controls per coverage page. */
export const coveragePageSize = 50;

/** The URL of a page of a framework's coverage: `/frameworks/soc-2/coverage/` or `…/coverage/2/`. */
export function coverageUrl(frameworkId: string, page = 1): string {
  return `${entryUrl('frameworks', frameworkId)}coverage/${page > 1 ? `${page}/` : ''}`;
}

/** Where a requirement's row is: the coverage page it falls on, and its anchor. */
export function requirementUrl(framework: Item<Framework>, requirementId: string): string {
  const index = framework.data.requirements.findIndex((requirement) => requirement.id === requirementId);
  const page = Math.floor(Math.max(index, 0) / coveragePageSize) + 1;
  return `${coverageUrl(framework.id, page)}#req-${requirementId}`;
}

/** How many controls a coverage row names, and how many artefacts per control. */
const controlsPerRow = 5;
const artefactsPerControl = 4;

/** A control in a coverage row: who is responsible and what evidences it. */
export interface CoverageControl {
  href: string;
  title: string;
  responsibility: Responsibility;
  state: EvidenceState;
  evidence: { href: string; title: string; freshness: Freshness }[];
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
    responsibility: control.data.responsibility,
    state: getControlEvidenceState(graph, control.id),
    evidence: evidence.slice(0, artefactsPerControl).map((artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      freshness: artefact.freshness,
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
      label: requirement.label ?? requirement.id.toUpperCase(),
      title: requirement.title,
    },
    controls: controls.slice(0, controlsPerRow).map((id) => getCoverageControl(graph, id)),
    moreControls: Math.max(0, controls.length - controlsPerRow),
  }));
}

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

/** Finds the gaps in a framework's coverage, the first few of each kind named; once per framework, as every coverage page shows them. */
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
      title: `${requirement.label ?? requirement.id.toUpperCase()} ${requirement.title}`,
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

/** Expired and expiring artefacts, expired first, then by the day validity ends. */
export function sortStale(artefacts: readonly ArtefactNode[]): ArtefactNode[] {
  const order = (artefact: ArtefactNode) => (artefact.freshness === 'expired' ? 0 : 1);
  return artefacts
    .filter((artefact) => artefact.freshness === 'expired' || artefact.freshness === 'expiring')
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        (a.data.validUntil ?? '').localeCompare(b.data.validUntil ?? '') ||
        a.id.localeCompare(b.id),
    );
}
