import { getFrameworkName, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { sectionId } from '../present/urls.ts';
import { getFeedLinks, type FeedLink } from './files.ts';

/** A "Subscribe" section: what the feeds carry, and a link to each format. */
export interface SubscribeSection {
  id: string;
  title: string;
  lead: string;
  feeds: FeedLink[];
  /** The organisation's status page, for what is happening now rather than what has changed. */
  status?: { href: string; label: string } | undefined;
}

/** The site's feeds, once per graph: every page's head announces them. */
export const getSiteFeedLinks = perGraph<FeedLink[], void>((graph) => getFeedLinks(graph));

/** The section offering the site's feeds, or, with a framework, that framework's own. */
export function getSubscribeSection(graph: AssuranceGraph, frameworkId?: string): SubscribeSection {
  if (frameworkId) {
    const name = getFrameworkName(graph.framework(frameworkId));
    return {
      id: sectionId('subscribe'),
      title: `Follow ${name}`,
      lead:
        `A feed of the changes that concern ${name} alone: its reports published, superseded, expired or ` +
        'withdrawn, the updates that name it, and the day it was added or retired.',
      feeds: getFeedLinks(graph, frameworkId),
    };
  }
  const { status, name } = graph.site;
  return {
    id: sectionId('subscribe'),
    title: 'Subscribe',
    lead:
      'Follow these updates in a feed reader, with the reports published, superseded, expired or withdrawn and ' +
      "the frameworks added or retired. Each framework's page offers a feed of its own.",
    feeds: getSiteFeedLinks(graph),
    status: status ? { href: status, label: `${name} status page` } : undefined,
  };
}
