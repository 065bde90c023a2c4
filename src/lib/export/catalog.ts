import type { CollectionName } from '../../schemas/shared.ts';
import type { Audience } from '../build/audience.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
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
import { exportFaq, exportSubprocessor } from './catalog-disclosures.ts';

/**
 * The version of the catalog's format. It changes only when a field is renamed,
 * removed or changes meaning; new fields keep it, so readers ignore what they do not know.
 */
export const catalogVersion = 1;

/** How each collection's entries are exported, in the order the site lists them. */
const exporters = {
  frameworks: (context: CatalogContext) => context.graph.frameworks.map((entry) => exportFramework(context, entry)),
  artefacts: (context: CatalogContext) => context.graph.artefacts.map((entry) => exportArtefact(context, entry)),
  controls: (context: CatalogContext) => context.graph.controls.map((entry) => exportControl(context, entry)),
  services: (context: CatalogContext) => context.graph.services.map((entry) => exportService(context, entry)),
  scenarios: (context: CatalogContext) => context.graph.scenarios.map((entry) => exportScenario(context, entry)),
  updates: (context: CatalogContext) => context.graph.updates.map((entry) => exportUpdate(context, entry)),
  docs: (context: CatalogContext) => context.graph.docs.map((entry) => exportDoc(context, entry)),
  subprocessors: (context: CatalogContext) =>
    context.graph.subprocessors.map((entry) => exportSubprocessor(context, entry)),
  faq: (context: CatalogContext) => context.graph.faq.map((entry) => exportFaq(context, entry)),
} satisfies Record<CollectionName, (context: CatalogContext) => { id: string }[]>;

/** The whole catalog, as `/catalog.json` holds it. */
export type Catalog = ReturnType<typeof getCatalog>;

/**
 * Every entry of the site with its fields, its links to other entries by id and
 * the states computed for the build date. The public build leaves out what only
 * the internal build may show (`internalNote`, and the files and findings of gated artefacts).
 */
export function getCatalog(graph: AssuranceGraph, audience: Audience) {
  const context = createContext(graph, audience);
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
    frameworks: keyById(exporters.frameworks(context)),
    artefacts: keyById(exporters.artefacts(context)),
    controls: keyById(exporters.controls(context)),
    services: keyById(exporters.services(context)),
    scenarios: keyById(exporters.scenarios(context)),
    updates: keyById(exporters.updates(context)),
    docs: keyById(exporters.docs(context)),
    subprocessors: keyById(exporters.subprocessors(context)),
    faq: keyById(exporters.faq(context)),
  };
}

/**
 * The entries of one collection as the catalog gives them. Each CSV table is
 * written from one collection, so no build keeps the whole catalog in memory
 * for the tables.
 */
export function getCatalogEntries(graph: AssuranceGraph, audience: Audience, collection: CollectionName): object[] {
  return exporters[collection](createContext(graph, audience));
}

function createContext(graph: AssuranceGraph, audience: Audience): CatalogContext {
  return {
    graph,
    audience,
    scenariosByFramework: reverseLinks(graph, 'frameworks'),
    scenariosByDoc: reverseLinks(graph, 'docs'),
  };
}

/**
 * The catalog as compact JSON text with a final newline, keys in a fixed order: it is read by
 * programs, and runs to megabytes on a large site (`jq .` prints it indented).
 */
export function formatCatalogJson(catalog: Catalog): string {
  return `${JSON.stringify(catalog)}\n`;
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
