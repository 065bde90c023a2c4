import type { APIRoute } from 'astro';
import { formatTwinBundle } from '../lib/agents/twin-bundle.ts';
import { getGraph, getRenderedHtml } from '../lib/content/collections.ts';

/** Every entry page's Markdown twin in one file, which the build splits into the twins (`/controls/mfa.md`). */
export const GET: APIRoute = async () =>
  new Response(await formatTwinBundle(await getGraph(), getRenderedHtml), {
    headers: { 'Content-Type': 'application/json' },
  });
