import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate } from '../../present/format.ts';
import { subprocessorStandingLabels } from '../../present/labels.ts';
import { catalogEntryUrl, collectionUrl } from '../../present/urls.ts';
import { getSubprocessorSearch } from '../../search/attributes.ts';
import { getSubprocessorRecord } from '../../subprocessors/downloads.ts';
import { getSubprocessor, subprocessorStandingTones } from '../../subprocessors/standing.ts';
import type { Fact, LinkData, PageHeading, PageMeta } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a subprocessor's page shows: what it does, which data, where, on what terms, and since when. */
export function getSubprocessorPage(graph: AssuranceGraph, id: string) {
  const subprocessor = getSubprocessor(graph, id);
  const { data } = subprocessor;
  const record = getSubprocessorRecord(graph, id);
  const { standing } = record;
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'subprocessors', id),
    draft: data.draft,
    search: getSubprocessorSearch(graph, subprocessor),
    title: data.name,
    description: data.purpose,
    section: 'subprocessors/',
  };
  const header: PageHeading = {
    eyebrow: 'Subprocessor',
    title: data.name,
    aliases: data.aliases,
    lead: data.purpose,
    exportHref: catalogEntryUrl('subprocessors', id),
    badges: [
      { value: subprocessorStandingTones[standing], label: subprocessorStandingLabels[standing], prefix: 'Status:' },
    ],
  };
  const facts: Fact[] = [
    { label: 'Legal entity', value: data.legalEntity },
    { label: 'Customer data processed', value: data.dataCategories.join('; ') },
    { label: 'Where', value: data.locations.join(', ') },
    { label: 'Transfer mechanisms', value: record.transferMechanisms.join(', ') },
    { label: 'Services', value: record.services.join(', '), indexed: false },
    { label: 'Website', value: data.website, href: data.website },
    { label: standing === 'planned' ? 'Starts' : 'Since', value: formatDate(data.since), indexed: false },
    {
      label: standing === 'removed' ? 'Removed' : 'Leaves',
      value: data.until && formatDate(data.until),
      indexed: false,
    },
  ];
  const links: LinkData[] = [{ href: collectionUrl('subprocessors'), label: 'Every subprocessor, and the changes' }];
  return {
    meta,
    header,
    facts,
    body: { collection: 'subprocessors', id } as const,
    internalNote: data.internalNote,
    links,
  };
}
