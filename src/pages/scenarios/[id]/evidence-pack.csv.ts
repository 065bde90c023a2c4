import type { APIRoute, GetStaticPaths } from 'astro';
import { getAudience } from '../../../lib/access.ts';
import { getGraph } from '../../../lib/content.ts';
import { formatManifestCsv, getEvidencePack } from '../../../lib/evidence-pack.ts';

/** A scenario's evidence pack as CSV (RFC 4180): metadata and how to obtain each item, never a gated body or file. */
export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return graph.scenarios.map((scenario) => ({ params: { id: scenario.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const graph = await getGraph();
  const pack = getEvidencePack(graph, params.id!, getAudience());
  return new Response(formatManifestCsv(pack, graph.site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
