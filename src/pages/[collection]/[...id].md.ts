import type { APIRoute, GetStaticPaths } from 'astro';
import { getMarkdownTwin, twinCollections } from '../../lib/agents/markdown-twin.ts';
import { getGraph } from '../../lib/content/collections.ts';
import type { CollectionName } from '../../schemas/shared.ts';

/** The Markdown twin of every entry page: `/controls/mfa.md` beside `/controls/mfa/`. */
export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return twinCollections.flatMap((collection) =>
    (graph[collection] as readonly { id: string }[]).map(({ id }) => ({ params: { collection, id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(getMarkdownTwin(await getGraph(), params.collection as CollectionName, params.id!), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
