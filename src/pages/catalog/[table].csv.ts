import type { APIRoute, GetStaticPaths } from 'astro';
import { getAudience } from '../../lib/build/audience.ts';
import { getGraph } from '../../lib/content/collections.ts';
import { catalogTables, formatCatalogCsv, type CatalogTable } from '../../lib/export/catalog-csv.ts';

/** The catalog as CSV (RFC 4180) for spreadsheets: a table per collection, and one of framework requirements. */
export const getStaticPaths = (() => catalogTables.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const csv = formatCatalogCsv(await getGraph(), getAudience(), params.table as CatalogTable);
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
