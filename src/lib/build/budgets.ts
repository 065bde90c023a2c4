import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets of the built site. Sizes are gzipped at zlib's default level,
 * which is what most servers send and slightly larger than the best compression.
 */
export interface Budgets {
  /** The largest an entry page's HTML may be, gzipped, in bytes. */
  entryPageGzip: number;
  /** The largest all stylesheets together may be, gzipped, in bytes. */
  totalCssGzip: number;
  /**
   * The largest all first-party JavaScript together may be, gzipped, in bytes: script files outside `pagefind/` and
   * inline scripts.
   */
  firstPartyJsGzip: number;
  /** Paths (without leading slash) of the only script files a page may load and the site may hold. */
  allowedScripts: readonly RegExp[];
  /** Paths of script files that are third-party and so do not count towards the first-party budget. */
  thirdPartyScripts: readonly RegExp[];
}

/**
 * The site's budgets. No page needs JavaScript to work; search loads Pagefind's
 * own scripts from `pagefind/`, and small enhancements are bundled by Astro
 * into `_astro/`.
 */
export const siteBudgets: Budgets = {
  // 8 KB and 18 KB since the pictures drawn at build time and the brand's header and badges: measured in the
  // README, under the pictures.
  entryPageGzip: 8 * 1024,
  totalCssGzip: 18 * 1024,
  firstPartyJsGzip: 10 * 1024,
  allowedScripts: [/^pagefind\//, /^_astro\/[^/]+\.js$/],
  thirdPartyScripts: [/^pagefind\//],
};

/** One file of the built site with its sizes. */
export interface BuiltFile {
  /** Path under the output folder with `/` separators, such as `controls/mfa/index.html`. */
  path: string;
  /** Size in bytes. */
  size: number;
  /** Size in bytes once gzipped; computed for HTML, CSS and JavaScript only, the raw size for other files. */
  gzipSize: number;
}

/** The scripts one page runs. */
export interface PageScripts {
  /** Path of the page under the output folder, such as `search/index.html`. */
  page: string;
  /** Paths (without leading slash) of the script files it loads, or full URLs of scripts from other sites. */
  sources: string[];
  /** The text of each inline script. */
  inline: string[];
}

/** What a budget check of a built site finds. */
export interface BudgetReport {
  /** One sentence per exceeded budget, naming the file, its size and the budget. */
  violations: string[];
  /** The largest entry page, to report how close the site is to the budget. */
  largestEntryPage?: BuiltFile | undefined;
  /** All stylesheets together, gzipped. */
  cssGzip: number;
  /** All first-party JavaScript together, gzipped. */
  firstPartyJsGzip: number;
}

const compressed = /\.(?:html|css|m?js)$/;
const scriptFile = /\.m?js$/;

/** Gzipped size of a text or buffer, in bytes. */
export function getGzipSize(content: string | Uint8Array): number {
  return gzipSync(content).byteLength;
}

/** Formats a size in bytes as kilobytes with one decimal: `7.0 KB`. */
export function formatSize(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Every file of a built site with its sizes, sorted by path. */
export function readBuiltFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      const content = readFileSync(absolute);
      const path = relative(dir, absolute).split(sep).join('/');
      return {
        path,
        size: content.byteLength,
        gzipSize: compressed.test(path) ? getGzipSize(content) : content.byteLength,
      };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Script types browsers execute; other types, such as `application/ld+json`, hold data. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The scripts a page runs: the files it loads, resolved against the page's URL, and its inline scripts. */
export function findScripts(page: string, html: string): PageScripts {
  const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'https://site.invalid');
  const sources: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1]!;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!executableTypes.has(type)) continue;
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src) {
      const url = new URL(src.replaceAll('&amp;', '&'), pageUrl);
      sources.push(url.origin === pageUrl.origin ? decodeURIComponent(url.pathname.slice(1)) : url.href);
    } else if (match[2]!.trim()) {
      inline.push(match[2]!);
    }
  }
  return { page, sources, inline };
}

/** Entry pages over the budget, and the largest entry page. Pages not in `files` are skipped. */
export function checkEntryPages(files: readonly BuiltFile[], entryPages: readonly string[], budget: number) {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const pages = entryPages.map((path) => byPath.get(path)).filter((file) => file !== undefined);
  const largest = pages.reduce<BuiltFile | undefined>(
    (max, file) => (!max || file.gzipSize > max.gzipSize ? file : max),
    undefined,
  );
  const violations = pages
    .filter((file) => file.gzipSize > budget)
    .sort((a, b) => b.gzipSize - a.gzipSize)
    .map(
      (file) =>
        `\`${file.path}\` is ${formatSize(file.gzipSize)} gzipped; an entry page may be at ` +
        `most ${formatSize(budget)}. Show fewer related entries on it and link to their full list.`,
    );
  return { violations, largest };
}

/** The total gzipped size of every stylesheet, and a violation when it exceeds the budget. */
export function checkStylesheets(files: readonly BuiltFile[], budget: number) {
  const sheets = files.filter((file) => file.path.endsWith('.css'));
  const total = sheets.reduce((sum, file) => sum + file.gzipSize, 0);
  const parts = [...sheets]
    .sort((a, b) => b.gzipSize - a.gzipSize)
    .map((file) => `\`${file.path}\` ${formatSize(file.gzipSize)}`)
    .join(', ');
  const violations =
    total > budget
      ? [
          `The stylesheets total ${formatSize(total)} gzipped (${parts}); all CSS together may be at ` +
            `most ${formatSize(budget)}.`,
        ]
      : [];
  return { violations, total };
}

/**
 * JavaScript outside the allowed places, and first-party JavaScript over the
 * budget. Inline scripts count once per distinct text, however many pages
 * repeat them.
 */
export function checkJavaScript(files: readonly BuiltFile[], pages: readonly PageScripts[], budgets: Budgets) {
  const allowed = (path: string) => budgets.allowedScripts.some((pattern) => pattern.test(path));
  const thirdParty = (path: string) => budgets.thirdPartyScripts.some((pattern) => pattern.test(path));
  const where = budgets.allowedScripts.map((pattern) => `\`${pattern.source}\``).join(', ');
  const violations: string[] = [];

  for (const file of files) {
    if (scriptFile.test(file.path) && !allowed(file.path)) {
      violations.push(
        `\`${file.path}\` is a script outside the allowed places (${where}). Remove it, or bundle it through Astro.`,
      );
    }
  }
  const inline = new Map<string, string>();
  for (const { page, sources, inline: scripts } of pages) {
    for (const source of sources) {
      if (!allowed(source))
        violations.push(`\`${page}\` loads the script \`${source}\`, which is outside the allowed places (${where}).`);
    }
    for (const script of scripts) if (!inline.has(script)) inline.set(script, page);
  }

  const firstParty = files.filter((file) => scriptFile.test(file.path) && !thirdParty(file.path));
  const parts = [
    ...firstParty.map((file) => ({ name: `\`${file.path}\``, size: file.gzipSize })),
    ...[...inline].map(([script, page]) => ({ name: `an inline script in \`${page}\``, size: getGzipSize(script) })),
  ].sort((a, b) => b.size - a.size);
  const total = parts.reduce((sum, part) => sum + part.size, 0);
  if (total > budgets.firstPartyJsGzip) {
    const list = parts.map((part) => `${part.name} ${formatSize(part.size)}`).join(', ');
    violations.push(
      `First-party JavaScript totals ${formatSize(total)} gzipped (${list}); it may be at ` +
        `most ${formatSize(budgets.firstPartyJsGzip)}.`,
    );
  }
  return { violations, total };
}

/**
 * Checks a built site in `dir` against the budgets; `entryPages` are the paths of entry pages, such as
 * `controls/mfa/index.html`.
 */
export function checkBudgets(dir: string, entryPages: readonly string[], budgets: Budgets = siteBudgets): BudgetReport {
  const files = readBuiltFiles(dir);
  const pages = files
    .filter((file) => file.path.endsWith('.html'))
    .map((file) => findScripts(file.path, readFileSync(join(dir, file.path), 'utf8')));
  const entries = checkEntryPages(files, entryPages, budgets.entryPageGzip);
  const css = checkStylesheets(files, budgets.totalCssGzip);
  const js = checkJavaScript(files, pages, budgets);
  return {
    violations: [...entries.violations, ...css.violations, ...js.violations],
    largestEntryPage: entries.largest,
    cssGzip: css.total,
    firstPartyJsGzip: js.total,
  };
}
