import { getPartyName } from '../../present/parties.ts';
import { type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { entryUrl } from '../../present/urls.ts';
import type { ListItem } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/** The list of services, each with who runs it. */
export function getServiceListPage(graph: AssuranceGraph) {
  const meta: PageMeta = {
    title: 'Services',
    description: 'The services in scope of this trust center and where they keep data.',
  };
  const header: PageHeading = {
    title: 'Services',
    lead: 'The services in scope: our own product and the cloud services it runs on, with where each stores data.',
  };
  const items: ListItem[] = graph.services.map((service) => ({
    href: entryUrl('services', service.id),
    title: service.data.title,
    meta: `Run by ${getPartyName(graph.site, service.data.operator)} · ${service.data.summary}`,
  }));
  return { meta, header, items };
}
