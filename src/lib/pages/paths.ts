import type { CollectionName } from '../../schemas/shared.ts';
import { getGraph } from '../content/collections.ts';

/** The paths of a page per entry: ids only, so each page works out what it shows when it renders. */
export async function getEntryPaths(collection: CollectionName) {
  const graph = await getGraph();
  const entries: readonly { id: string }[] = graph[collection];
  return entries.map(({ id }) => ({ params: { id } }));
}
