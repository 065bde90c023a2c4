import type { Audience } from '../build/audience.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { absoluteUrl, catalogSchemaUrl } from '../present/urls.ts';
import {
  exportArtefact,
  exportControl,
  exportDoc,
  exportFramework,
  exportScenario,
  exportService,
  exportUpdate,
  type CatalogContext,
} from './catalog-entries.ts';

/**
 * The version of the catalog's format. It changes only when a field is renamed,
 * removed or changes meaning; new fields keep it, so readers ignore what they do not know.
 */
export const catalogVersion = 1;

/** The whole catalog, as `/catalog.json` holds it. */
export type Catalog = ReturnType<typeof getCatalog>;

/**
 * Every entry of the site with its fields, its links to other entries by id and
 * the states computed for the build date. The public build leaves out what only
 * the internal build may show (`internalNote`, and the files of gated artefacts).
 */
export function getCatalog(graph: AssuranceGraph, audience: Audience) {
  const context: CatalogContext = {
    graph,
    audience,
    scenariosByFramework: reverseLinks(graph, 'frameworks'),
    scenariosByDoc: reverseLinks(graph, 'docs'),
  };
  const { site } = graph;
  return {
    $schema: absoluteUrl(catalogSchemaUrl(), site.url),
    version: catalogVersion,
    asOf: graph.today,
    audience,
    site: {
      name: site.name,
      title: site.title ?? `${site.name} Trust Center`,
      description: site.description,
      url: site.url,
      lang: site.lang,
      contacts: site.contacts,
    },
    providers: keyById(
      site.providers.map(({ id, name, portal, portalAccess }) => ({ id, name, portal, portalAccess })),
    ),
    frameworks: keyById(graph.frameworks.map((entry) => exportFramework(context, entry))),
    artefacts: keyById(graph.artefacts.map((entry) => exportArtefact(context, entry))),
    controls: keyById(graph.controls.map((entry) => exportControl(context, entry))),
    services: keyById(graph.services.map((entry) => exportService(context, entry))),
    scenarios: keyById(graph.scenarios.map((entry) => exportScenario(context, entry))),
    updates: keyById(graph.updates.map((entry) => exportUpdate(context, entry))),
    docs: keyById(graph.docs.map((entry) => exportDoc(context, entry))),
  };
}

/** The catalog of a build, worked out once: the JSON and every CSV table are written from it. */
export const getBuildCatalog = perGraph((graph, audience: Audience) => getCatalog(graph, audience));

/** The catalog as JSON text: two-space indents and a final newline, keys in a fixed order. */
export function formatCatalogJson(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** Entries keyed by id, in the order given; a reader reaches one as `.controls["mfa"]`. */
function keyById<T extends { id: string }>(entries: readonly T[]): Record<string, T> {
  return Object.fromEntries(entries.map((entry) => [entry.id, entry]));
}

/** The scenarios naming each framework or document, in scenario order. */
function reverseLinks(graph: AssuranceGraph, field: 'frameworks' | 'docs'): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const scenario of graph.scenarios) {
    for (const { id } of scenario.data[field]) links.set(id, [...(links.get(id) ?? []), scenario.id]);
  }
  return links;
}
