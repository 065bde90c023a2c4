/**
 * The Markdown twin of an entry page (`/controls/mfa.md` beside `/controls/mfa/`), for programs that read the site.
 * It is written from the page's own view model, so it says what the page says and nothing more: the heading, the
 * facts, who does what, how to obtain a document, a report's subservice organisations and the related entries, with
 * full addresses. It never holds the entry's body (the HTML page has it, with restricted sections removed) nor an
 * internal note; a security FAQ question's answer alone is given, as plain text, as the FAQ's structured data
 * gives it.
 */
import type { CollectionName } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import type { SubserviceItem } from '../evidence/subservices.ts';
import type { ObtainInstructions } from '../present/obtain.ts';
import type { ResponsibilityPart } from '../present/parties.ts';
import { entryUrl, markdownTwinUrl } from '../present/urls.ts';
import { entryPages } from '../pages/entry-pages.ts';
import type { Fact, LinkData, PageHeading, RelationSection } from '../pages/parts.ts';
import { escapeMarkdown, formatLink, formatLinkItem } from './markdown.ts';

/** The parts of a view model a twin is written from; any other part is left out. */
interface TwinSource {
  header: PageHeading;
  date?: { text: string };
  facts?: Fact[];
  /** An incident's facts, read as the other facts. */
  incident?: Fact[];
  parts?: { about: string; parts: ResponsibilityPart[] };
  obtain?: ObtainInstructions;
  question?: string;
  steps?: string[];
  mappings?: { href: string; name: string; requirements: { label: string; title?: string | undefined }[] }[];
  dataLocations?: { geography: string; regions: string[]; note?: string | undefined }[];
  reliance?: { subservices: { items: SubserviceItem[] }; cuecs?: RelationSection | undefined };
  links?: LinkData[];
}

const viewModels: Record<CollectionName, (graph: AssuranceGraph, id: string) => TwinSource> = entryPages;

/** The collections whose entries have a page, and so a twin. */
export const twinCollections = Object.keys(viewModels) as CollectionName[];

/** The Markdown twin of an entry's page; `answer` is a security FAQ question's answer, as plain text. */
export function getMarkdownTwin(
  graph: AssuranceGraph,
  collection: CollectionName,
  id: string,
  answer?: string | undefined,
): string {
  const page = viewModels[collection](graph, id);
  const siteUrl = graph.site.url;
  const { header } = page;
  const lines = [`# ${escapeMarkdown(header.title)}`, ''];
  const about = [
    header.eyebrow,
    ...(header.badges ?? []).map((badge) => (badge.prefix ? `${badge.prefix} ${badge.label}` : badge.label)),
  ].filter(Boolean);
  if (about.length > 0) lines.push(`${about.map((text) => escapeMarkdown(text!)).join(' · ')}`, '');
  if (header.lead) lines.push(escapeMarkdown(header.lead), '');
  if (header.aliases?.length) lines.push(`Also known as: ${header.aliases.map(escapeMarkdown).join(', ')}.`, '');
  lines.push(
    `The page: ${formatLink(header.title, entryUrl(collection, id), siteUrl)}, as of ${graph.today}, with the ` +
      'full text.',
    '',
  );

  const facts = [
    ...(page.date ? [{ label: 'Date', value: page.date.text }] : []),
    ...(page.facts ?? []),
    ...(page.incident ?? []),
  ].filter((fact) => fact.value);
  for (const fact of facts) {
    const value = fact.href ? formatLink(fact.value!, fact.href, siteUrl) : escapeMarkdown(fact.value!);
    lines.push(`- ${escapeMarkdown(fact.label)}: ${value}`);
  }
  if (facts.length > 0) lines.push('');
  if (answer) lines.push('## Answer', '', escapeMarkdown(answer), '');
  if (page.question) lines.push('## Question', '', escapeMarkdown(page.question), '');
  if (page.steps?.length) {
    lines.push('## Steps', '', ...page.steps.map((step, index) => `${index + 1}. ${escapeMarkdown(step)}`), '');
  }
  if (page.dataLocations?.length) {
    lines.push('## Data locations', '');
    for (const { geography, regions, note } of page.dataLocations) {
      const where = [geography, regions.join(', ')].filter(Boolean).join(': ');
      lines.push(`- ${escapeMarkdown(where)}${note ? `. ${escapeMarkdown(note)}` : ''}`);
    }
    lines.push('');
  }
  if (page.parts) {
    lines.push('## Who does what', '', escapeMarkdown(page.parts.about), '');
    for (const { heading, text, alone } of page.parts.parts) {
      lines.push(`- ${escapeMarkdown(heading)}: ${escapeMarkdown(text ?? `Nothing: this control is ${alone}.`)}`);
    }
    lines.push('');
  }
  if (page.mappings?.length) {
    lines.push('## Framework mappings', '');
    for (const { href, name, requirements } of page.mappings) {
      const listed = requirements.map(({ label, title }) => (title ? `${label} ${title}` : label)).join('; ');
      lines.push(`- ${formatLink(name, href, siteUrl)}${listed ? `: ${escapeMarkdown(listed)}` : ''}`);
    }
    lines.push('');
  }
  if (page.obtain) {
    const { summary, note, action } = page.obtain;
    lines.push('## How to obtain it', '', escapeMarkdown(summary));
    if (note) lines.push('', escapeMarkdown(note));
    if (action)
      lines.push(
        '',
        action.href.startsWith('mailto:')
          ? `${escapeMarkdown(action.label)}.`
          : formatLink(action.label, action.href, siteUrl),
      );
    lines.push('');
  }
  const subservices = page.reliance?.subservices.items ?? [];
  if (subservices.length > 0) {
    lines.push('## Subservice organisations', '');
    for (const { name, method, reports } of subservices) {
      lines.push(`### ${escapeMarkdown(name)}`, '', `${escapeMarkdown(method)}.`, '');
      if (reports.length === 0) lines.push('This site does not hold its reports.');
      for (const item of reports) lines.push(formatLinkItem(item.title, item.href, siteUrl, item.meta));
      lines.push('');
    }
  }
  const sections = [page.reliance?.cuecs, ...Object.values(page)].filter(isRelationSection);
  for (const section of sections) lines.push(...formatRelationSection(section, siteUrl));
  if (page.links?.length) {
    lines.push('## See also', '', ...page.links.map(({ label, href }) => formatLinkItem(label, href, siteUrl)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A section of related entries, as the page shows it: its heading, its sentence, its entries and its links. */
function formatRelationSection(section: RelationSection, siteUrl: string): string[] {
  const lines = [`## ${escapeMarkdown(section.title)}`, ''];
  if (section.intro) lines.push(escapeMarkdown(section.intro), '');
  if (section.items.length === 0) lines.push(escapeMarkdown(section.empty ?? 'None.'));
  for (const item of section.items) lines.push(formatLinkItem(item.title, item.href, siteUrl, item.meta));
  if (section.more) lines.push('', formatLink(`All ${section.more.count}`, section.more.href, siteUrl));
  if (section.links?.length) {
    lines.push('', ...section.links.map(({ label, href }) => formatLinkItem(label, href, siteUrl)));
  }
  return [...lines, ''];
}

function isRelationSection(value: unknown): value is RelationSection {
  return (
    typeof value === 'object' && value !== null && 'title' in value && Array.isArray((value as RelationSection).items)
  );
}

/** Entry pages' URLs and their twins', to link a page to its twin from the layout. */
const getTwinUrls = perGraph<Map<string, string>, void>(
  (graph) =>
    new Map(
      twinCollections.flatMap((collection) =>
        (graph[collection] as readonly { id: string }[]).map(({ id }) => [
          entryUrl(collection, id),
          markdownTwinUrl(collection, id),
        ]),
      ),
    ),
);

/** The twin of the page at a path, or undefined when the page is not an entry page. */
export function getMarkdownTwinUrl(graph: AssuranceGraph, pathname: string): string | undefined {
  return getTwinUrls(graph).get(pathname.endsWith('/') ? pathname : `${pathname}/`);
}
