import type { PaginateFunction } from 'astro';
import { getFrameworkName, type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { coveragePageSize, coverageUrl, entryUrl, searchUrl } from '../../present/urls.ts';
import { facetNames } from '../../search/attributes.ts';
import { coverageStateTones, getCoverageState } from '../../graph/gaps.ts';
import { coverageStateLabels } from '../../present/labels.ts';
import { frameworkStandingBadge } from '../../present/list-items.ts';
import { getCoverageItems, getCoverageRows, type CoverageRow } from '../../graph/coverage-rows.ts';
import { getFrameworkSummary } from '../../graph/coverage.ts';
import { getFrameworkGaps, getSummaryLines } from '../../present/coverage.ts';
import { getMatrixLink } from '../../graph/matrix.ts';
import { getCoverageBar } from '../../pictures/bars.ts';
import type { BadgeData, LinkData, PageHeading, PageMeta } from '../parts.ts';

type CoverageItem = ReturnType<typeof getCoverageItems>[number];

/** A coverage row with the search that lists every control of its requirement, when the row names only some. */
export type CoverageTraceRow = CoverageRow & { moreControlsHref?: string | undefined };

/** A framework's trace from requirement to control, party and evidence, paginated over its requirements. */
export function paginateCoverage(graph: AssuranceGraph, paginate: PaginateFunction) {
  return graph.frameworks.flatMap((framework) =>
    paginate(getCoverageItems(graph, framework.id), { pageSize: coveragePageSize, params: { id: framework.id } }),
  );
}

/** One page of a framework's coverage: its evidence state, summary and gaps, and its share of the trace. */
export function getCoveragePage(
  graph: AssuranceGraph,
  id: string,
  page: { currentPage: number; lastPage: number; data: readonly CoverageItem[] },
) {
  const framework = graph.framework(id);
  const name = getFrameworkName(framework);
  const listsRequirements = framework.data.requirements.length > 0;
  const state = getCoverageState(graph, framework.id);
  const matrix = getMatrixLink(graph, 'frameworks', framework.id);
  const meta: PageMeta = {
    title: `Coverage: ${name}`,
    description: `How each requirement of ${name} is met: the controls, who is responsible and the evidence.`,
    section: 'frameworks/',
  };
  const header: PageHeading = {
    eyebrow: 'Coverage',
    title: `${name} coverage`,
    lead: listsRequirements
      ? `Each requirement of ${name}, the controls mapped to it, who is responsible, ` +
        'and the evidence with its state on the build date.'
      : `${name} lists no requirements here, ` +
        'so each control mapped to it is shown with who is responsible and its evidence.',
  };
  const badges: BadgeData[] = [
    frameworkStandingBadge(graph, framework.id),
    { value: coverageStateTones[state], label: coverageStateLabels[state] },
  ];
  const links: LinkData[] = [
    { href: entryUrl('frameworks', framework.id), label: `About ${name}` },
    ...(matrix ? [{ href: matrix, label: `Who does what for ${name}` }] : []),
  ];
  const first = page.currentPage === 1;
  const summary = getFrameworkSummary(graph, framework.id);
  return {
    meta,
    header,
    badges,
    links,
    summary: getSummaryLines(summary),
    bar: getCoverageBar(`${name} coverage`, summary),
    gaps: first
      ? { gaps: getFrameworkGaps(graph, framework.id), horizonDays: graph.site.reviewHorizonDays }
      : undefined,
    gapsLinks: first ? [] : [{ href: `${coverageUrl(framework.id)}#gaps`, label: `Gaps in ${name} coverage` }],
    trace: {
      heading:
        (listsRequirements ? 'Requirements' : 'Controls') +
        (page.lastPage > 1 ? `, page ${page.currentPage} of ${page.lastPage}` : ''),
      // A requirement with more controls than a row names links to a search that lists every one of them.
      rows: getCoverageRows(graph, page.data).map((row): CoverageTraceRow => ({
        ...row,
        moreControlsHref:
          row.requirement && row.moreControls > 0
            ? searchUrl({
                term: row.requirement.label,
                filters: { [facetNames.type]: ['Control'], [facetNames.framework]: [name] },
              })
            : undefined,
      })),
      requirements: listsRequirements,
      empty: `No control is mapped to ${name} yet.`,
    },
  };
}
