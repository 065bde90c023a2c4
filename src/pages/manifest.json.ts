import type { APIRoute } from 'astro';
import { formatFileManifest } from '../lib/build/published-files.ts';
import { getGraph } from '../lib/content/collections.ts';

/** Every file the build publishes under `/files/`, with its size and SHA-256, to verify a download. */
export const GET: APIRoute = async () =>
  new Response(formatFileManifest(await getGraph()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
