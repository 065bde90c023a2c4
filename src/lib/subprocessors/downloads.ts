import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { formatCsv } from '../present/csv.ts';
import { subprocessorStandingLabels, transferMechanismLabels } from '../present/labels.ts';
import { absoluteUrl, entryUrl } from '../present/urls.ts';
import { getSubprocessorStanding, type SubprocessorStanding } from './standing.ts';

/** One subprocessor as the downloads give it: what the list page shows, never an internal note. */
export interface SubprocessorRecord {
  id: string;
  name: string;
  legalEntity: string;
  purpose: string;
  dataCategories: string[];
  locations: string[];
  /** The transfer mechanisms, in words: `EU standard contractual clauses`. */
  transferMechanisms: string[];
  /** The names of the services in scope that it serves. */
  services: string[];
  website?: string | undefined;
  since: string;
  until?: string | undefined;
  standing: SubprocessorStanding;
  /** Its page on this site, as a full address. */
  url: string;
}

/**
 * Every subprocessor, past ones included, in the list's order, as the downloads hold it and the pages show it:
 * worked out once per graph.
 */
export const getSubprocessorRecords = perGraph<SubprocessorRecord[], void>((graph) =>
  graph.subprocessors.map(({ id, data }) => ({
    id,
    name: data.name,
    legalEntity: data.legalEntity,
    purpose: data.purpose,
    dataCategories: data.dataCategories,
    locations: data.locations,
    transferMechanisms: data.transferMechanisms.map((mechanism) => transferMechanismLabels[mechanism]),
    services: data.services.map((service) => graph.service(service.id).data.title),
    website: data.website,
    since: data.since,
    until: data.until,
    standing: getSubprocessorStanding(data, graph.today),
    url: absoluteUrl(entryUrl('subprocessors', id), graph.site.url),
  })),
);

/** One subprocessor's record, by id. */
export function getSubprocessorRecord(graph: AssuranceGraph, id: string): SubprocessorRecord {
  const record = getSubprocessorRecords(graph).find((candidate) => candidate.id === id);
  if (!record) throw new Error(`There is no subprocessor \`${id}\`.`);
  return record;
}

/** The list as JSON: the organisation, the build date, the notice period and every subprocessor. */
export function formatSubprocessorsJson(graph: AssuranceGraph): string {
  const list = {
    organisation: graph.site.name,
    asOf: graph.today,
    noticeDays: graph.site.subprocessorNoticeDays,
    subprocessors: getSubprocessorRecords(graph),
  };
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** Columns of the CSV list, in order; a list of values is one field, its values joined by `; `. */
export const subprocessorColumns = [
  'id',
  'name',
  'legalEntity',
  'purpose',
  'dataCategories',
  'locations',
  'transferMechanisms',
  'services',
  'website',
  'since',
  'until',
  'status',
  'url',
] as const;

/** The list as CSV (RFC 4180), through the project's CSV helper, which keeps formulas from running. */
export function formatSubprocessorsCsv(graph: AssuranceGraph): string {
  const rows = getSubprocessorRecords(graph).map((record) => {
    const fields: Partial<Record<(typeof subprocessorColumns)[number], string | undefined>> = {
      ...record,
      dataCategories: record.dataCategories.join('; '),
      locations: record.locations.join('; '),
      transferMechanisms: record.transferMechanisms.join('; '),
      services: record.services.join('; '),
      status: subprocessorStandingLabels[record.standing],
    };
    return subprocessorColumns.map((column) => fields[column]);
  });
  return formatCsv([subprocessorColumns, ...rows]);
}
