import { getFrameworkName, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { derivedChangeLabels } from '../present/labels.ts';
import { describeHolding } from '../present/parties.ts';
import { entryUrl } from '../present/urls.ts';
import type { ChangeEvent } from './events.ts';

/**
 * What the frameworks imply: each one added on its `since` day, unless it is only in progress, and retired on its
 * `until` day.
 */
export function getFrameworkEvents(graph: AssuranceGraph): ChangeEvent[] {
  return graph.frameworks.flatMap((framework) => {
    const { status, since, until, summary } = framework.data;
    const name = getFrameworkName(framework);
    const event = (change: 'added' | 'retired', date: string, title: string, text: string): ChangeEvent => ({
      key: `frameworks/${framework.id}/${change}`,
      date,
      label: derivedChangeLabels[`framework-${change}`],
      title,
      summary: text,
      details: [],
      href: entryUrl('frameworks', framework.id),
      frameworks: [framework.id],
      subjects: [`frameworks/${framework.id}`],
    });
    return [
      ...(since && status !== 'in-progress'
        ? [
            event(
              'added',
              since,
              `${name} added to the frameworks met`,
              `${describeHolding(graph, framework.id)}. ${summary}`,
            ),
          ]
        : []),
      ...(until && status === 'retired' ? [event('retired', until, `${name} no longer held`, summary)] : []),
    ];
  });
}
