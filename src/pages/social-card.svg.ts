import type { APIRoute } from 'astro';
import { socialCardSvg } from '../lib/brand/view.ts';
import { getGraph } from '../lib/content/collections.ts';
import { contentDir } from '../lib/content/paths.ts';
import { getSiteTitle } from '../lib/present/parties.ts';

/** The image a link to any page of the site previews with: the logo and the site's title on the accent. */
export const GET: APIRoute = async () => {
  const { site } = await getGraph();
  return new Response(socialCardSvg(site, getSiteTitle(site), contentDir), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
