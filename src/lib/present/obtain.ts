import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
import { getPartyName, getProvider } from './parties.ts';

/** How a reader gets an artefact: where to go, and what they need. */
export interface ObtainInstructions {
  /** One sentence on what the reader needs. */
  summary: string;
  /** The writer's note, such as the role needed. */
  note?: string | undefined;
  /** Where to go: a download, a portal, or an email for an NDA request. */
  action?: { href: string; label: string } | undefined;
}

/** Works out how to obtain an artefact from its access level, publisher and the site contacts. */
export function getObtainInstructions(
  graph: AssuranceGraph,
  artefact: ArtefactNode,
  fileHref?: string,
): ObtainInstructions {
  const { access, publisher, source, accessNote, title } = artefact.data;
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
  if (access === 'sign-in') {
    return {
      summary: `Available to signed-in customers of ${publisherName}; it is not published on this site.`,
      note: accessNote ?? provider?.portalAccess,
      action: portal ? { href: portal, label: `Sign in at ${publisherName}` } : undefined,
    };
  }
  if (publisher === 'organisation' || !portal) {
    const subject = encodeURIComponent(`NDA request: ${title}`);
    return {
      summary:
        `Shared under a non-disclosure agreement. Ask ${graph.site.name} for it, naming the document; we ` +
        `reply with the NDA to sign.`,
      note: accessNote,
      action: {
        href: `mailto:${graph.site.contacts.nda}?subject=${subject}`,
        label: `Request it from ${graph.site.contacts.nda}`,
      },
    };
  }
  return {
    summary:
      `Shared by ${publisherName} under its non-disclosure terms, which you accept when you sign in to its ` +
      `portal.`,
    note: accessNote ?? provider?.portalAccess,
    action: { href: portal, label: `Request it from ${publisherName}` },
  };
}
