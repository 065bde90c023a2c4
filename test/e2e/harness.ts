/**
 * What every browser test shares: the pages of the built site, the shared browser,
 * and a visit that records console errors and failed requests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { describe, inject, test } from 'vitest';

/** Whether this run is continuous integration, where a missing tool is a failure, not a skip. */
export const inCi = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Declares a group of tests that needs a tool. When the tool is missing they are skipped,
 * with the message that says how to install it, except under CI, where the group fails with it.
 */
export function describeWithTool(name: string, missing: string | undefined, body: () => void): void {
  if (!missing) {
    describe(name, body);
  } else if (inCi) {
    describe(name, () => {
      test('has what it needs', () => {
        throw new Error(missing);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${missing}`);
    describe.skip(`${name} (${missing})`, body);
  }
}

/** The URL path of every HTML page under a built site: `index.html` files by their folder. */
export function listPagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Connects to the browser the global setup started. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** A browser context with the desktop viewport the site is reviewed at. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * A page that records what went wrong while it loaded: console errors, script errors, failed requests. It visits
 * the sample site, or the site served at `origin`.
 */
export async function openPage(context: BrowserContext, origin = inject('origin')) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // An aborted request was cancelled by the browser itself, as when the next page is
    // loaded before the favicon of this one; it says nothing about the site.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    page,
    /** Loads a path of the served site, forgetting the problems of the page before. */
    async visit(path: string): Promise<void> {
      problems.length = 0;
      await page.goto(origin + path, { waitUntil: 'load' });
    },
    /** The problems recorded since the last visit. */
    problems: (): string[] => [...problems],
  };
}

/** Runs a task for every item, a few at a time, keeping the results in the items' order. */
export async function mapInParallel<T, R>(
  items: readonly T[],
  width: number,
  task: (item: T, worker: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const work = async (worker: number) => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, (_, worker) => work(worker)));
  return results;
}
