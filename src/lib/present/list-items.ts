import type { Control } from '../../schemas/controls.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import type { Update } from '../../schemas/updates.ts';
import { getFrameworkName, type ArtefactNode, type AssuranceGraph, type Item } from '../graph/assurance-graph.ts';
import {
  evidenceStateTones,
  frameworkStandingTones,
  getControlEvidenceState,
  getFrameworkEvidenceState,
  getFrameworkStanding,
} from '../graph/evidence-state.ts';
import { isUsable } from '../graph/freshness.ts';
import { perGraph } from '../graph/memo.ts';
import { getControlLayer } from '../responsibility/layers.ts';
import { describeArtefactDates, formatDate } from './format.ts';
import {
  accessLabels,
  artefactTypeLabels,
  evidenceStateLabels,
  frameworkEvidenceLabels,
  frameworkKindLabels,
  frameworkStandingLabels,
  freshnessLabels,
  getResponsibilityLabel,
  updateKindLabels,
} from './labels.ts';
import { describeHolding, getPartyName } from './parties.ts';
import { entryUrl } from './urls.ts';

/** The shape list components render: a link, a line of detail and badges with text. */
export interface ListItem {
  href: string;
  title: string;
  meta?: string | undefined;
  badges?: { value: string; label: string }[];
}

export function artefactItem(graph: AssuranceGraph, artefact: ArtefactNode): ListItem {
  const publisher = getPartyName(graph.site, artefact.data.publisher);
  const dates = describeArtefactDates(artefact);
  return {
    href: entryUrl('artefacts', artefact.id),
    title: artefact.data.title,
    meta: [`${artefactTypeLabels[artefact.data.type]} by ${publisher}`, dates].filter(Boolean).join(' · '),
    badges: [
      { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
      { value: artefact.data.access, label: accessLabels[artefact.data.access] },
    ],
  };
}

/** The badge of a control or document whose review is overdue: reviewed too long ago, or never. */
export function overdueReviewBadge(lastReviewed: string | undefined): { value: string; label: string } {
  return { value: 'expired', label: lastReviewed ? 'Review overdue' : 'Never reviewed' };
}

/**
 * The badge of who carries out a control, naming the parties of its layer
 * (`Microsoft · Kestrel Ledger`), coloured by its responsibility.
 */
export function responsibilityBadge(graph: AssuranceGraph, control: Item<Control>): { value: string; label: string } {
  const layer = getControlLayer(graph, control.id);
  return { value: control.data.responsibility, label: getResponsibilityLabel(layer, control.data.responsibility) };
}

/** A control as a list item: who carries it out, by name, and its evidence state. */
export function controlItem(control: Item<Control>, graph: AssuranceGraph): ListItem {
  const evidence = getControlEvidenceState(graph, control.id);
  return {
    href: entryUrl('controls', control.id),
    title: control.data.title,
    meta: `${control.data.domain} · on ${getControlLayer(graph, control.id).services}`,
    badges: [
      responsibilityBadge(graph, control),
      { value: evidenceStateTones[evidence], label: evidenceStateLabels[evidence] },
    ],
  };
}

/**
 * How many current or expiring artefacts name a framework, counted once per
 * framework: many pages list the same framework.
 */
const countUsableArtefacts = perGraph((graph, frameworkId) => {
  const evidence = (graph.artefactsByFramework.get(frameworkId) ?? []).map(graph.artefact);
  return evidence.filter((artefact) => isUsable(artefact.freshness)).length;
});

export function frameworkItem(graph: AssuranceGraph, framework: Item<Framework>): ListItem {
  const usable = countUsableArtefacts(graph, framework.id);
  return {
    href: entryUrl('frameworks', framework.id),
    title: getFrameworkName(framework),
    meta:
      `${frameworkKindLabels[framework.data.kind]} · ${framework.data.authority} · ${usable} ` +
      `current ${usable === 1 ? 'artefact' : 'artefacts'}`,
    badges: [frameworkStandingBadge(graph, framework.id), frameworkEvidenceBadge(graph, framework.id)],
  };
}

/**
 * Where a framework stands, in words: while it is met, who holds it (`Held by Kestrel Ledger`, `Inherited from
 * Microsoft`); while it is held but its evidence does not bear it out, who holds it and what is wrong (`Inherited
 * from Microsoft: lapsed`); otherwise its status (`In progress`, `No longer held`).
 */
export function describeFrameworkStanding(graph: AssuranceGraph, frameworkId: string): string {
  const standing = getFrameworkStanding(graph, frameworkId);
  if (standing === 'met') return describeHolding(graph, frameworkId);
  if (standing === 'in-progress' || standing === 'retired') return frameworkStandingLabels[standing];
  const label = frameworkStandingLabels[standing];
  return `${describeHolding(graph, frameworkId)}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** A badge with where a framework stands: met only while its evidence bears it out, with who holds it. */
export function frameworkStandingBadge(graph: AssuranceGraph, frameworkId: string): { value: string; label: string } {
  const standing = getFrameworkStanding(graph, frameworkId);
  return { value: frameworkStandingTones[standing], label: describeFrameworkStanding(graph, frameworkId) };
}

/** A badge with a framework's own evidence state: whether a current artefact names it. */
export function frameworkEvidenceBadge(graph: AssuranceGraph, frameworkId: string): { value: string; label: string } {
  const state = getFrameworkEvidenceState(graph, frameworkId);
  return { value: evidenceStateTones[state], label: frameworkEvidenceLabels[state] };
}

export function updateItem(update: Item<Update>): ListItem {
  return {
    href: entryUrl('updates', update.id),
    title: update.data.title,
    meta: `${formatDate(update.data.date)} · ${updateKindLabels[update.data.kind]}`,
  };
}

/** Every entry an update mentions, as list items. */
export function getAffectedItems(graph: AssuranceGraph, update: Item<Update>): ListItem[] {
  const { frameworks, artefacts, controls, services, docs } = update.data;
  return [
    ...frameworks.map((reference) => frameworkItem(graph, graph.framework(reference.id))),
    ...artefacts.map((reference) => artefactItem(graph, graph.artefact(reference.id))),
    ...controls.map((reference) => controlItem(graph.control(reference.id), graph)),
    ...services.map((reference) => ({
      href: entryUrl('services', reference.id),
      title: graph.service(reference.id).data.title,
      meta: 'Service',
    })),
    ...docs.map((reference) => ({
      href: entryUrl('docs', reference.id),
      title: graph.doc(reference.id).data.title,
      meta: 'Document',
    })),
  ];
}

/** Groups items by a key, keeping the order of first appearance of each key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return [...groups].map(([name, members]) => ({ key: name, items: members }));
}
