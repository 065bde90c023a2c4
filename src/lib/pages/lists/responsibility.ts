import { getMatrixDomains, getMatrixViews, getViewLinks } from '../../graph/matrix.ts';
import { getLayerTotals } from '../../graph/coverage.ts';
import { getPartyLine } from '../../present/coverage.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { entryUrl } from '../../present/urls.ts';
import { getResponsibilityBars } from '../../pictures/responsibility-bars.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

/** One page of the shared-responsibility matrix of every control, with links to the views by framework and service. */
export function getMatrixPage(graph: AssuranceGraph, ids: readonly string[]) {
  const { all, views } = getMatrixViews(graph);
  // An organisation on no cloud provider has one layer: its own services, shared with its customers.
  const onProviders = graph.site.providers.length > 0;
  const meta: PageMeta = {
    title: 'Shared responsibility',
    description:
      'Who does what, control by control, in each layer of shared responsibility: ' +
      (onProviders
        ? 'between each cloud provider and us, and between us and our customers.'
        : 'between us and our customers.'),
    section: 'responsibility/',
  };
  const header: PageHeading = {
    title: 'Shared responsibility',
    lead: onProviders
      ? "Cloud services run under a shared responsibility model, in layers. On a provider's " +
        'services the provider secures the infrastructure and runs the service, and we manage our identities, ' +
        'data, devices and configuration. On our own product we are the provider, and our customers manage ' +
        'their users and settings. Here is the split, layer by layer and control by control.'
      : 'Our product runs under a shared responsibility model: we secure the infrastructure and run the ' +
        'service, and our customers manage their users and settings. Here is the split, control by control.',
  };
  // The document that explains the model, linked when the content has one.
  const explainer = graph.docs.find((doc) => doc.id === 'shared-responsibility-model');
  const links: LinkData[] = explainer
    ? [{ href: entryUrl('docs', explainer.id), label: 'How the shared responsibility model works' }]
    : [];
  return {
    meta,
    header,
    domains: getMatrixDomains(graph, ids),
    totals: getLayerTotals(graph, all).map(getPartyLine),
    links,
    viewLinks: getViewLinks(views),
    // The split of every control is drawn once, on the first page.
    split: ids[0] === all[0] ? getResponsibilityBars(graph, all) : [],
  };
}
