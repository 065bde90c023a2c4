import type { APIRoute } from 'astro';
import { getGraph } from '../lib/content/collections.ts';
import { getPrintStylesheet } from '../lib/present/print.ts';

export const GET: APIRoute = async () =>
  new Response(getPrintStylesheet((await getGraph()).site.url), { headers: { 'Content-Type': 'text/css' } });
