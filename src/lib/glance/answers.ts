import type { Framework } from '../../schemas/frameworks.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { joinNames } from '../present/parties.ts';
import { entryUrl, faqAnchorUrl, sectionId } from '../present/urls.ts';
import type { LinkData } from '../pages/parts.ts';
import { getHeldFrameworkNames } from './frameworks.ts';

/** What a procurement reviewer asks first, each answered from the content, never written into the page. */
export interface GlanceAnswers {
  /** The frameworks the organisation holds and meets, by short name. */
  held: LinkData[];
  /** What the band says when the organisation holds none: that it inherits those listed below, or none yet. */
  noneHeld: string;
  /** Where the organisation's own services store customer data, by geography, and the page that details it. */
  locations?: { text: string; href: string } | undefined;
  /** The first question of the FAQ's incident group, whose answer the home page shows. */
  incidents?: { question: string; id: string; href: string } | undefined;
  /** Who to write to about security and, when set, privacy. */
  contacts: LinkData[];
}

/**
 * The answers a reviewer looks for first, from the frameworks, the organisation's services, the FAQ
 * and `site.yaml`.
 */
export function getGlanceAnswers(graph: AssuranceGraph, frameworks: readonly Item<Framework>[]): GlanceAnswers {
  const own = graph.services.filter((service) => service.data.operator === 'organisation');
  const located = own.find((service) => service.data.dataLocations.length > 0);
  const geographies = [
    ...new Set(own.flatMap((service) => service.data.dataLocations.map((place) => place.geography))),
  ];
  const incident = graph.faq.find((entry) => entry.data.category === 'incidents');
  const { security, privacy } = graph.site.contacts;
  return {
    held: getHeldFrameworkNames(graph, frameworks),
    noneHeld:
      frameworks.length > 0
        ? `None held by ${graph.site.name} itself; those it inherits are listed below.`
        : 'None yet.',
    locations: located && {
      text: joinNames(geographies),
      href: `${entryUrl('services', located.id)}#${sectionId('data-location')}`,
    },
    incidents: incident && { question: incident.data.question, id: incident.id, href: faqAnchorUrl(incident.id) },
    contacts: [
      { href: `mailto:${security}`, label: `Security: ${security}` },
      ...(privacy ? [{ href: `mailto:${privacy}`, label: `Privacy: ${privacy}` }] : []),
    ],
  };
}
