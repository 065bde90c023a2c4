import type { Control } from '../../schemas/controls.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { FaqEntry } from '../../schemas/faq.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import type { Service } from '../../schemas/services.ts';
import type { Subprocessor } from '../../schemas/subprocessors.ts';
import {
  getFrameworkName,
  getFrameworkNames,
  type ArtefactNode,
  type AssuranceGraph,
  type Item,
} from '../graph/assurance-graph.ts';
import {
  accessLabels,
  artefactTypeLabels,
  faqCategoryLabels,
  freshnessLabels,
  subprocessorStandingLabels,
} from '../present/labels.ts';
import { getPartyName } from '../present/parties.ts';
import {
  describeFrameworkStanding,
  frameworkStandingBadge,
  responsibilityBadge,
  type ListItem,
} from '../present/list-items.ts';
import { isUsable } from '../graph/freshness.ts';
import { getSubprocessorStanding, subprocessorStandingTones } from '../subprocessors/standing.ts';

/**
 * What the search index learns about a page beyond its text: facets to filter
 * by, metadata to show with a result, and keys to sort by. Rendered by
 * `SearchData.astro` as Pagefind `data-pagefind-filter`, `-meta` and `-sort`.
 */
export interface SearchAttributes {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** The facet names shown in the search page's filter pane, in display order. */
export const facetNames = {
  type: 'Type',
  framework: 'Framework',
  responsibility: 'Responsibility',
  access: 'Access',
  artefactType: 'Artefact type',
  publisher: 'Publisher',
  status: 'Status',
  service: 'Service',
  region: 'Jurisdiction or region',
  industry: 'Industry',
  topic: 'FAQ topic',
} as const;

/** A badge as the lists show it: the value that colours it and its text. */
type Badge = NonNullable<ListItem['badges']>[number];

/**
 * Metadata a result shows as badges, as the lists do: `status` and `access` are the
 * labels, `statusTone` and `accessTone` the values that colour them (`badge-nda`).
 * An entry in force also carries the words it is known by (an artefact's title, a
 * framework's names) as `current`, which weighs in the ranking (see `searchRanking`),
 * so it outranks a superseded, withdrawn or expired one.
 */
const badgeMeta = (badges: { status: Badge; access?: Badge; current: string | undefined }) =>
  Object.fromEntries(
    Object.entries({
      status: badges.status.label,
      statusTone: badges.status.value,
      access: badges.access?.label,
      accessTone: badges.access?.value,
      current: badges.current,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

const withoutEmpty = (filters: Record<string, (string | undefined)[]>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(filters)
      .map(([key, values]): [string, string[]] => [
        key,
        [...new Set(values.filter((value): value is string => Boolean(value)))],
      ])
      .filter(([, values]) => values.length > 0),
  );

const frameworkNames = (graph: AssuranceGraph, references: readonly { id: string }[]) =>
  references.map((reference) => getFrameworkName(graph.framework(reference.id)));
const serviceNames = (graph: AssuranceGraph, references: readonly { id: string }[]) =>
  references.map((reference) => graph.service(reference.id).data.title);

export function getFrameworkSearch(graph: AssuranceGraph, framework: Item<Framework>): SearchAttributes {
  const { data } = framework;
  const names = getFrameworkNames(framework).join(', ');
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Framework'],
      [facetNames.framework]: [getFrameworkName(framework)],
      [facetNames.status]: [describeFrameworkStanding(graph, framework.id)],
      [facetNames.region]: data.jurisdictions,
      [facetNames.industry]: data.industries,
    }),
    // Matched with a weight of its own when ranking: see `searchRanking`.
    meta: {
      names,
      ...badgeMeta({
        status: frameworkStandingBadge(graph, framework.id),
        current: data.status === 'retired' ? undefined : names,
      }),
    },
    sort: { title: data.title },
  };
}

export function getArtefactSearch(graph: AssuranceGraph, artefact: ArtefactNode): SearchAttributes {
  const { data } = artefact;
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Artefact'],
      [facetNames.framework]: frameworkNames(graph, data.frameworks),
      [facetNames.access]: [accessLabels[data.access]],
      [facetNames.artefactType]: [artefactTypeLabels[data.type]],
      [facetNames.publisher]: [getPartyName(graph.site, data.publisher)],
      [facetNames.status]: [freshnessLabels[artefact.freshness]],
      [facetNames.service]: serviceNames(graph, data.services),
    }),
    meta: {
      ...Object.fromEntries(
        Object.entries({ issued: data.issued, validUntil: data.validUntil }).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      ),
      ...badgeMeta({
        status: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
        access: { value: data.access, label: accessLabels[data.access] },
        current: isUsable(artefact.freshness) ? data.title : undefined,
      }),
      // The organisation's own current artefacts: on its trust center, `SOC 2 report` means its own report first.
      ...(data.publisher === 'organisation' && isUsable(artefact.freshness) && { own: data.title }),
    },
    sort: Object.fromEntries(
      Object.entries({ issued: data.issued, validUntil: data.validUntil, title: data.title }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    ),
  };
}

export function getControlSearch(graph: AssuranceGraph, control: Item<Control>): SearchAttributes {
  const { data } = control;
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Control'],
      [facetNames.framework]: frameworkNames(
        graph,
        data.mappings.map((mapping) => mapping.framework),
      ),
      [facetNames.responsibility]: [responsibilityBadge(graph, control).label],
      // Controls are narrowed by framework and party; by service, the matrix for each service
      // lists them. Leaving them out of this facet keeps the index the first search loads small.
    }),
    meta: {},
    sort: { title: data.title },
  };
}

export function getServiceSearch(service: Item<Service>): SearchAttributes {
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Service'],
      [facetNames.service]: [service.data.title],
      [facetNames.region]: service.data.dataLocations.map((location) => location.geography),
    }),
    meta: {},
    sort: { title: service.data.title },
  };
}

export function getDocSearch(graph: AssuranceGraph, doc: Item<Doc>): SearchAttributes {
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Document'],
      [facetNames.framework]: frameworkNames(graph, doc.data.frameworks),
      [facetNames.service]: serviceNames(graph, doc.data.services),
    }),
    meta: {},
    sort: { title: doc.data.title },
  };
}

/** A subprocessor: by the services it serves, where it processes data, and whether it is current. */
export function getSubprocessorSearch(graph: AssuranceGraph, subprocessor: Item<Subprocessor>): SearchAttributes {
  const { data } = subprocessor;
  const standing = getSubprocessorStanding(data, graph.today);
  const status = { value: subprocessorStandingTones[standing], label: subprocessorStandingLabels[standing] };
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Subprocessor'],
      [facetNames.service]: serviceNames(graph, data.services),
      [facetNames.region]: data.locations,
      [facetNames.status]: [status.label],
    }),
    meta: badgeMeta({ status, current: standing === 'removed' ? undefined : data.name }),
    sort: { title: data.name },
  };
}

/** A security FAQ question: a type of its own, its topic, and the frameworks that back its answer. */
export function getFaqSearch(graph: AssuranceGraph, question: Item<FaqEntry>): SearchAttributes {
  return {
    filters: withoutEmpty({
      [facetNames.type]: ['Security FAQ'],
      [facetNames.topic]: [faqCategoryLabels[question.data.category]],
      [facetNames.framework]: frameworkNames(graph, question.data.frameworks),
    }),
    meta: {},
    sort: { title: question.data.question },
  };
}

/** Attributes for pages that only need a type and a title: scenarios, updates and the list of subprocessors. */
export function getBasicSearch(
  type: 'Scenario' | 'Update' | 'Subprocessor',
  title: string,
  frameworks: string[] = [],
): SearchAttributes {
  return {
    filters: withoutEmpty({ [facetNames.type]: [type], [facetNames.framework]: frameworks }),
    meta: {},
    sort: { title },
  };
}
