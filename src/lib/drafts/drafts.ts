/**
 * Drafts: entries marked `draft: true`. A build's graph never holds them, so no
 * page, download or count can show one; `npm run dev` keeps them and marks them.
 */
import { collectionNames, type CollectionName } from '../../schemas/shared.ts';
import type { GraphInput } from '../graph/assurance-graph.ts';

/** Set by the content check integration: `true` in `npm run dev`, `false` in a build; undefined outside Astro. */
declare const __TRUST_CENTER_DRAFTS__: boolean | undefined;

/**
 * Whether the pages show drafts: only in `npm run dev`. Not `import.meta.env.DEV`: Astro lets an environment
 * variable named `DEV`, which test runners set, take its place in pages rendered on the server.
 */
export function showsDrafts(): boolean {
  return typeof __TRUST_CENTER_DRAFTS__ === 'boolean' && __TRUST_CENTER_DRAFTS__;
}

/** An entry left out of a build as a draft. */
export interface DraftEntry {
  collection: CollectionName;
  id: string;
}

/** Whether an entry's data marks it a draft. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/** The graph's input without its drafts, and the drafts left out, by collection and then id. */
export function leaveOutDrafts(input: GraphInput): { input: GraphInput; drafts: DraftEntry[] } {
  const published: Record<string, unknown> = { ...input };
  const drafts: DraftEntry[] = [];
  for (const collection of collectionNames) {
    const items: readonly { id: string; data: unknown }[] = input[collection];
    const left = items.filter((item) => isDraft(item.data)).map(({ id }) => ({ collection, id }));
    drafts.push(...left.sort((a, b) => a.id.localeCompare(b.id, 'en')));
    published[collection] = items.filter((item) => !isDraft(item.data));
  }
  return { input: published as unknown as GraphInput, drafts };
}

/**
 * The build summary's lines on drafts: how many the build left out, then the file of each.
 * Nothing when there are none.
 */
export function formatDraftsReport(drafts: readonly DraftEntry[], files: ReadonlyMap<string, string>): string[] {
  if (drafts.length === 0) return [];
  const count = drafts.length === 1 ? '1 draft' : `${drafts.length} drafts`;
  return [
    `Left out ${count}, shown only by \`npm run dev\`; remove \`draft: true\` to publish one:`,
    ...drafts.map(({ collection, id }) => `  ${files.get(`${collection}/${id}`) ?? `${collection}/${id}`}`),
  ];
}

/** An entry's data without its `draft` field, for what a build exports: every entry a build holds is published. */
export function withoutDraftField<Data extends { draft: boolean }>(data: Data): Omit<Data, 'draft'> {
  const { draft, ...fields } = data;
  return fields;
}
