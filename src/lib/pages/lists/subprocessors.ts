import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate, plural, possessive } from '../../present/format.ts';
import type { ListItem } from '../../present/list-items.ts';
import { entryUrl, sectionId, subprocessorListUrl } from '../../present/urls.ts';
import { getBasicSearch } from '../../search/attributes.ts';
import { getSubprocessorChanges } from '../../subprocessors/changes.ts';
import { getSubprocessorRecords, type SubprocessorRecord } from '../../subprocessors/downloads.ts';
import type { SubprocessorStanding } from '../../subprocessors/standing.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

/** One subprocessor as a row of the table. */
export interface SubprocessorRow {
  href: string;
  name: string;
  legalEntity: string;
  purpose: string;
  dataCategories: string;
  locations: string;
  transferMechanisms: string;
  services: string;
  /** The day it started, or for a past one the day it stopped. */
  date: { iso: string; text: string };
}

/** A table of subprocessors in one standing, with what its date column says. */
export interface SubprocessorTableData {
  id: string;
  title: string;
  dateLabel: string;
  rows: SubprocessorRow[];
}

const tables: { standing: SubprocessorStanding; id: string; title: string; dateLabel: string }[] = [
  { standing: 'current', id: 'current', title: 'Current subprocessors', dateLabel: 'Since' },
  { standing: 'planned', id: 'planned', title: 'Announced, not yet started', dateLabel: 'Starts' },
  { standing: 'removed', id: 'past', title: 'Past subprocessors', dateLabel: 'Removed' },
];

/** The badge of a change: done, or still to come, which customers are being given notice of. */
const changeBadges = {
  added: { value: 'current', label: 'Added' },
  removed: { value: 'retired', label: 'Removed' },
  'to-add': { value: 'in-progress', label: 'Announced' },
  'to-remove': { value: 'in-progress', label: 'Leaving' },
};

function getRow(record: SubprocessorRecord): SubprocessorRow {
  const date = record.standing === 'removed' && record.until ? record.until : record.since;
  return {
    href: entryUrl('subprocessors', record.id),
    name: record.name,
    legalEntity: record.legalEntity,
    purpose: record.purpose,
    dataCategories: record.dataCategories.join('; '),
    locations: record.locations.join(', '),
    transferMechanisms: record.transferMechanisms.join(', '),
    services: record.services.join(', '),
    date: { iso: date, text: formatDate(date) },
  };
}

/**
 * The subprocessors page: current ones as a table, in name order, then those announced and those removed, the
 * notice period, every dated change, and the list as CSV and JSON.
 */
export function getSubprocessorListPage(graph: AssuranceGraph) {
  const { name, subprocessorNoticeDays } = graph.site;
  const lead =
    `The companies that process customer data on ${possessive(name)} behalf: what they do, which data, where, ` +
    'and under which transfer safeguards.';
  // Searchable, so a reader who types "subprocessors" lands on the list; its tables name other pages, and are not.
  const meta: PageMeta = {
    title: 'Subprocessors',
    description: lead,
    section: 'subprocessors/',
    search: getBasicSearch('Subprocessor', 'Subprocessors'),
  };
  // The names readers search for the list by, shown as the entries' aliases are, and weighted in search alike.
  const header: PageHeading = { title: 'Subprocessors', lead, aliases: ['sub-processors', 'third-party processors'] };
  const notice =
    subprocessorNoticeDays === undefined
      ? undefined
      : `${name} tells customers of a new subprocessor ${plural(subprocessorNoticeDays, 'day')} before it starts ` +
        'processing their data.';
  const records = getSubprocessorRecords(graph);
  const groups: SubprocessorTableData[] = tables.map((table) => ({
    id: sectionId(table.id),
    title: table.title,
    dateLabel: table.dateLabel,
    rows: records.filter((record) => record.standing === table.standing).map(getRow),
  }));
  const [current, planned, past] = groups as [SubprocessorTableData, SubprocessorTableData, SubprocessorTableData];
  const changeItems: ListItem[] = getSubprocessorChanges(graph).map((change) => ({
    href: entryUrl('subprocessors', change.id),
    title: change.name,
    meta: formatDate(change.date),
    badges: [
      changeBadges[change.date > graph.today ? (change.kind === 'added' ? 'to-add' : 'to-remove') : change.kind],
    ],
  }));
  const downloads: LinkData[] = [
    { href: subprocessorListUrl('csv'), label: 'CSV' },
    { href: subprocessorListUrl('json'), label: 'JSON' },
  ];
  const changes = { id: sectionId('changes'), title: 'Changes', items: changeItems };
  return { meta, header, notice, current, planned, past, changes, downloads };
}
