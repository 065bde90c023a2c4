import { Worker } from 'node:worker_threads';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { Audience } from '../build/audience.ts';
import { readEntryFrontMatter } from './front-matter.ts';
import { formatProblems, type Problem } from './problems.ts';

/** What a content check run in the background reports back. */
export interface BackgroundCheckOutcome {
  problems: Problem[];
  /** How many entries were read. */
  entryCount: number;
  /** The attention report of the content, when it has no problems. */
  attention: string[];
  /** The build summary's lines on the drafts a build leaves out; none when there are none. */
  drafts: string[];
  /** How long the check took, in milliseconds. */
  milliseconds: number;
}

/** What the worker is given. */
export interface BackgroundCheckRequest {
  contentDir: string;
  root: string;
  /** The build date, `YYYY-MM-DD`, for the attention report. */
  today: string;
  /** Which build the attention report is for, which decides whether it can point to the `/attention/` pages. */
  audience: Audience;
}

/** The hint shown under the report when the check fails a build. */
const contentCheckHint = 'Run `npm run content:check` to check the content without building.';

/**
 * Checks the content in a worker thread, so the check runs beside Astro's own
 * loading of the content instead of before it, and the memory it takes is
 * given back when it ends.
 */
export function startContentCheck(request: BackgroundCheckRequest): Promise<BackgroundCheckOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./background-check.worker.ts', import.meta.url), { workerData: request });
    let outcome: BackgroundCheckOutcome | undefined;
    worker.once('message', (message: BackgroundCheckOutcome) => (outcome = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (outcome) resolve(outcome);
      else reject(new Error(`The content check stopped with exit code ${code} before it reported.`));
    });
  });
}

/**
 * The error a build fails with when the content has problems. It carries no stack: the report names every file,
 * line and fix, and where in the build it was raised is no help to the writer reading it.
 */
export function contentCheckError(problems: readonly Problem[]): AstroError {
  const error = new AstroError(formatProblems(problems), contentCheckHint);
  error.stack = '';
  return error;
}

/**
 * The check a build started, shared with its content loaders. The loaders run
 * in Vite's module runner, a separate module graph from the integrations, so
 * the check is shared through a global.
 */
const sharedKey = Symbol.for('trust-center.content-check');

export function shareContentCheck(check: Promise<BackgroundCheckOutcome> | undefined): void {
  (globalThis as Record<symbol, unknown>)[sharedKey] = check;
}

export function getSharedContentCheck(): Promise<BackgroundCheckOutcome> | undefined {
  return (globalThis as Record<symbol, unknown>)[sharedKey] as Promise<BackgroundCheckOutcome> | undefined;
}

/**
 * A loader that reads entries as the content check does and, when loading fails
 * during a build, fails with the full report of the content check instead, so
 * writers see every problem with its line and fix rather than only the first one
 * Astro met. The dev server never stops for the content: it serves the check's
 * report in place of every page until the content is fixed (see
 * `content-check-middleware.ts`), so an entry that fails its schema is left out
 * (its last valid version stays), and a collection Astro cannot load is loaded
 * again when the content next changes.
 */
export function checkedLoader(loader: Loader): Loader {
  const load: Loader['load'] = async (context) => {
    if (context.watcher) return loadInDev(loader, context);
    try {
      await loader.load(context);
    } catch (error) {
      const outcome = await getSharedContentCheck()?.catch(() => undefined);
      if (outcome && outcome.problems.length > 0) throw contentCheckError(outcome.problems);
      throw error;
    }
  };
  return { ...loader, load };
}

/** Loads a collection for the dev server, which is never stopped by the content (see `checkedLoader`). */
async function loadInDev(loader: Loader, context: LoaderContext): Promise<void> {
  const watcher = context.watcher!;
  // An entry that fails its schema is not stored: pages keep what was last valid, and the graph never reads it.
  const failed = new Set<string>();
  // The check reads dates as written; a page can be asked for while it runs, so dates are read again here.
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      const parsed = await context.parseData({ ...props, data: readAsChecked(props.data, props.filePath) });
      failed.delete(props.id);
      return parsed;
    } catch {
      failed.add(props.id);
      return props.data;
    }
  };
  const store = new Proxy(context.store, {
    get(target, property) {
      if (property === 'set')
        return (entry: Parameters<typeof target.set>[0]) => !failed.delete(entry.id) && target.set(entry);
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  try {
    await loader.load({ ...context, parseData, store });
  } catch (error) {
    // A file Astro cannot read at all (front matter that is not YAML) stops the whole collection before it watches
    // its files: load it again at the next change of the content.
    const again = () => {
      watcher.off('all', again);
      void loadInDev(loader, context);
    };
    watcher.on('all', again);
    const outcome = await getSharedContentCheck()?.catch(() => undefined);
    if (!outcome || outcome.problems.length === 0) context.logger.error(String(error));
  }
}

/**
 * Astro reads front matter with js-yaml's default schema, which turns an unquoted
 * date into a `Date` and an impossible one into another day: `2026-02-30` becomes
 * 2 March 2026. The content check reads dates as the text written, so an entry
 * holding a date is read again from its file the same way, and an impossible date
 * fails its schema instead of showing as another day.
 */
function readAsChecked<Data extends Record<string, unknown>>(data: Data, filePath: string | undefined): Data {
  if (!filePath || !holdsDate(data)) return data;
  const checked = readEntryFrontMatter(filePath);
  return typeof checked === 'object' && checked !== null && !Array.isArray(checked) ? (checked as Data) : data;
}

function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsDate);
}
