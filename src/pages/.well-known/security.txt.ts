import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content.ts';
import { getSecurityFile } from '../../lib/hosting.ts';

export const GET: APIRoute = async () => {
  const { site, today } = await getGraph();
  return new Response(getSecurityFile(site, today));
};
