/**
 * The catalog as CSV, one table per collection plus one of framework requirements,
 * for spreadsheets. The columns come from the catalog's JSON Schema, so each
 * table has the fields the JSON has, in a fixed order, whichever entries have a value.
 */
import { collectionNames, type CollectionName } from '../../schemas/shared.ts';
import { formatCsv } from '../present/csv.ts';
import type { Audience } from '../build/audience.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getCatalogEntries } from './catalog.ts';
import { getCatalogSchema } from './catalog-schema.ts';
import type { JsonSchema } from './schema-builders.ts';

/** The tables of the CSV export: one per collection, and the requirements of every framework. */
export const catalogTables = [...collectionNames, 'requirements'] as const;
export type CatalogTable = (typeof catalogTables)[number];

/** Separates the items of a list within one cell. */
const itemSeparator = '; ';

type Cell = string | number | undefined;
type Row = Record<string, unknown>;

/**
 * Lists of objects, written in one cell as a reader says them: a control's
 * mappings as `soc-2: cc6.1 cc6.2`, a service's data locations as
 * `European Union (West Europe, North Europe)`. Requirements have a table of their own.
 */
const summaries: Record<string, (item: Row) => string> = {
  requirements: (item) => String(item.id),
  mappings: (item) => {
    const requirements = item.requirements as string[];
    return requirements.length > 0 ? `${item.framework}: ${requirements.join(' ')}` : String(item.framework);
  },
  layers: (item) => `${item.layer}: ${item.responsibility}`,
  evidenceSides: (item) => `${item.party}: ${item.state}`,
  controlsByLayer: (item) => `${item.title}: ${item.total}`,
  subserviceOrganisations: (item) => `${item.provider ?? item.name} (${item.method})`,
  dataLocations: (item) => {
    const regions = item.regions as string[];
    return regions.length > 0 ? `${item.geography} (${regions.join(', ')})` : String(item.geography);
  },
};

/** The columns of an object's schema, nested objects flattened with dots: `auditPeriod.start`. */
function getColumns(schema: JsonSchema, prefix = ''): string[] {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (schema.type !== 'object' || !properties) return [prefix];
  return Object.entries(properties).flatMap(([key, property]) =>
    getColumns(property, prefix ? `${prefix}.${key}` : key),
  );
}

/** The value at a column's path (`['auditPeriod', 'start']`) in an entry, as one cell. */
function getCell(entry: Row, path: readonly string[]): Cell {
  const value = path.reduce<unknown>((object, key) => (object as Row | undefined)?.[key], entry);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const summary = summaries[path.at(-1)!];
    return value
      .map((item) => (summary && typeof item === 'object' ? summary(item as Row) : String(item)))
      .join(itemSeparator);
  }
  return typeof value === 'number' ? value : String(value);
}

/** The requirement rows of every framework, each naming its framework first. */
function getRequirementRows(frameworks: readonly Row[]): Row[] {
  return frameworks.flatMap((framework) =>
    (framework.requirements as Row[]).map((requirement) => ({ framework: framework.id, ...requirement })),
  );
}

/** One table of the catalog as CSV (RFC 4180), with a header record; cells starting a formula are neutralised. */
export function formatCatalogCsv(graph: AssuranceGraph, audience: Audience, table: CatalogTable): string {
  const properties = getCatalogSchema('').properties as Record<string, JsonSchema>;
  const entrySchema = (collection: CollectionName) => properties[collection]!.additionalProperties as JsonSchema;
  const requirementSchema = (entrySchema('frameworks').properties as Record<string, JsonSchema>).requirements!
    .items as JsonSchema;
  const columns =
    table === 'requirements' ? ['framework', ...getColumns(requirementSchema)] : getColumns(entrySchema(table));
  const entries = getCatalogEntries(graph, audience, table === 'requirements' ? 'frameworks' : table) as Row[];
  const rows = table === 'requirements' ? getRequirementRows(entries) : entries;
  const paths = columns.map((column) => column.split('.'));
  return formatCsv([columns, ...rows.map((row) => paths.map((path) => getCell(row, path)))]);
}
