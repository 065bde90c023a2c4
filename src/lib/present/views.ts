import type { ArtefactType } from '../../schemas/artefacts.ts';
import type { Control } from '../../schemas/controls.ts';
import type { Framework, Requirement } from '../../schemas/frameworks.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { Scenario } from '../../schemas/scenarios.ts';
import type { Responsibility } from '../../schemas/shared.ts';
import type { Update } from '../../schemas/updates.ts';
import { accessLabels } from '../build/audience.ts';
import {
  evidenceStateLabels,
  evidenceStateTones,
  frameworkEvidenceLabels,
  getControlEvidenceState,
  getFrameworkEvidenceState,
  requirementUrl,
} from '../graph/coverage.ts';
import { formatDate } from '../graph/dates.ts';
import { freshnessLabels, isUsable } from '../graph/freshness.ts';
import {
  getFrameworkName,
  getPartyName,
  type ArtefactNode,
  type AssuranceGraph,
  type Item,
} from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/per-graph.ts';
import { entryUrl, matrixUrl } from './urls.ts';

/** The shape list components render: a link, a line of detail and badges with text. */
export interface ListItem {
  href: string;
  title: string;
  meta?: string | undefined;
  badges?: { value: string; label: string }[];
}

export const artefactTypeLabels: Record<ArtefactType, string> = {
  'audit-report': 'Audit report',
  certificate: 'Certificate',
  'attestation-of-compliance': 'Attestation of compliance',
  authorisation: 'Authorisation',
  'bridge-letter': 'Bridge letter',
  baa: 'Business associate agreement',
  'pen-test-summary': 'Penetration test summary',
  policy: 'Policy',
  whitepaper: 'Whitepaper',
  mapping: 'Mapping',
};

export const responsibilityLabels: Record<Responsibility, string> = {
  provider: 'Provider',
  customer: 'Customer',
  shared: 'Shared',
};

export const frameworkKindLabels: Record<Framework['kind'], string> = {
  attestation: 'Attestation',
  certification: 'Certification',
  law: 'Law',
  regulation: 'Regulation',
  'government-authorisation': 'Government authorisation',
  'industry-standard': 'Industry standard',
};

export const frameworkStatusLabels: Record<Framework['status'], string> = {
  active: 'Met',
  'in-progress': 'In progress',
  retired: 'No longer held',
};

/** A line describing an artefact's dates: issued, valid until, audit period. */
export function describeArtefactDates(artefact: ArtefactNode): string | undefined {
  const { issued, validUntil, auditPeriod } = artefact.data;
  const parts = [
    auditPeriod ? `Period ${formatDate(auditPeriod.start)} to ${formatDate(auditPeriod.end)}` : undefined,
    issued ? `Issued ${formatDate(issued)}` : undefined,
    validUntil ? `Valid until ${formatDate(validUntil)}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
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

/** A control as a list item; with the graph, its evidence state is shown too. */
export function controlItem(control: Item<Control>, graph?: AssuranceGraph): ListItem {
  const evidence = graph && getControlEvidenceState(graph, control.id);
  return {
    href: entryUrl('controls', control.id),
    title: control.data.title,
    meta: control.data.domain,
    badges: [
      { value: control.data.responsibility, label: responsibilityLabels[control.data.responsibility] },
      ...(evidence ? [{ value: evidenceStateTones[evidence], label: evidenceStateLabels[evidence] }] : []),
    ],
  };
}

/** How many current or expiring artefacts name a framework, counted once per framework: many pages list the same framework. */
const countUsableArtefacts = perGraph((graph, frameworkId) => {
  const evidence = (graph.artefactsByFramework.get(frameworkId) ?? []).map(graph.artefact);
  return evidence.filter((artefact) => isUsable(artefact.freshness)).length;
});

export function frameworkItem(graph: AssuranceGraph, framework: Item<Framework>): ListItem {
  const usable = countUsableArtefacts(graph, framework.id);
  return {
    href: entryUrl('frameworks', framework.id),
    title: getFrameworkName(framework),
    meta: `${frameworkKindLabels[framework.data.kind]} · ${framework.data.authority} · ${usable} current ${usable === 1 ? 'artefact' : 'artefacts'}`,
    badges: [
      { value: framework.data.status, label: frameworkStatusLabels[framework.data.status] },
      frameworkEvidenceBadge(graph, framework.id),
    ],
  };
}

/** A badge with a framework's own evidence state: whether a current artefact names it. */
export function frameworkEvidenceBadge(graph: AssuranceGraph, frameworkId: string): { value: string; label: string } {
  const state = getFrameworkEvidenceState(graph, frameworkId);
  return { value: evidenceStateTones[state], label: frameworkEvidenceLabels[state] };
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

/** How many linked entries an entry page shows per relation before linking to the full list. */
export const relationLimit = 12;

/** Page size of list pages and relation pages. */
export const pageSize = 50;

/** The first entries of a relation, and a link to the whole list when there are more. */
export function limitRelation(
  ids: readonly string[],
  fullListHref: string,
): { ids: string[]; more?: { count: number; href: string } } {
  if (ids.length <= relationLimit) return { ids: [...ids] };
  return { ids: ids.slice(0, relationLimit), more: { count: ids.length, href: fullListHref } };
}

/**
 * Relations an entry page lists, each with its own full-list page when long.
 * A framework's or service's controls are listed in full by its view of the
 * shared-responsibility matrix, which shows who does what for each, so the
 * entry page links there instead of to a list of its own.
 */
export const relations = {
  frameworks: {
    controls: {
      title: 'Controls',
      map: (graph: AssuranceGraph) => graph.controlsByFramework,
      fullList: (id: string) => matrixUrl('frameworks', id),
    },
    artefacts: { title: 'Evidence', map: (graph: AssuranceGraph) => graph.artefactsByFramework },
  },
  artefacts: {
    controls: { title: 'Controls relying on it', map: (graph: AssuranceGraph) => graph.controlsByArtefact },
    frameworks: { title: 'Frameworks relying on it', map: (graph: AssuranceGraph) => graph.frameworksByArtefact },
  },
  services: {
    controls: {
      title: 'Controls',
      map: (graph: AssuranceGraph) => graph.controlsByService,
      fullList: (id: string) => matrixUrl('services', id),
    },
    artefacts: { title: 'Evidence', map: (graph: AssuranceGraph) => graph.artefactsByService },
  },
} as const;

export type RelationOwner = keyof typeof relations;

interface RelationDefinition {
  title: string;
  map: (graph: AssuranceGraph) => Map<string, string[]>;
  /** Another page that lists the relation in full, when there is one. */
  fullList?: (id: string) => string;
}

/** The URL of the full list of one relation of an entry. */
export function relationUrl(collection: RelationOwner, id: string, relation: string): string {
  return `${entryUrl(collection, id)}${relation}/`;
}

/** List items of related entries, each worked out once: many pages list the same entries. */
const relatedItems = {
  controls: perGraph((graph, id) => controlItem(graph.control(id), graph)),
  artefacts: perGraph((graph, id) => artefactItem(graph, graph.artefact(id))),
  frameworks: perGraph((graph, id) => frameworkItem(graph, graph.framework(id))),
};

/** Renders any related id as a list item, whatever its collection. */
export function relatedItem(graph: AssuranceGraph, collection: keyof typeof relatedItems, id: string): ListItem {
  return relatedItems[collection](graph, id);
}

/** The first entries of a relation of an entry, as list items, with a link to the rest. */
export function getRelation(
  graph: AssuranceGraph,
  owner: RelationOwner,
  id: string,
  relation: 'controls' | 'artefacts' | 'frameworks',
) {
  const definition = (relations[owner] as Record<string, RelationDefinition>)[relation]!;
  const all = definition.map(graph).get(id) ?? [];
  const { ids, more } = limitRelation(all, definition.fullList?.(id) ?? relationUrl(owner, id, relation));
  return { title: definition.title, items: ids.map((related) => relatedItem(graph, relation, related)), more };
}

/**
 * How many controls a requirement row of a framework page names before linking
 * to the rest on the coverage page; three keeps a 50-requirement table within
 * the entry-page budget.
 */
const controlsPerRequirement = 3;

export interface RequirementRow {
  id: string;
  label: string;
  title: string;
  controls: { href: string; title: string; responsibility: Responsibility }[];
  /** Controls mapped beyond those named. */
  moreControls: number;
  /** The requirement's row on the coverage pages, with every control and its evidence. */
  coverageHref: string;
}

/** A framework's requirements with the controls mapped to each, for the requirement table. */
export function getRequirementRows(graph: AssuranceGraph, frameworkId: string): RequirementRow[] {
  return (graph.requirementCoverage.get(frameworkId) ?? []).map(({ requirement, controls }) => ({
    id: requirement.id,
    label: requirement.label ?? requirement.id.toUpperCase(),
    title: requirement.title,
    controls: controls.slice(0, controlsPerRequirement).map((id) => {
      const control = graph.control(id);
      return { href: entryUrl('controls', id), title: control.data.title, responsibility: control.data.responsibility };
    }),
    moreControls: Math.max(0, controls.length - controlsPerRequirement),
    coverageHref: requirementUrl(graph.framework(frameworkId), requirement.id),
  }));
}

/** How a reader gets an artefact: where to go, and what they need. */
export interface ObtainInstructions {
  /** One sentence on what the reader needs. */
  summary: string;
  /** The writer's note, such as the role needed. */
  note?: string | undefined;
  /** Where to go: a download, a portal, or an email for an NDA request. */
  action?: { href: string; label: string } | undefined;
}

/** Works out how to obtain an artefact from its access level, publisher and the site contacts. */
export function getObtainInstructions(
  graph: AssuranceGraph,
  artefact: ArtefactNode,
  fileHref?: string,
): ObtainInstructions {
  const { access, publisher, source, accessNote, title } = artefact.data;
  const provider = graph.site.providers.find((candidate) => candidate.id === publisher);
  const publisherName = getPartyName(graph.site, publisher);
  const portal = source ?? provider?.portal;
  if (access === 'public') {
    if (fileHref)
      return {
        summary: 'Anyone may download this document.',
        note: accessNote,
        action: { href: fileHref, label: 'Download' },
      };
    return {
      summary: 'Anyone may read this document; no sign-in is needed.',
      note: accessNote,
      action: portal ? { href: portal, label: `Get it from ${publisherName}` } : undefined,
    };
  }
  if (access === 'sign-in') {
    return {
      summary: `Available to signed-in customers of ${publisherName}; it is not published on this site.`,
      note: accessNote ?? provider?.portalAccess,
      action: portal ? { href: portal, label: `Sign in at ${publisherName}` } : undefined,
    };
  }
  if (publisher === 'organisation' || !portal) {
    const subject = encodeURIComponent(`NDA request: ${title}`);
    return {
      summary: `Shared under a non-disclosure agreement. Ask ${graph.site.name} for it, naming the document; we reply with the NDA to sign.`,
      note: accessNote,
      action: {
        href: `mailto:${graph.site.contacts.nda}?subject=${subject}`,
        label: `Request it from ${graph.site.contacts.nda}`,
      },
    };
  }
  return {
    summary: `Shared by ${publisherName} under its non-disclosure terms, which you accept when you sign in to its portal.`,
    note: accessNote ?? provider?.portalAccess,
    action: { href: portal, label: `Request it from ${publisherName}` },
  };
}

/** A control's framework mappings, with requirement labels linked to the framework's table. */
export function getMappingItems(graph: AssuranceGraph, control: Item<Control>) {
  return control.data.mappings.map((mapping) => {
    const framework = graph.framework(mapping.framework.id);
    const listed = getRequirementIndex(framework);
    return {
      href: entryUrl('frameworks', framework.id),
      name: getFrameworkName(framework),
      requirements: mapping.requirements.map((id) => {
        const requirement = listed.get(id);
        return {
          label: requirement?.label ?? id.toUpperCase(),
          title: requirement?.title,
          href: requirement ? requirementUrl(framework, id) : undefined,
        };
      }),
    };
  });
}

const requirementIndexes = new WeakMap<Item<Framework>, Map<string, Requirement>>();

/** A framework's requirements by id, built once per framework rather than on every control page that maps to it. */
function getRequirementIndex(framework: Item<Framework>): Map<string, Requirement> {
  let index = requirementIndexes.get(framework);
  if (!index)
    requirementIndexes.set(
      framework,
      (index = new Map(framework.data.requirements.map((requirement) => [requirement.id, requirement]))),
    );
  return index;
}

/**
 * Who the two parties of a control are: the operators of its services are the
 * provider; their customer is the organisation, or, for the organisation's own
 * services, the organisation's customers.
 */
export function getParties(graph: AssuranceGraph, control: Item<Control>): { provider: string; customer: string } {
  const operators = new Set(control.data.services.map((service) => graph.service(service.id).data.operator));
  const names = [...operators].map((operator) => getPartyName(graph.site, operator));
  const ownService = operators.has('organisation');
  return {
    provider: names.length > 0 ? names.join(' and ') : 'The provider',
    customer: ownService ? `Customers of ${graph.site.name}` : graph.site.name,
  };
}

export const audienceLabels: Record<Scenario['audience'][number], string> = {
  customer: 'customers',
  auditor: 'auditors',
  regulator: 'regulators',
  'internal-audit': 'internal audit',
};

export const docSectionLabels: Record<Doc['section'], string> = {
  'data-handling': 'Data handling',
  access: 'Access and authentication',
  operations: 'Operations',
  tools: 'Tools and related portals',
};

export const updateKindLabels: Record<Update['kind'], string> = {
  'report-published': 'Report published',
  'certification-added': 'Certification added',
  'certification-removed': 'Certification removed',
  'policy-change': 'Policy change',
  'service-change': 'Service change',
  'document-updated': 'Document updated',
};

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

/** A relation of one entry long enough to need its own list page. */
export interface LongRelation {
  owner: RelationOwner;
  id: string;
  relation: 'controls' | 'artefacts' | 'frameworks';
  title: string;
  ids: string[];
}

/** Every relation, of every entry, that its entry page shortens and that has no other page listing it in full. */
export function getLongRelations(graph: AssuranceGraph): LongRelation[] {
  const long: LongRelation[] = [];
  for (const [owner, definitions] of Object.entries(relations) as [
    RelationOwner,
    Record<string, RelationDefinition>,
  ][]) {
    for (const [relation, definition] of Object.entries(definitions)) {
      if (definition.fullList) continue;
      for (const [id, ids] of definition.map(graph)) {
        if (ids.length > relationLimit) {
          long.push({ owner, id, relation: relation as LongRelation['relation'], title: definition.title, ids });
        }
      }
    }
  }
  return long;
}

/** The title of an entry that owns relations. */
export function getEntryTitle(graph: AssuranceGraph, owner: RelationOwner, id: string): string {
  if (owner === 'frameworks') return getFrameworkName(graph.framework(id));
  if (owner === 'artefacts') return graph.artefact(id).data.title;
  return graph.service(id).data.title;
}
