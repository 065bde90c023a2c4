import type { APIRoute } from 'astro';
import { formatLlmsTxt } from '../lib/agents/llms-txt.ts';
import { getGraph } from '../lib/content/collections.ts';

/** The site's summary and its sections' links for language models, in the llms.txt convention. */
export const GET: APIRoute = async () =>
  new Response(formatLlmsTxt(await getGraph()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
