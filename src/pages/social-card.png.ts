import type { APIRoute } from 'astro';
import { renderSocialCardPng } from '../lib/brand/social-png.ts';
import { socialCardSvg } from '../lib/brand/view.ts';
import { getGraph } from '../lib/content/collections.ts';
import { contentDir } from '../lib/content/paths.ts';
import { getSiteTitle } from '../lib/present/parties.ts';

/** The social card as PNG, which every link preview shows: drawn from the same SVG as `/social-card.svg`. */
export const GET: APIRoute = async () => {
  const { site } = await getGraph();
  const png = renderSocialCardPng(socialCardSvg(site, getSiteTitle(site), contentDir));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
