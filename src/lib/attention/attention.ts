import {
  describeFrameworkEvidence,
  describeReportWindow,
  describeValidity,
  formatDate,
  plural,
} from '../present/format.ts';
import {
  editionStateLabels,
  evidenceStateLabels,
  frameworkEvidenceLabels,
  freshnessLabels,
} from '../present/labels.ts';
import { overdueReviewBadge } from '../present/list-items.ts';
import { describeHolding } from '../present/parties.ts';
import { entryUrl } from '../present/urls.ts';
import { getFrameworkName, type ArtefactNode, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { daysBetween } from '../graph/dates.ts';
import {
  evidenceStates,
  evidenceStateTones,
  getControlEvidenceState,
  getFrameworkEvidenceState,
  isClaimedWithoutEvidence,
  isEvidenced,
} from '../graph/evidence-state.ts';
import { getReviewDue, isUnderReview, sortStale, type Reviewed } from '../graph/freshness.ts';
import { getFutureDatedSection } from './future-dates.ts';
import type { AttentionItem, AttentionSection } from './kinds.ts';

/**
 * What writers should look at on the build date: expired and expiring
 * artefacts, stale reports and reports needing a bridge letter, overdue
 * editions, overdue control and document reviews, controls without usable
 * evidence, frameworks the organisation meets without a current artefact, and
 * those it claims to hold without a current artefact of its own. Each list is
 * complete and sorted with the most pressing first.
 */
export function getAttention(graph: AssuranceGraph): AttentionSection[] {
  const { today, site } = graph;
  const stale = sortStale(graph.artefacts);
  const artefactItem = (artefact: (typeof stale)[number]): AttentionItem => ({
    collection: 'artefacts',
    id: artefact.id,
    title: artefact.data.title,
    reason: describeValidity(artefact, today),
    badge: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
  });

  const windowItem = (artefact: ArtefactNode): AttentionItem => ({
    collection: 'artefacts',
    id: artefact.id,
    title: artefact.data.title,
    reason: describeReportWindow(artefact, today),
    badge: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
  });
  const overdueEditions = graph.artefacts
    .filter((artefact) => artefact.editionOverdue)
    .sort((a, b) => a.data.nextExpected!.localeCompare(b.data.nextExpected!) || a.id.localeCompare(b.id));

  const overdue = (collection: 'controls' | 'docs', entries: readonly Reviewed[]): AttentionItem[] =>
    entries
      .map((entry) => ({ entry, review: getReviewDue(entry, today, site.controlReviewDays) }))
      .filter(({ review }) => review.overdue)
      .sort((a, b) => (a.entry.data.lastReviewed ?? '').localeCompare(b.entry.data.lastReviewed ?? ''))
      .map(({ entry: { id, data }, review }) => ({
        collection,
        id,
        title: data.title,
        reason: data.lastReviewed
          ? `Last reviewed ${formatDate(data.lastReviewed)}; the review was due ${formatDate(review.due!)}.`
          : 'No review recorded: `lastReviewed` is not set.',
        badge: overdueReviewBadge(data.lastReviewed),
      }));

  const unevidencedControls = graph.controls
    .map((control) => ({ control, state: getControlEvidenceState(graph, control.id) }))
    .filter(({ state }) => !isEvidenced(state))
    .sort((a, b) => evidenceStates.indexOf(b.state) - evidenceStates.indexOf(a.state));

  const unevidencedFrameworks = graph.frameworks
    .filter((framework) => framework.data.status === 'active')
    .map((framework) => ({ framework, state: getFrameworkEvidenceState(graph, framework.id) }))
    .filter(({ state }) => state !== 'evidenced');

  return [
    {
      kind: 'expired',
      title: 'Expired artefacts',
      description:
        'Artefacts past their last valid day that are still marked current. ' +
        'Publish the new edition and mark this one superseded, or withdraw it.',
      items: stale.filter((artefact) => artefact.freshness === 'expired').map(artefactItem),
    },
    {
      kind: 'stale',
      title: 'Stale audit reports',
      description:
        'Audit reports without `validUntil` whose period ended ' +
        `more than ${plural(site.reportWindowMonths, 'month')} ago. ` +
        'Publish the new report and mark this one superseded, or withdraw it.',
      items: stale.filter((artefact) => artefact.freshness === 'stale').map(windowItem),
    },
    {
      kind: 'expiring',
      title: 'Artefacts expiring soon',
      description:
        `Artefacts whose validity ends within ${site.reviewHorizonDays} days. ` +
        'Plan the renewal, and publish the new edition when it arrives.',
      items: stale.filter((artefact) => artefact.freshness === 'expiring').map(artefactItem),
    },
    {
      kind: 'bridge-needed',
      title: 'Audit reports needing a bridge letter',
      description:
        "Audit reports whose last day covered, the period end or a bridge letter's, " +
        `is more than ${plural(site.bridgeAfterMonths, 'month')} ago. ` +
        "Add the provider's bridge letter, naming the report in `bridges` and the day it covers in `coversThrough`.",
      items: stale.filter((artefact) => artefact.freshness === 'bridge-needed').map(windowItem),
    },
    {
      kind: 'edition-overdue',
      title: 'Editions overdue',
      description:
        'Artefacts whose next edition was expected by now, with no newer edition published. ' +
        'Publish it and mark this one superseded, or set `nextExpected` to the new date.',
      items: overdueEditions.map((artefact) => ({
        collection: 'artefacts',
        id: artefact.id,
        title: artefact.data.title,
        reason:
          `Next edition expected ${formatDate(artefact.data.nextExpected!)}, ` +
          `${plural(daysBetween(artefact.data.nextExpected!, today), 'day')} ago.`,
        badge: { value: 'edition-overdue', label: editionStateLabels.overdue },
      })),
    },
    {
      kind: 'overdue-reviews',
      title: 'Overdue control reviews',
      description:
        `Controls not reviewed in the last ${site.controlReviewDays} days, or never. ` +
        'Review each and set `lastReviewed`.',
      items: overdue('controls', graph.controls),
    },
    {
      kind: 'overdue-doc-reviews',
      title: 'Overdue document reviews',
      description:
        `Documents with an owner or a review date not reviewed in the last ${site.controlReviewDays} days, ` +
        'or never. Confirm what each promises still holds and set `lastReviewed`.',
      items: overdue('docs', graph.docs.filter(isUnderReview)),
    },
    {
      kind: 'unevidenced-controls',
      title: 'Controls without usable evidence',
      description:
        'Controls with no current or expiring artefact, and shared controls with usable evidence for one party only. ' +
        'Cite a current artefact in `evidence`.',
      items: unevidencedControls.map(({ control, state }) => ({
        collection: 'controls',
        id: control.id,
        title: control.data.title,
        reason:
          control.data.evidence.length === 0
            ? 'No artefact is cited.'
            : `${plural(control.data.evidence.length, 'artefact')} cited: ` +
              `${evidenceStateLabels[state].toLowerCase()}.`,
        badge: { value: evidenceStateTones[state], label: evidenceStateLabels[state] },
      })),
    },
    {
      kind: 'unevidenced-frameworks',
      title: 'Frameworks without a current artefact',
      description:
        'Frameworks marked as met that no current artefact names. ' +
        'Add the current report or certificate and list the framework in its `frameworks`.',
      items: unevidencedFrameworks.map(({ framework, state }) => ({
        collection: 'frameworks',
        id: framework.id,
        title: getFrameworkName(framework),
        reason: describeFrameworkEvidence(
          (graph.artefactsByFramework.get(framework.id) ?? []).length,
          frameworkEvidenceLabels[state],
        ),
        badge: { value: evidenceStateTones[state], label: frameworkEvidenceLabels[state] },
      })),
    },
    {
      kind: 'claimed-without-evidence',
      title: 'Frameworks claimed without evidence',
      description:
        `Frameworks the site says ${site.name} holds that no current artefact of its own names. ` +
        "Publish the organisation's current report or certificate, " +
        'or set `holder: provider` if only a provider holds it.',
      items: graph.frameworks
        .filter((framework) => isClaimedWithoutEvidence(graph, framework.id))
        .map((framework) => ({
          collection: 'frameworks',
          id: framework.id,
          title: getFrameworkName(framework),
          reason: `${describeHolding(graph, framework.id)}, but no current artefact ${site.name} publishes names it.`,
          badge: { value: 'expired', label: 'Claimed without evidence' },
        })),
    },
    getFutureDatedSection(graph),
  ];
}

/** How many entries of each kind the attention page names before linking to the full list. */
export const attentionListLimit = 10;

/** The href of an attention item's entry page. */
export function attentionItemHref(item: AttentionItem): string {
  return entryUrl(item.collection, item.id);
}
