import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { formatCatalogSchema } from '../../lib/export/catalog-schema.ts';
import { absoluteUrl, catalogSchemaUrl } from '../../lib/present/urls.ts';

/** The JSON Schema of `/catalog.json`, which documents each of its fields. */
export const GET: APIRoute = async () =>
  new Response(formatCatalogSchema(absoluteUrl(catalogSchemaUrl(), (await getGraph()).site.url)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
