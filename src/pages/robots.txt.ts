import type { APIRoute } from 'astro';
import { getAudience } from '../lib/access.ts';
import { getGraph } from '../lib/content.ts';
import { getRobotsFile } from '../lib/hosting.ts';

export const GET: APIRoute = async () => new Response(getRobotsFile(getAudience(), (await getGraph()).site));
