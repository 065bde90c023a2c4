import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getFrameworkNames } from '../graph/assurance-graph.ts';

/**
 * The words search corrects misspellings to (see `spelling.ts`), published as `/search/words.json`: the words of
 * what each entry is called and what it is about, as every public page shows them (titles, other names, summaries,
 * descriptions, questions, purposes, and the titles of frameworks' requirements). Words of four letters or more,
 * lowercase, the most frequent first, then in alphabetical order, so the file is the same for the same content.
 */
export function getSearchVocabulary(graph: AssuranceGraph): string[] {
  const counts = new Map<string, number>();
  const add = (text: string | undefined) => {
    for (const word of text?.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const framework of graph.frameworks) {
    getFrameworkNames(framework).forEach(add);
    add(framework.data.summary);
    for (const requirement of framework.data.requirements) add(requirement.title);
  }
  for (const { data } of [...graph.artefacts, ...graph.services, ...graph.updates, ...graph.scenarios]) {
    add(data.title);
    add(data.summary);
  }
  for (const { data } of graph.scenarios) add(data.question);
  for (const { data } of [...graph.controls, ...graph.artefacts, ...graph.services]) data.aliases.forEach(add);
  for (const { data } of graph.docs) {
    add(data.title);
    add(data.description);
  }
  for (const { data } of graph.faq) add(data.question);
  for (const { data } of graph.subprocessors) {
    add(data.name);
    add(data.purpose);
    data.aliases.forEach(add);
  }
  for (const { data } of graph.controls) add(data.title);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([word]) => word);
}
