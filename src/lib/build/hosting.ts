import type { Audience } from './audience.ts';
import type { Site } from '../../schemas/site.ts';
import { addDays } from '../graph/dates.ts';
import { absoluteUrl, pageUrl } from '../present/urls.ts';

/**
 * The Content-Security-Policy the site satisfies: everything from its own
 * origin, no inline code, and WebAssembly compilation for the search index.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * How long browsers and CDNs keep the files under `/_astro/`: a year, never revalidated. Astro names
 * each of them by a hash of its content, so a changed file always gets a new name.
 */
export const immutableAssetsCacheControl = 'public, max-age=31536000, immutable';

/**
 * The folders whose files are named by a hash of their content: Astro's assets, and the search index's
 * chunks, which Pagefind finds through its entry file, fetched afresh with a cache-busting query each time.
 */
export const contentHashedFolders = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

/**
 * Response headers in the `_headers` format of Netlify and Cloudflare Pages: the security
 * headers for every path, and a year's caching for the content-hashed files.
 */
export function getHeadersFile(audience: Audience): string {
  const headers = [
    `Content-Security-Policy: ${contentSecurityPolicy}`,
    'Strict-Transport-Security: max-age=63072000; includeSubDomains',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'X-Frame-Options: DENY',
    'Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy: same-origin',
  ];
  if (audience === 'internal') headers.push('X-Robots-Tag: noindex, nofollow');
  return (
    `/*\n${headers.map((header) => `  ${header}`).join('\n')}\n` +
    contentHashedFolders.map((folder) => `${folder}*\n  Cache-Control: ${immutableAssetsCacheControl}\n`).join('')
  );
}

/** `robots.txt`: the public build invites crawlers; the internal build turns them all away. */
export function getRobotsFile(audience: Audience, site: Site): string {
  if (audience === 'internal') return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(pageUrl('sitemap-index.xml'), site.url)}\n`;
}

/**
 * `/.well-known/security.txt` (RFC 9116) from the security contact. It expires a
 * day short of a year after the build, as the RFC recommends less than a year, so
 * a site left unpublished for a year stops vouching for it.
 */
export function getSecurityFile(site: Site, buildDate: string): string {
  const lines = [
    `Contact: mailto:${site.contacts.security}`,
    `Expires: ${addDays(buildDate, 364)}T00:00:00.000Z`,
    `Preferred-Languages: ${site.lang}`,
    `Canonical: ${absoluteUrl(pageUrl('.well-known/security.txt'), site.url)}`,
  ];
  return `${lines.join('\n')}\n`;
}
