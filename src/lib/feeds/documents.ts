import { Feed } from 'feed';
import type { ChangeEvent } from './events.ts';

/** The feed formats: the file each is written to, the media type it is announced with, and its name. */
export const feedFormats = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof feedFormats;

/** Everything one feed says, in any format. */
export interface FeedDocument {
  title: string;
  description: string;
  language: string;
  /** The organisation, as the feed's author. */
  author: { name: string; url: string };
  /** The full address of the page the feed follows, such as the updates page. */
  home: string;
  /** The full address of the feed in each format, the one being written included. */
  self: Record<FeedFormat, string>;
  /** Its newest events, at most as many as `feedItemLimits` allows, each with the full address of its page. */
  events: (ChangeEvent & { url: string })[];
}

/**
 * How many of its newest events a feed holds; older ones stay on the site's pages. A framework's feed changes
 * seldom and holds fewer, which keeps a site of hundreds of frameworks quick to build.
 */
export const feedItemLimits = { site: 50, framework: 20 } as const;

/** The day a feed with no events says it was updated: never the build's day, so the bytes do not change. */
const noEventsDate = '1970-01-01';

/** Writes a feed in one format, dated by its newest event. */
export function writeFeed(document: FeedDocument, format: FeedFormat): string {
  const { events } = document;
  const host = new URL(document.home).host;
  const updated = toTime(events[0]?.date ?? noEventsDate);
  if (format === 'json') return writeJsonFeed(document, events, host);
  const feed = new Feed({
    id: document.home,
    title: document.title,
    description: document.description,
    link: document.home,
    language: document.language,
    updated,
    generator: 'Trust Center',
    feedLinks: { rss: document.self.rss, atom: document.self.atom, json: document.self.json },
    author: { name: document.author.name, link: document.author.url },
  });
  for (const event of events) {
    feed.addItem({
      id: eventId(host, event),
      title: event.title,
      link: event.url,
      date: toTime(event.date),
      published: toTime(event.date),
      description: describeEvent(event),
      category: [{ name: event.label, term: event.label }],
    });
  }
  return `${format === 'rss' ? feed.rss2() : feed.atom1()}\n`;
}

/**
 * A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), a plain JSON document: `feed` writes the first
 * version of the format, without `authors` and `language`.
 */
function writeJsonFeed(document: FeedDocument, events: FeedDocument['events'], host: string): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: document.title,
    home_page_url: document.home,
    feed_url: document.self.json,
    description: document.description,
    language: document.language,
    authors: [document.author],
    items: events.map((event) => ({
      id: eventId(host, event),
      url: event.url,
      title: event.title,
      summary: event.summary,
      content_html: describeEvent(event),
      date_published: toTime(event.date).toISOString(),
      tags: [event.label],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/**
 * An event's permanent id, a tag URI (RFC 4151) on the site's host dated by the event:
 * `tag:trust.example.com,2026-02-01:updates/new-soc-2-report`.
 */
function eventId(host: string, event: ChangeEvent): string {
  return `tag:${host},${event.date}:${event.key}`;
}

/** An event as a short piece of HTML: its summary, then each detail on a line of its own. */
function describeEvent(event: ChangeEvent): string {
  const details = event.details.map(
    (detail) => `<p><strong>${escapeHtml(detail.label)}:</strong> ${escapeHtml(detail.text)}</p>`,
  );
  return [`<p>${escapeHtml(event.summary)}</p>`, ...details].join('');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Midnight UTC of a `YYYY-MM-DD` day. */
function toTime(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
