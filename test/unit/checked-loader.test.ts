import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { checkedLoader } from '../../src/lib/content/background-check.ts';
import { createCheckingReference } from '../../src/lib/content/check.ts';
import { createArtefactSchema } from '../../src/schemas/artefacts.ts';
import { isoDateSchema } from '../../src/schemas/shared.ts';
import { editedContent } from '../fixtures/content-sets.ts';

/**
 * The data a loader wrapped by `checkedLoader` hands to Astro, when Astro read the file's front matter as `data`: in
 * the dev server, which watches the files, unless `build` is set.
 */
async function dataHandedToAstro(
  filePath: string,
  data: Record<string, unknown>,
  { build = false } = {},
): Promise<Record<string, unknown>> {
  let handed: Record<string, unknown> = {};
  const loader: Loader = {
    name: 'reads-one-file',
    load: async (context) => {
      await context.parseData({ id: 'soc-2-report', data, filePath });
    },
  };
  const context = {
    parseData: async ({ data: parsed }: { data: Record<string, unknown> }) => (handed = parsed),
    store: new Map(),
    watcher: build ? undefined : new EventEmitter(),
  } as unknown as LoaderContext;
  await checkedLoader(loader).load(context);
  return handed;
}

/** A dev server's context for one collection: its store, its watcher, its logger and a schema that wants a title. */
function devContext() {
  const stored = new Map<string, unknown>();
  const errors: string[] = [];
  const watcher = new EventEmitter();
  const context = {
    store: { set: (entry: { id: string; data: unknown }) => stored.set(entry.id, entry.data) && true },
    watcher,
    logger: { error: (message: string) => errors.push(message) },
    parseData: async ({ data }: { data: { title?: unknown } }) => {
      if (typeof data.title !== 'string') throw new Error('title: Required');
      return data;
    },
  } as unknown as LoaderContext;
  return { context, stored, errors, watcher };
}

describe('entries loaded for the pages of the dev server', () => {
  test('keep an impossible date as written, so it fails rather than rendering as a day of the next month', async () => {
    const content = editedContent({
      'artefacts/soc-2-report.md': (text) => text.replace('issued: 2026-02-01', 'issued: 2026-02-30'),
    });
    const file = join(content, 'artefacts', 'soc-2-report.md');
    // Astro reads front matter with js-yaml's default schema, which turns `2026-02-30` into 2 March 2026.
    const data = await dataHandedToAstro(file, {
      title: 'Example SOC 2 report',
      issued: new Date(Date.UTC(2026, 1, 30)),
    });
    expect(data.issued).toBe('2026-02-30');
    const ids = new Map([
      ['frameworks', ['soc-2']],
      ['services', ['app']],
    ] as const);
    const result = createArtefactSchema(createCheckingReference(ids)).safeParse(data);
    expect(result.success).toBe(false);
  });

  test('keep valid dates as their text', async () => {
    const content = editedContent({});
    const file = join(content, 'artefacts', 'soc-2-report.md');
    const data = await dataHandedToAstro(file, { issued: new Date(Date.UTC(2026, 1, 1)) });
    expect(data.issued).toBe('2026-02-01');
    expect(data.auditPeriod).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('the dev server, while the content has problems', () => {
  test('keeps running, and stores no entry that fails its schema', async () => {
    const { context, stored } = devContext();
    const loader: Loader = {
      name: 'two-entries',
      load: async ({ parseData, store }) => {
        for (const [id, data] of [
          ['mfa', { title: 'MFA' }],
          ['sso', { titel: 'SSO' }],
        ] as const) {
          store.set({ id, data: await parseData({ id, data }) });
        }
      },
    };
    await checkedLoader(loader).load(context);
    expect([...stored.keys()]).toEqual(['mfa']);
  });

  test('loads a collection it could not read again when the content next changes', async () => {
    const { context, stored, errors, watcher } = devContext();
    let readable = false;
    const loader: Loader = {
      name: 'front-matter-not-yaml-at-first',
      load: async ({ store }) => {
        if (!readable) throw new Error('The front matter is not valid YAML.');
        store.set({ id: 'mfa', data: { title: 'MFA' } });
      },
    };
    await checkedLoader(loader).load(context);
    // No content check runs here to report the file, so the loader's own error is logged.
    expect(errors).toEqual(['Error: The front matter is not valid YAML.']);
    expect(stored.size).toBe(0);
    readable = true;
    watcher.emit('all', 'change', '/content/controls/mfa.md');
    await vi.waitFor(() => expect([...stored.keys()]).toEqual(['mfa']));
    // Loaded once more only: the next change is left to the loader's own watching.
    watcher.emit('all', 'change', '/content/controls/mfa.md');
    expect(watcher.listenerCount('all')).toBe(0);
  });
});

describe('entries loaded for a build', () => {
  const impossibleDates =
    'are handed on as Astro read them: the content check stops the build before any page on an impossible date';
  test(impossibleDates, async () => {
    const content = editedContent({
      'artefacts/soc-2-report.md': (text) => text.replace('issued: 2026-02-01', 'issued: 2026-02-30'),
    });
    const issued = new Date(Date.UTC(2026, 1, 30));
    const data = await dataHandedToAstro(join(content, 'artefacts', 'soc-2-report.md'), { issued }, { build: true });
    expect(data).toEqual({ issued });
  });
});

describe('the date building block', () => {
  test('never turns an impossible date into another day', () => {
    for (const date of ['2026-02-30', '2026-11-31', '2026-09-31', '2027-02-29', '2026-04-31']) {
      expect(isoDateSchema.safeParse(date).success, date).toBe(false);
    }
    expect(isoDateSchema.safeParse('2028-02-29').data).toBe('2028-02-29');
  });

  test('says how many days the month has', () => {
    expect(isoDateSchema.safeParse('2026-11-31').error?.issues[0]?.message).toBe(
      'November has 30 days: write a day from `2026-11-01` to `2026-11-30`.',
    );
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe(
      'February 2026 has 28 days: write a day from `2026-02-01` to `2026-02-28`.',
    );
  });
});
