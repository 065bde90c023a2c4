import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { perGraph } from '../../graph/memo.ts';
import { getSubscribeSection } from '../../feeds/subscribe.ts';
import { getChangeEvents } from '../../feeds/sources.ts';
import { formatDate } from '../../present/format.ts';
import type { ListItem } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

const lead =
  'Every change, newest first: new reports, certifications added and removed, policy changes, subprocessors added ' +
  'and removed, and incidents. The feeds carry the same.';

/** The site's change events by key, indexed once per graph. */
const getEventsByKey = perGraph((graph) => new Map(getChangeEvents(graph).map((event) => [event.key, event])));

/**
 * Every change, newest first, by its key: the updates writers wrote, and the changes the content implies without
 * one (a subprocessor added or removed, a report published or superseded), as the feeds list them.
 */
export function getUpdateListIds(graph: AssuranceGraph): string[] {
  return getChangeEvents(graph).map((event) => event.key);
}

/** One page of the list of changes. */
export function getUpdateListPage(graph: AssuranceGraph, keys: readonly string[]) {
  const meta: PageMeta = { title: 'Updates', description: lead, section: 'updates/' };
  const header: PageHeading = { title: 'Updates', lead };
  const events = getEventsByKey(graph, '');
  return {
    meta,
    header,
    subscribe: getSubscribeSection(graph),
    items: keys.map((key): ListItem => {
      const event = events.get(key)!;
      return { href: event.href, title: event.title, meta: `${formatDate(event.date)} · ${event.label}` };
    }),
  };
}
