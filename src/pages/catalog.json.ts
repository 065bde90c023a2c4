import type { APIRoute } from 'astro';
import { getAudience } from '../lib/build/audience.ts';
import { getGraph } from '../lib/content/collections.ts';
import { formatCatalogJson, getCatalog } from '../lib/export/catalog.ts';

/** Every entry with its fields, links and states on the build date; the public build holds public material only. */
export const GET: APIRoute = async () =>
  new Response(formatCatalogJson(getCatalog(await getGraph(), getAudience())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
