import { getFrameworkName, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { getSiteTitle } from '../present/parties.ts';
import { absoluteUrl, collectionUrl, entryUrl, feedUrl, pageUrl } from '../present/urls.ts';
import { feedFormats, feedItemLimits, writeFeed, type FeedDocument, type FeedFormat } from './documents.ts';
import type { ChangeEvent } from './events.ts';
import { getChangeEvents, getEventsByFramework } from './sources.ts';

/** A feed a page links to: its format's name, media type and address. */
export interface FeedLink {
  label: string;
  type: string;
  href: string;
  /** The title a browser or reader shows for the feed, from the head of the page. */
  title: string;
}

const formats = Object.keys(feedFormats) as FeedFormat[];
const feedPath = /^(?:frameworks\/([^/]+)\/)?([^/]+)$/;

/** The path of every feed file under `/feeds/`: the site's, then each framework's, in every format. */
export function getFeedPaths(graph: AssuranceGraph): string[] {
  const scopes = ['', ...graph.frameworks.map((framework) => `frameworks/${framework.id}/`)];
  return scopes.flatMap((scope) => formats.map((format) => `${scope}${feedFormats[format].file}`));
}

/** The links to the site's feeds, or to one framework's, in every format. */
export function getFeedLinks(graph: AssuranceGraph, frameworkId?: string): FeedLink[] {
  const title = describeFeed(graph, frameworkId).title;
  return formats.map((format) => {
    const { file, type, label } = feedFormats[format];
    return { label, type, href: feedUrl(file, frameworkId), title: `${title} (${label})` };
  });
}

/** The text of one feed file, from its path under `/feeds/`, such as `frameworks/soc-2/atom.xml`. */
export function writeFeedFile(graph: AssuranceGraph, path: string): string {
  const [, frameworkId, file] = feedPath.exec(path) ?? [];
  const format = formats.find((candidate) => feedFormats[candidate].file === file);
  if (!format) throw new Error(`There is no feed \`${path}\`.`);
  const { site } = graph;
  const events: readonly ChangeEvent[] = frameworkId
    ? (getEventsByFramework(graph).get(frameworkId) ?? [])
    : getChangeEvents(graph);
  const full = (href: string) => absoluteUrl(href, site.url);
  const self = Object.fromEntries(
    formats.map((candidate) => [candidate, full(feedUrl(feedFormats[candidate].file, frameworkId))]),
  ) as Record<FeedFormat, string>;
  const document: FeedDocument = {
    ...describeFeed(graph, frameworkId),
    language: site.lang,
    author: { name: site.name, url: full(pageUrl()) },
    home: full(frameworkId ? entryUrl('frameworks', frameworkId) : collectionUrl('updates')),
    self,
    events: events
      .slice(0, feedItemLimits[frameworkId ? 'framework' : 'site'])
      .map((event) => ({ ...event, url: full(event.href) })),
  };
  return writeFeed(document, format);
}

/** A feed's title and description: the site's changes, or one framework's. */
function describeFeed(graph: AssuranceGraph, frameworkId: string | undefined) {
  const siteTitle = getSiteTitle(graph.site);
  const changes =
    'new reports, certifications added and removed, incidents, policy changes, and artefacts published, ' +
    'superseded, expired or withdrawn';
  if (!frameworkId)
    return { title: `${siteTitle}: updates`, description: `Changes at ${graph.site.name}: ${changes}.` };
  const name = getFrameworkName(graph.framework(frameworkId));
  return {
    title: `${siteTitle}: ${name}`,
    description: `Changes at ${graph.site.name} that concern ${name}: ${changes}.`,
  };
}
