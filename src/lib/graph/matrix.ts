import type { Control } from '../../schemas/controls.ts';
import type { Responsibility } from '../../schemas/shared.ts';
import { getPartDoesLabel, getResponsibilityLabel } from '../present/labels.ts';
import { compareLayers, getControlLayer, type ResponsibilityLayer } from '../responsibility/layers.ts';
import { collectionUrl, entryUrl, matrixUrl } from '../present/urls.ts';
import { getFrameworkName, type AssuranceGraph, type Item } from './assurance-graph.ts';
import { getControlEvidenceState, type EvidenceState } from './evidence-state.ts';
import { perGraph } from './memo.ts';

/** One control in the shared-responsibility matrix: who is responsible, by name, and each party's part. */
export interface MatrixRow {
  href: string;
  title: string;
  responsibility: Responsibility;
  /** Who is responsible, naming the parties: `Microsoft · Kestrel Ledger`. */
  responsibilityLabel: string;
  evidence: EvidenceState;
  provider: { part?: string | undefined };
  customer: { part?: string | undefined };
}

/** The controls of one domain of one layer on one page of the matrix. */
export interface MatrixDomain {
  layer: ResponsibilityLayer;
  /** The heading of each party's column, naming it: `Microsoft does`. */
  columns: { provider: string; customer: string };
  domain: string;
  rows: MatrixRow[];
}

/** A slice of the matrix: the controls of one framework or one service. */
export interface MatrixView {
  kind: 'frameworks' | 'services';
  /** The framework or service id. */
  id: string;
  /** The framework's short name or the service's title. */
  name: string;
  /** The controls in the view, ids in matrix order. */
  controls: string[];
}

/** Orders controls as the matrix shows them: by layer, then by domain, then by title. */
export function sortForMatrix(graph: AssuranceGraph, controls: readonly Item<Control>[]): Item<Control>[] {
  return [...controls].sort(
    (a, b) =>
      compareLayers(graph, a.id, b.id) ||
      a.data.domain.localeCompare(b.data.domain, 'en') ||
      a.data.title.localeCompare(b.data.title, 'en') ||
      a.id.localeCompare(b.id),
  );
}

/** Groups controls, already in matrix order, into the domains of each layer, with each party's part. */
export function getMatrixDomains(graph: AssuranceGraph, controlIds: readonly string[]): MatrixDomain[] {
  const domains: MatrixDomain[] = [];
  for (const id of controlIds) {
    const control = graph.control(id);
    const layer = getControlLayer(graph, id);
    const row: MatrixRow = {
      href: entryUrl('controls', id),
      title: control.data.title,
      responsibility: control.data.responsibility,
      responsibilityLabel: getResponsibilityLabel(layer, control.data.responsibility),
      evidence: getControlEvidenceState(graph, id),
      provider: { part: control.data.providerPart },
      customer: { part: control.data.customerPart },
    };
    const last = domains.at(-1);
    if (last?.layer.operator === layer.operator && last.domain === control.data.domain) last.rows.push(row);
    else {
      const columns = { provider: getPartDoesLabel(layer, 'provider'), customer: getPartDoesLabel(layer, 'customer') };
      domains.push({ layer, columns, domain: control.data.domain, rows: [row] });
    }
  }
  return domains;
}

/**
 * Every control in matrix order, and one view per framework and per service that has controls; computed once per graph.
 */
export const getMatrixViews = perGraph<{ all: string[]; views: MatrixView[] }, void>((graph) => {
  const all = sortForMatrix(graph, graph.controls).map((control) => control.id);
  const position = new Map(all.map((id, index) => [id, index]));
  const inOrder = (ids: readonly string[]) => [...ids].sort((a, b) => position.get(a)! - position.get(b)!);
  const views: MatrixView[] = [];
  for (const framework of graph.frameworks) {
    const ids = graph.controlsByFramework.get(framework.id) ?? [];
    if (ids.length > 0)
      views.push({ kind: 'frameworks', id: framework.id, name: getFrameworkName(framework), controls: inOrder(ids) });
  }
  for (const service of graph.services) {
    const ids = graph.controlsByService.get(service.id) ?? [];
    if (ids.length > 0)
      views.push({ kind: 'services', id: service.id, name: service.data.title, controls: inOrder(ids) });
  }
  return { all, views };
});

/** The matrix view of a framework or service, when it has controls. */
export function getMatrixLink(graph: AssuranceGraph, kind: 'frameworks' | 'services', id: string): string | undefined {
  const map = kind === 'frameworks' ? graph.controlsByFramework : graph.controlsByService;
  return (map.get(id) ?? []).length > 0 ? matrixUrl(kind, id) : undefined;
}

/** How many framework and service views the main matrix page links to before pointing to the full lists. */
export const viewLinkLimit = 20;

/** Links to the per-framework and per-service views, the first few of each, for the main matrix page. */
export function getViewLinks(views: readonly MatrixView[]) {
  const links = (kind: 'frameworks' | 'services') => {
    const all = views.filter((view) => view.kind === kind);
    return {
      count: all.length,
      items: all.slice(0, viewLinkLimit).map((view) => ({ href: matrixUrl(kind, view.id), title: view.name })),
      moreHref: all.length > viewLinkLimit ? collectionUrl(kind) : undefined,
    };
  };
  return { frameworks: links('frameworks'), services: links('services') };
}
