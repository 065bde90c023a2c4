import type { APIRoute } from 'astro';
import { getAudience } from '../lib/build/audience.ts';
import { getGraph } from '../lib/content/collections.ts';
import { getRobotsFile } from '../lib/build/hosting.ts';

export const GET: APIRoute = async () => new Response(getRobotsFile(getAudience(), (await getGraph()).site));
