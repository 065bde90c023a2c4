import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { getFeedPaths, writeFeedFile } from '../../lib/feeds/files.ts';

/**
 * The feeds of the site's changes, and of each framework's, in RSS 2.0, Atom and JSON Feed 1.1:
 * `/feeds/atom.xml`, `/feeds/frameworks/soc-2/feed.json`. Static hosts serve each by its extension.
 */
export const getStaticPaths = (async () => {
  return getFeedPaths(await getGraph()).map((path) => ({ params: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(writeFeedFile(await getGraph(), params.path!));
