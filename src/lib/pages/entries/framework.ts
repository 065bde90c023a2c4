import { getFrameworkName, getFrameworkNames, type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { catalogEntryUrl, coveragePageSize, coverageUrl, sectionId } from '../../present/urls.ts';
import { getFrameworkSummary } from '../../graph/coverage.ts';
import { getSummaryLines } from '../../present/coverage.ts';
import { formatDate } from '../../present/format.ts';
import { getMatrixLink } from '../../graph/matrix.ts';
import { frameworkEvidenceBadge, frameworkStandingBadge } from '../../present/list-items.ts';
import { frameworkKindLabels } from '../../present/labels.ts';
import { describeFrameworkHolder } from '../../present/parties.ts';
import { getRequirementRows } from '../../present/requirements.ts';
import { getCoverageBar } from '../../pictures/bars.ts';
import { getTimelineSection } from '../../pictures/timeline.ts';
import { getFrameworkSearch } from '../../search/attributes.ts';
import { getSubscribeSection } from '../../feeds/subscribe.ts';
import { getRelationSection, type Fact, type LinkData, type PageHeading, type PageMeta } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a framework's page shows: its facts, its coverage, its evidence, controls and requirements. */
export function getFrameworkPage(graph: AssuranceGraph, id: string) {
  const framework = graph.framework(id);
  const { data } = framework;
  const name = getFrameworkName(framework);
  const subscribe = getSubscribeSection(graph, framework.id);
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'frameworks', id),
    draft: data.draft,
    feeds: subscribe.feeds,
    // Worked out when read: the page reads it, its Markdown twin does not.
    get search() {
      return getFrameworkSearch(graph, framework);
    },
    title: name,
    description: data.summary,
    section: 'frameworks/',
  };
  const header: PageHeading = {
    exportHref: catalogEntryUrl('frameworks', id),
    aliases: getFrameworkNames(framework).filter((alias) => alias !== data.title),
    eyebrow: frameworkKindLabels[data.kind],
    title: data.title,
    lead: data.summary,
    badges: [frameworkStandingBadge(graph, framework.id), frameworkEvidenceBadge(graph, framework.id)],
  };
  const facts: Fact[] = [
    { label: 'ID', value: framework.id, weight: 10 },
    { label: 'Authority', value: data.authority },
    { label: 'Applies in', value: data.jurisdictions.join(', ') },
    { label: 'Industries', value: data.industries.join(', ') },
    { label: 'Who holds it', value: describeFrameworkHolder(graph, framework.id) },
    { label: 'Met since', value: data.since && formatDate(data.since), indexed: false },
    { label: 'Met until', value: data.until && formatDate(data.until), indexed: false },
    { label: 'Official page', value: data.website, href: data.website, indexed: false },
  ];
  const summary = getFrameworkSummary(graph, framework.id);
  const matrix = getMatrixLink(graph, 'frameworks', framework.id);
  const links: LinkData[] = [
    {
      href: coverageUrl(framework.id),
      label: `Trace each ${data.requirements.length > 0 ? 'requirement' : 'control'} to its evidence, and the gaps`,
    },
    ...(matrix ? [{ href: matrix, label: `Who does what for ${name}` }] : []),
  ];
  return {
    meta,
    header,
    facts,
    body: { collection: 'frameworks', id: framework.id } as const,
    coverage: {
      lines: getSummaryLines(summary),
      bar: getCoverageBar(`${name} coverage`, summary),
      id: sectionId('coverage'),
      title: 'Coverage',
      links,
    },
    evidence: getRelationSection(
      graph,
      'frameworks',
      framework.id,
      'artefacts',
      'evidence',
      'No artefact evidences this framework yet.',
    ),
    controls: getRelationSection(
      graph,
      'frameworks',
      framework.id,
      'controls',
      'controls',
      'No control is mapped to this framework yet.',
    ),
    timeline: getTimelineSection(graph, 'frameworks', framework.id),
    subscribe,
    // A long requirement list lives on the paginated coverage pages only, so this page stays small.
    requirements: data.requirements.length <= coveragePageSize ? getRequirementRows(graph, framework.id) : [],
  };
}
