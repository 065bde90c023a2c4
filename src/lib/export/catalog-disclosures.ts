/**
 * The subprocessors and the security FAQ as the catalog export gives them: their
 * fields as written, links to other entries by id, and a subprocessor's standing on
 * the build date. Internal notes only in the internal build.
 */
import type { FaqEntry } from '../../schemas/faq.ts';
import type { Subprocessor } from '../../schemas/subprocessors.ts';
import type { Item } from '../graph/assurance-graph.ts';
import { getSubprocessorStanding } from '../subprocessors/standing.ts';
import { head, ids, type CatalogContext } from './catalog-entries.ts';
import { withoutDraftField } from '../drafts/drafts.ts';

/** A subprocessor: its fields, the services it serves by id, and where it stands on the build date. */
export function exportSubprocessor(context: CatalogContext, subprocessor: Item<Subprocessor>) {
  const { graph, audience } = context;
  const { data, id } = subprocessor;
  const { internalNote, ...fields } = withoutDraftField(data);
  return {
    ...head(context, 'subprocessors', id),
    ...fields,
    services: ids(data.services),
    internalNote: audience === 'internal' ? internalNote : undefined,
    standing: getSubprocessorStanding(data, graph.today),
  };
}

/** A security FAQ question: its fields, with the entries that back its answer by id. */
export function exportFaq(context: CatalogContext, question: Item<FaqEntry>) {
  const { data, id } = question;
  const { internalNote, ...fields } = withoutDraftField(data);
  return {
    ...head(context, 'faq', id),
    ...fields,
    frameworks: ids(data.frameworks),
    controls: ids(data.controls),
    artefacts: ids(data.artefacts),
    docs: ids(data.docs),
    internalNote: context.audience === 'internal' ? internalNote : undefined,
  };
}
