import { getFrameworkName, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { getCuecReliance } from '../evidence/cuecs.ts';
import { artefactItem, controlItem, frameworkItem, type ListItem } from './list-items.ts';
import { matrixUrl, relationUrl } from './urls.ts';

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
  controls: {
    artefacts: {
      title: 'Relied on by audit reports',
      map: (graph: AssuranceGraph) => getCuecReliance(graph),
    },
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
  if (owner === 'controls') return graph.control(id).data.title;
  return graph.service(id).data.title;
}
