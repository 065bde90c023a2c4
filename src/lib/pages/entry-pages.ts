import type { CollectionName } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getArtefactPage } from './entries/artefact.ts';
import { getControlPage } from './entries/control.ts';
import { getDocPage } from './entries/doc.ts';
import { getFaqPage } from './entries/faq.ts';
import { getFrameworkPage } from './entries/framework.ts';
import { getScenarioPage } from './entries/scenario.ts';
import { getServicePage } from './entries/service.ts';
import { getSubprocessorPage } from './entries/subprocessor.ts';
import { getUpdatePage } from './entries/update.ts';

/** The view model of each collection's entry page, by collection. */
export const entryPages = {
  frameworks: getFrameworkPage,
  artefacts: getArtefactPage,
  controls: getControlPage,
  services: getServicePage,
  scenarios: getScenarioPage,
  updates: getUpdatePage,
  docs: getDocPage,
  subprocessors: getSubprocessorPage,
  faq: getFaqPage,
} satisfies Record<CollectionName, (graph: AssuranceGraph, id: string) => unknown>;
