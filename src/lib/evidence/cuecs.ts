import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';

/**
 * The audit reports that rely on each control as a complementary user entity control, keyed by control id,
 * each list in the graph's order of artefacts; worked out once per graph.
 */
export const getCuecReliance = perGraph<Map<string, string[]>, void>((graph: AssuranceGraph) => {
  const reliance = new Map<string, string[]>();
  for (const artefact of graph.artefacts) {
    for (const control of artefact.data.cuecs) {
      const reports = reliance.get(control.id);
      if (reports) reports.push(artefact.id);
      else reliance.set(control.id, [artefact.id]);
    }
  }
  return reliance;
});

/**
 * The sentence a control's page opens its reliance with:
 * `Relied on by the Microsoft 365 SOC 2 report as a complementary user entity control.`
 */
export function describeCuecReliance(titles: readonly string[], total: number): string | undefined {
  if (total === 0) return undefined;
  const title = titles[0]!;
  // A title that ends in a comma clause (`…report, 2026`) needs the clause closed before the sentence goes on.
  if (total === 1)
    return `Relied on by the ${title}${title.includes(',') ? ',' : ''} as a complementary user entity control.`;
  return `Relied on by ${total} audit reports as a complementary user entity control.`;
}
