import type { Site } from '../../schemas/site.ts';
import { getSiteTitle } from '../present/parties.ts';
import { absoluteUrl, socialCardUrl } from '../present/urls.ts';
import { socialCardSize } from './social-png.ts';

/** One `<meta>` of a link preview: Open Graph's take `property`, Twitter's `name`. */
export interface SocialMeta {
  property?: string;
  name?: string;
  content: string;
}

/** Open Graph writes a locale as `en_GB`; a BCP 47 tag is `en-GB`. */
export const openGraphLocale = (lang: string) => lang.replace('-', '_');

/**
 * The Open Graph and Twitter card metadata of a page, so a link pasted into chat or e-mail previews with the
 * page's title and description, the site's name and its social card.
 */
export function socialMeta(page: { title: string; description: string; canonical: string }, site: Site): SocialMeta[] {
  const siteTitle = getSiteTitle(site);
  const image = absoluteUrl(socialCardUrl(), site.url);
  const imageAlt = site.brand ? `${site.brand.logo.alt} logo and ${siteTitle}` : siteTitle;
  const og = {
    title: page.title,
    description: page.description,
    site_name: siteTitle,
    url: page.canonical,
    locale: openGraphLocale(site.lang),
    type: 'website',
    image,
    'image:type': 'image/png',
    'image:width': String(socialCardSize.width),
    'image:height': String(socialCardSize.height),
    'image:alt': imageAlt,
  };
  const twitter = {
    card: 'summary_large_image',
    title: page.title,
    description: page.description,
    image,
    'image:alt': imageAlt,
  };
  return [
    ...Object.entries(og).map(([key, content]) => ({ property: `og:${key}`, content })),
    ...Object.entries(twitter).map(([key, content]) => ({ name: `twitter:${key}`, content })),
  ];
}
