import type { Artefact } from '../../schemas/artefacts.ts';
import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { subserviceMethodLabels } from '../present/labels.ts';
import { artefactItem, type ListItem } from '../present/list-items.ts';
import { getPartyName } from '../present/parties.ts';

/** A subservice organisation as a report's page shows it: who, how the report treats it, and its own reports. */
export interface SubserviceItem {
  name: string;
  method: string;
  /** Its own reports on this site, which cover what this report carves out. */
  reports: ListItem[];
}

type SubserviceOrganisation = Artefact['subserviceOrganisations'][number];

/** A publisher's audit reports that no newer edition replaces and that are not withdrawn, worked out once a graph. */
const getLatestAuditReports = perGraph((graph, publisher: string) =>
  graph.artefacts.filter(
    (candidate) =>
      candidate.data.publisher === publisher &&
      candidate.data.type === 'audit-report' &&
      candidate.freshness !== 'superseded' &&
      candidate.freshness !== 'withdrawn',
  ),
);

/**
 * The reports on this site that cover a subservice organisation's controls: those the report names for it; or, for a
 * provider the report names without reports, that provider's audit reports no newer edition replaces, those on the
 * report's own frameworks when there are any. An organisation that is not a provider has only the reports named.
 */
export function getSubserviceReports(
  graph: AssuranceGraph,
  report: ArtefactNode,
  organisation: SubserviceOrganisation,
): ArtefactNode[] {
  if (organisation.reports.length > 0) return organisation.reports.map(({ id }) => graph.artefact(id));
  if (!organisation.provider) return [];
  const own = getLatestAuditReports(graph, organisation.provider);
  const frameworks = new Set(report.data.frameworks.map(({ id }) => id));
  const onSameFrameworks = own.filter((candidate) => candidate.data.frameworks.some(({ id }) => frameworks.has(id)));
  return onSameFrameworks.length > 0 ? onSameFrameworks : own;
}

/** The subservice organisations an audit report names, each linked to that provider's reports on this site. */
export function getSubserviceItems(graph: AssuranceGraph, artefact: ArtefactNode): SubserviceItem[] {
  return artefact.data.subserviceOrganisations.map((organisation) => ({
    name: organisation.provider ? getPartyName(graph.site, organisation.provider) : organisation.name!,
    method: subserviceMethodLabels[organisation.method],
    reports: getSubserviceReports(graph, artefact, organisation).map((report) => artefactItem(graph, report)),
  }));
}
