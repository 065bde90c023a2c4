import type { AccessLevel } from '../../schemas/shared.ts';
import { requestIdPlaceholder, type RequestAction } from '../../schemas/site.ts';
import { getFrameworkName, type ArtefactNode, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { artefactTypeLabels } from './labels.ts';
import { getPartyName, getProvider } from './parties.ts';
import { absoluteUrl, entryUrl } from './urls.ts';

/** How a reader gets an artefact: where to go, and what they need. */
export interface ObtainInstructions {
  /** One sentence on what the reader needs. */
  summary: string;
  /** The writer's note, such as the role needed. */
  note?: string | undefined;
  /** Where to go: a download, a portal, a request form, or an email for an NDA request. */
  action?: ObtainAction | undefined;
}

/** The one action a reader takes to get an artefact. */
export interface ObtainAction {
  href: string;
  /** Named for what it does: `Download`, `Request the SOC 2 audit report under NDA`. */
  label: string;
  /** Whether it asks for a gated artefact, rather than downloading or reading a public one. */
  request?: true | undefined;
  /** The address an email request goes to, which paper prints in place of the filled-in `mailto:`. */
  address?: string | undefined;
}

/** Works out how to obtain an artefact from its access level, publisher and the site's settings. */
export function getObtainInstructions(
  graph: AssuranceGraph,
  artefact: ArtefactNode,
  fileHref?: string,
): ObtainInstructions {
  const { access, publisher, source, accessNote } = artefact.data;
  const provider = getProvider(graph.site, publisher);
  const publisherName = getPartyName(graph.site, publisher);
  const portal = source ?? provider?.portal;
  if (access === 'public') {
    if (fileHref)
      return {
        summary: 'Anyone may download this document.',
        note: accessNote,
        action: { href: fileHref, label: 'Download' },
      };
    return {
      summary: 'Anyone may read this document; no sign-in is needed.',
      note: accessNote,
      action: portal ? { href: portal, label: `Get it from ${publisherName}` } : undefined,
    };
  }
  const configured = publisher === 'organisation' ? graph.site.requestAccess[access] : undefined;
  if (access === 'sign-in') {
    return {
      summary: `Available to signed-in customers of ${publisherName}; it is not published on this site.`,
      note: accessNote ?? provider?.portalAccess,
      action:
        portal && !configured
          ? { href: portal, label: `Sign in at ${publisherName}`, request: true }
          : getRequestAction(graph, artefact, configured ?? { email: graph.site.contacts.nda }),
    };
  }
  if (publisher === 'organisation' || !portal) {
    const action = getRequestAction(graph, artefact, configured ?? { email: graph.site.contacts.nda });
    const how = action.href.startsWith('mailto:')
      ? `Ask ${graph.site.name} for it by email; we reply with the NDA to sign.`
      : 'Ask for it with the request form, which takes you through the NDA.';
    return { summary: `Shared under a non-disclosure agreement. ${how}`, note: accessNote, action };
  }
  return {
    summary:
      `Shared by ${publisherName} under its non-disclosure terms, which you accept when you sign in to its ` +
      `portal.`,
    note: accessNote ?? provider?.portalAccess,
    action: { href: portal, label: `Request it from ${publisherName}`, request: true },
  };
}

/** What the request asks for, by access level: the subject's opening, and the label's ending. */
const requestWords: Record<Exclude<AccessLevel, 'public'>, { subject: string; url: string; email: string }> = {
  nda: { subject: 'NDA request', url: 'Request %s under NDA', email: 'Request %s under NDA by email' },
  'sign-in': { subject: 'Access request', url: 'Sign in to get %s', email: 'Request access to %s by email' },
};

/**
 * The request for a gated artefact, as the site configures it: its form's address with the artefact's id, or an
 * email with the subject and body written, naming the artefact and leaving a line for the requester's company.
 */
export function getRequestAction(graph: AssuranceGraph, artefact: ArtefactNode, setting: RequestAction): ObtainAction {
  const words = requestWords[artefact.data.access as 'nda' | 'sign-in'];
  const name = describeArtefactShortly(graph, artefact);
  if (setting.url !== undefined) {
    return {
      href: setting.url.replaceAll(requestIdPlaceholder, encodeURIComponent(artefact.id)),
      label: words.url.replace('%s', name),
      request: true,
    };
  }
  const { title } = artefact.data;
  const page = absoluteUrl(entryUrl('artefacts', artefact.id), graph.site.url);
  const body = [
    `Please send me ${title} (${artefact.id}), listed at ${page}.`,
    '',
    'Company (legal name): ',
    `How we relate to ${graph.site.name} (customer, prospect, partner, auditor of a customer): `,
    'Name and work email of each person who needs it: ',
  ].join('\r\n');
  const subject = `${words.subject}: ${title} (${artefact.id})`;
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return {
    href: `mailto:${setting.email}?${query}`,
    label: words.email.replace('%s', name),
    request: true,
    address: setting.email,
  };
}

/** An artefact as a button names it: `the SOC 2 audit report`, or `the penetration test summary`. */
function describeArtefactShortly(graph: AssuranceGraph, artefact: ArtefactNode): string {
  const { frameworks, type } = artefact.data;
  const kind = artefactTypeLabels[type].toLowerCase();
  const framework = frameworks.length === 1 ? `${getFrameworkName(graph.framework(frameworks[0]!.id))} ` : '';
  return `the ${framework}${kind}`;
}
