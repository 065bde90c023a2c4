import { faqCategories, type FaqEntry } from '../../schemas/faq.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';

/** Questions in the order the FAQ shows them: by category in its order, then `order`, then question, then id. */
export function sortFaq<T extends Item<Pick<FaqEntry, 'category' | 'order' | 'question'>>>(items: readonly T[]): T[] {
  const position = (item: T) => faqCategories.indexOf(item.data.category);
  return [...items].sort(
    (a, b) =>
      position(a) - position(b) ||
      a.data.order - b.data.order ||
      a.data.question.localeCompare(b.data.question, 'en') ||
      a.id.localeCompare(b.id),
  );
}

const getQuestionsById = perGraph<Map<string, Item<FaqEntry>>, void>(
  (graph) => new Map(graph.faq.map((item) => [item.id, item])),
);

/** A security FAQ question of the graph, by id. */
export function getFaqQuestion(graph: AssuranceGraph, id: string): Item<FaqEntry> {
  const item = getQuestionsById(graph).get(id);
  if (!item) throw new Error(`There is no security FAQ question \`${id}\`.`);
  return item;
}
