import type { APIRoute, GetStaticPaths } from 'astro';
import { getAudience } from '../../../lib/build/audience.ts';
import { getGraph } from '../../../lib/content/collections.ts';
import { formatManifestCsv, formatManifestJson } from '../../../lib/evidence/manifest.ts';
import { getEvidencePack } from '../../../lib/graph/evidence-pack.ts';

/** The manifest formats: how each is written and the type it is served as. */
const formats = {
  json: { write: formatManifestJson, type: 'application/json; charset=utf-8' },
  csv: { write: formatManifestCsv, type: 'text/csv; charset=utf-8; header=present' },
} as const;

/**
 * A scenario's evidence pack as JSON and as CSV (RFC 4180): metadata and how to obtain each item, never a gated body or
 * file.
 */
export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return graph.scenarios.flatMap((scenario) =>
    Object.keys(formats).map((format) => ({ params: { id: scenario.id, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const graph = await getGraph();
  const format = formats[params.format as keyof typeof formats];
  const pack = getEvidencePack(graph, params.id!, getAudience());
  return new Response(format.write(pack, graph.site.url), { headers: { 'Content-Type': format.type } });
};
