import type { APIRoute } from 'astro';
import { accentStyle, getBrandView } from '../lib/brand/view.ts';
import { getGraph } from '../lib/content/collections.ts';

/** The accent colours `site.yaml` names, as a stylesheet: the site's policy allows no inline style. */
export const GET: APIRoute = async () =>
  new Response(accentStyle(getBrandView((await getGraph()).site, '')), { headers: { 'Content-Type': 'text/css' } });
