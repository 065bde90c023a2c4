/**
 * `/llms.txt`, the site's summary for language models in the llms.txt convention (https://llmstxt.org/): the site's
 * name as the heading, its description as a quote, how to read it, then sections of links. Frameworks, services,
 * scenarios and documents are listed one by one, each by its Markdown twin; the larger collections (subprocessors and
 * the security FAQ among them) by their list pages, downloads and counts, so the file stays small whatever the
 * number of entries.
 */
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getFrameworkName } from '../graph/assurance-graph.ts';
import { possessive } from '../present/format.ts';
import { describeFrameworkStanding } from '../present/list-items.ts';
import { collectionUrl, markdownTwinUrl, matrixUrl, pageUrl, subprocessorListUrl } from '../present/urls.ts';
import { getSubprocessorRecords } from '../subprocessors/downloads.ts';
import { escapeMarkdown, formatLinkItem } from './markdown.ts';

/** The text of `/llms.txt`. */
export function formatLlmsTxt(graph: AssuranceGraph): string {
  const { site } = graph;
  const url = site.url;
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const section = (title: string, items: string[]) => (items.length > 0 ? [`## ${title}`, '', ...items, ''] : []);
  const twin = (collection: 'frameworks' | 'services' | 'scenarios' | 'docs', id: string) =>
    markdownTwinUrl(collection, id);
  const current = getSubprocessorRecords(graph).filter((record) => record.standing === 'current').length;
  const lines = [
    `# ${escapeMarkdown(site.title ?? `${site.name} Trust Center`)}`,
    '',
    `> ${escapeMarkdown(site.description)}`,
    '',
    `Information as of ${graph.today}.${site.notice ? ` ${escapeMarkdown(site.notice)}` : ''}`,
    '',
    'Every page of a framework, artefact, control, service, scenario, update, document, subprocessor or security ' +
      'FAQ question has a Markdown twin: ' +
      'its address without the final slash, with `.md` (`/controls/<id>/` is also `/controls/<id>.md`).',
    '',
    ...section(
      'Frameworks',
      graph.frameworks.map((framework) =>
        formatLinkItem(
          getFrameworkName(framework),
          twin('frameworks', framework.id),
          url,
          describeFrameworkStanding(graph, framework.id),
        ),
      ),
    ),
    ...section(
      'Services',
      graph.services.map(({ id, data }) => formatLinkItem(data.title, twin('services', id), url, data.summary)),
    ),
    ...section(
      'Scenarios',
      graph.scenarios.map(({ id, data }) => formatLinkItem(data.title, twin('scenarios', id), url, data.question)),
    ),
    ...section(
      'Documents',
      graph.docs.map(({ id, data }) => formatLinkItem(data.title, twin('docs', id), url, data.description)),
    ),
    ...section('Subprocessors', [
      formatLinkItem(
        'Subprocessors',
        collectionUrl('subprocessors'),
        url,
        `${count(current, 'company processes', 'companies process')} customer data on ` +
          `${possessive(site.name)} behalf; ` +
          'the page also lists those announced and those removed, and every change',
      ),
      formatLinkItem('The list as JSON', subprocessorListUrl('json'), url),
      formatLinkItem('The list as CSV', subprocessorListUrl('csv'), url),
    ]),
    ...section('Lists', [
      formatLinkItem(
        'Artefacts',
        collectionUrl('artefacts'),
        url,
        count(
          graph.artefacts.length,
          'audit report, certificate or other document',
          'audit reports, certificates and other documents',
        ),
      ),
      formatLinkItem('Controls', collectionUrl('controls'), url, count(graph.controls.length, 'control', 'controls')),
      formatLinkItem(
        'Shared responsibility',
        matrixUrl(),
        url,
        'who does what for each control: the provider, the customer, or both',
      ),
      formatLinkItem('Updates', collectionUrl('updates'), url, count(graph.updates.length, 'notice', 'notices')),
      formatLinkItem(
        'Security FAQ',
        collectionUrl('faq'),
        url,
        count(graph.faq.length, 'question', 'questions') + ' a customer’s reviewer asks, answered',
      ),
    ]),
    ...section('Optional', [
      formatLinkItem('Search', pageUrl('search/'), url),
      formatLinkItem('File manifest', pageUrl('manifest.json'), url, 'the size and SHA-256 of every published file'),
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
