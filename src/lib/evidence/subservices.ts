import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
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

/** The subservice organisations an audit report names, each linked to that provider's reports on this site. */
export function getSubserviceItems(graph: AssuranceGraph, artefact: ArtefactNode): SubserviceItem[] {
  return artefact.data.subserviceOrganisations.map((organisation) => ({
    name: organisation.provider ? getPartyName(graph.site, organisation.provider) : organisation.name!,
    method: subserviceMethodLabels[organisation.method],
    reports: organisation.reports.map((report) => artefactItem(graph, graph.artefact(report.id))),
  }));
}
