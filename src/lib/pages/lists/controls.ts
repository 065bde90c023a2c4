import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { matrixUrl } from '../../present/urls.ts';
import { controlItem, groupBy } from '../../present/list-items.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

/** Every control in list order: by domain. */
export function getControlListIds(graph: AssuranceGraph): string[] {
  return [...graph.controls]
    .sort((a, b) => a.data.domain.localeCompare(b.data.domain, 'en'))
    .map((control) => control.id);
}

/** One page of the control list, grouped by domain. */
export function getControlListPage(graph: AssuranceGraph, ids: readonly string[]) {
  const meta: PageMeta = {
    title: 'Controls',
    description: 'Every control, grouped by domain, with who is responsible for it, by name.',
    section: 'controls/',
  };
  const header: PageHeading = {
    title: 'Controls',
    lead:
      'The controls that meet our obligations, grouped by domain. Each names who carries it out: the party ' +
      'that runs the service, the party that uses it, or both, and whose services it is on.',
  };
  const links: LinkData[] = [{ href: matrixUrl(), label: 'See the shared-responsibility overview' }];
  const groups = groupBy(
    ids.map((id) => graph.control(id)),
    (control) => control.data.domain,
  );
  return {
    meta,
    header,
    links,
    groups: groups.map((group) => ({ key: group.key, items: group.items.map((item) => controlItem(item, graph)) })),
  };
}
