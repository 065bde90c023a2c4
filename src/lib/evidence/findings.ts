import type { AuditOpinion } from '../../schemas/artefacts.ts';
import { isVisible, type Audience } from '../build/audience.ts';
import type { ArtefactNode } from '../graph/assurance-graph.ts';
import { formatDate, plural } from '../present/format.ts';
import { opinionLabels } from '../present/labels.ts';

/** What an artefact concludes: an audit report's opinion and exceptions, an assessment's score. */
export interface Findings {
  opinion?: AuditOpinion | undefined;
  exceptions?: number | undefined;
  score?: number | undefined;
}

/**
 * An artefact's findings, only where the artefact itself may be read: every build for a public one,
 * the internal build for a `sign-in` or `nda` one. What an auditor concluded is part of the report,
 * so a public build never carries a gated report's opinion, exceptions or score.
 */
export function getReadableFindings(artefact: ArtefactNode, audience: Audience): Findings {
  if (!isVisible(artefact.data.access, audience)) return {};
  const { opinion, exceptions, score } = artefact.data;
  return { opinion, exceptions, score };
}

/**
 * Findings as one line, as an evidence pack lists them: `Qualified opinion · 2 exceptions`,
 * `Score 71% on 20 November 2026`; undefined when there are none to show.
 */
export function describeFindings({ opinion, exceptions, score }: Findings, scoredOn?: string): string | undefined {
  const parts = [
    opinion && opinionLabels[opinion],
    exceptions === undefined ? undefined : exceptions === 0 ? 'No exceptions' : plural(exceptions, 'exception'),
    score === undefined ? undefined : `Score ${score}%${scoredOn ? ` on ${formatDate(scoredOn)}` : ''}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
