/** What needs attention, by kind: the kinds in the order they are listed, and the shape of each list. */
import type { CollectionName } from '../../schemas/shared.ts';

/** The kinds of problem a writer is asked to look at, in the order they are listed. */
export const attentionKinds = [
  'expired',
  'stale',
  'expiring',
  'bridge-needed',
  'edition-overdue',
  'overdue-reviews',
  'overdue-doc-reviews',
  'unevidenced-controls',
  'unevidenced-frameworks',
  'claimed-without-evidence',
  'future-dated',
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

/** One entry that needs attention, and why. */
export interface AttentionItem {
  collection: CollectionName;
  id: string;
  title: string;
  /** Why it is listed, with the dates that matter: `Valid until 31 October 2026, 29 days ago`. */
  reason: string;
  badge: { value: string; label: string };
}

/** One kind of problem and every entry that has it. */
export interface AttentionSection {
  kind: AttentionKind;
  title: string;
  /** What the list holds and what to do about it. */
  description: string;
  items: AttentionItem[];
}
