/**
 * Dates after the build date. The site shows every date as a day that has passed: an artefact "Issued", an update
 * in the feeds, a control "Last reviewed". A date still to come in one of those fields is most often a slip of the
 * keyboard (2027 for 2026), and a review dated ahead also pushes its next review out of sight. Dates that may lie
 * ahead by design are left alone: a next edition expected, a validity's end, a subprocessor's `since` or `until`
 * announced ahead of the change.
 */
import type { CollectionName } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { daysBetween } from '../graph/dates.ts';
import { formatDate, plural } from '../present/format.ts';
import type { AttentionItem, AttentionSection } from './kinds.ts';

/** One date of an entry, with the words a page puts before it. */
interface EntryDate {
  collection: CollectionName;
  id: string;
  title: string;
  label: string;
  date: string | undefined;
}

/** Every date an entry states as past, with its label: `Issued`, `Covers through`, `Dated`, `Last reviewed`. */
function getPastDates(graph: AssuranceGraph): EntryDate[] {
  const entry = (collection: CollectionName, item: { id: string; data: { title: string } }) => ({
    collection,
    id: item.id,
    title: item.data.title,
  });
  return [
    ...graph.artefacts.flatMap((artefact) => [
      { ...entry('artefacts', artefact), label: 'Issued', date: artefact.data.issued },
      { ...entry('artefacts', artefact), label: 'Covers through', date: artefact.data.coversThrough },
    ]),
    ...graph.updates.map((update) => ({ ...entry('updates', update), label: 'Dated', date: update.data.date })),
    ...graph.controls.map((control) => ({
      ...entry('controls', control),
      label: 'Last reviewed',
      date: control.data.lastReviewed,
    })),
    ...graph.docs.map((doc) => ({ ...entry('docs', doc), label: 'Last reviewed', date: doc.data.lastReviewed })),
  ];
}

/** The entries with a date after the build date, the nearest first. */
export function getFutureDated(graph: AssuranceGraph): AttentionItem[] {
  const { today } = graph;
  return getPastDates(graph)
    .filter((entry): entry is EntryDate & { date: string } => entry.date !== undefined && entry.date > today)
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id),
    )
    .map(({ collection, id, title, label, date }) => ({
      collection,
      id,
      title,
      reason: `${label} ${formatDate(date)}, ${plural(daysBetween(today, date), 'day')} after the build date.`,
      badge: { value: 'expiring', label: 'Dated ahead' },
    }));
}

/** The attention list of dates after the build date. */
export function getFutureDatedSection(graph: AssuranceGraph): AttentionSection {
  return {
    kind: 'future-dated',
    title: 'Dates after the build date',
    description:
      'Artefacts issued or covering through, updates dated and reviews recorded on a day still to come, which the ' +
      'site shows as past. Correct the date; a plan belongs in the text, or in `nextExpected`.',
    items: getFutureDated(graph),
  };
}
