import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { getSecurityFile } from '../../lib/build/hosting.ts';

export const GET: APIRoute = async () => {
  const { site, today } = await getGraph();
  return new Response(getSecurityFile(site, today));
};
