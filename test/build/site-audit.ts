import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page of the built site, read once. */
export interface BuiltPage {
  /** Path under the output folder, such as `frameworks/soc-2/index.html`. */
  file: string;
  html: string;
}

const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'g');

/** Values of one attribute across a page, with entities for `&` decoded. */
export function getAttributeValues(html: string, name: string): string[] {
  return [...html.matchAll(attribute(name))].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

/** The output file a site-relative URL is served from, or undefined when none exists. */
export function resolveUrl(outDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(decoded, 'index.html')]
    : [decoded, join(decoded, 'index.html'), `${decoded}.html`];
  return candidates.map((candidate) => join(outDir, candidate)).find((path) => existsSync(path));
}

/**
 * Every internal link of every page that does not resolve: a missing file, a
 * `#fragment` with no element of that id on the target page, or, for a site
 * published under a path (`base`, such as `/trust/`), a link outside that path.
 */
export function findBrokenLinks(outDir: string, pages: readonly BuiltPage[], base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set(getAttributeValues(readFileSync(file, 'utf8'), 'id'))));
    return set;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.file.replace(/index\.html$/, '')}`, 'https://site.invalid');
    for (const href of [...getAttributeValues(page.html, 'href'), ...getAttributeValues(page.html, 'src')]) {
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.file}: ${href} (outside the base path ${base})`);
        continue;
      }
      const target = resolveUrl(outDir, `/${url.pathname.slice(base.length)}`);
      if (!target) {
        broken.push(`${page.file}: ${href} (no such page)`);
      } else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page.file}: ${href} (no element with that id)`);
      }
    }
  }
  return broken;
}
