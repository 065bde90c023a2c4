import type { Responsibility } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getResponsibilityLabel } from '../present/labels.ts';
import { groupByLayer, type ResponsibilityLayer } from '../responsibility/layers.ts';
import { buildBar, type Bar, type BarPattern } from './bars.ts';

/** The split of one layer of shared responsibility: the whole layer, then each of its domains. */
export interface LayerBars {
  layer: ResponsibilityLayer;
  bar: Bar;
  domains: Bar[];
}

/** Provider first and customer last, so the shared part sits between the two it is shared by. */
const order = ['provider', 'shared', 'customer'] as const satisfies readonly Responsibility[];

const patterns: Record<Responsibility, BarPattern> = { provider: 'solid', shared: 'hatch', customer: 'dots' };

/** The controls of one layer split by who carries them out, each part named for the layer's parties. */
function splitByParty(graph: AssuranceGraph, layer: ResponsibilityLayer, label: string, ids: readonly string[]): Bar {
  const counts = new Map<Responsibility, number>();
  for (const id of ids) {
    const responsibility = graph.control(id).data.responsibility;
    counts.set(responsibility, (counts.get(responsibility) ?? 0) + 1);
  }
  return buildBar(
    label,
    { one: 'control' },
    order.map((responsibility) => ({
      key: responsibility,
      label:
        responsibility === 'shared'
          ? `shared by ${layer.title}`
          : `by ${getResponsibilityLabel(layer, responsibility)}`,
      count: counts.get(responsibility) ?? 0,
      tone: responsibility,
      pattern: patterns[responsibility],
    })),
  );
}

/**
 * Who carries out the controls, per layer and per domain within each layer, never added
 * across layers: each layer has parties of its own. Domains in alphabetical order.
 */
export function getResponsibilityBars(graph: AssuranceGraph, controlIds: readonly string[]): LayerBars[] {
  return groupByLayer(graph, controlIds).map(({ layer, controls }) => {
    const byDomain = new Map<string, string[]>();
    for (const id of controls) {
      const domain = graph.control(id).data.domain;
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), id]);
    }
    const domains = [...byDomain.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([domain, ids]) => splitByParty(graph, layer, domain, ids));
    return { layer, bar: splitByParty(graph, layer, layer.title, controls), domains };
  });
}
