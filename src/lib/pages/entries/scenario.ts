import { getAudience } from '../../build/audience.ts';
import { getFrameworkName, type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getEvidencePack } from '../../graph/evidence-pack.ts';
import { catalogEntryUrl, entryUrl, packManifestUrl, sectionId } from '../../present/urls.ts';
import { audienceLabels } from '../../present/labels.ts';
import { joinNames } from '../../present/parties.ts';
import { getBasicSearch } from '../../search/attributes.ts';
import type { PageHeading, PageMeta, RelationSection } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a scenario's page shows: the question, the steps, the evidence pack and the frameworks involved. */
export function getScenarioPage(graph: AssuranceGraph, id: string) {
  const scenario = graph.scenario(id);
  const { data } = scenario;
  const frameworks = data.frameworks.map((reference) => graph.framework(reference.id));
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'scenarios', id),
    draft: data.draft,
    search: getBasicSearch('Scenario', data.title, frameworks.map(getFrameworkName)),
    title: data.title,
    description: data.summary,
    section: 'scenarios/',
  };
  const header: PageHeading = {
    exportHref: catalogEntryUrl('scenarios', id),
    eyebrow: `Scenario for ${data.audience.map((audience) => audienceLabels[audience]).join(', ')}`,
    title: data.title,
    lead: data.summary,
  };
  const involved: RelationSection = {
    id: sectionId('frameworks'),
    title: 'Frameworks involved',
    items: frameworks.map((framework) => ({
      href: entryUrl('frameworks', framework.id),
      title: getFrameworkName(framework),
      meta: framework.data.summary,
    })),
  };
  const pack = getEvidencePack(graph, scenario.id, getAudience());
  return {
    meta,
    header,
    question: data.question,
    steps: data.steps,
    pack: {
      pack,
      organisation: graph.site.name,
      // The providers by name, as the pack heads their artefacts: `From Microsoft`.
      providers: joinNames([...new Set(pack.provider.map((item) => item.publisher))]) || 'the providers',
      manifests: { csv: packManifestUrl(scenario.id, 'csv'), json: packManifestUrl(scenario.id, 'json') },
    },
    frameworks: involved.items.length > 0 ? involved : undefined,
    body: { collection: 'scenarios', id: scenario.id } as const,
  };
}
