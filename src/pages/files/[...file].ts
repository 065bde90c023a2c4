import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArtefacts } from '../../lib/build/published-files.ts';
import { getGraph } from '../../lib/content/collections.ts';
import { contentDir } from '../../lib/content/paths.ts';

/** Publishes the files of artefacts this build may show; gated files never reach a public build. */
export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return getPublishedArtefacts(graph).map((artefact) => ({ params: { file: artefact.data.file! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await readFile(join(contentDir, 'files', params.file!));
  return new Response(bytes);
};
