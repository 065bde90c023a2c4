import type { AssuranceGraph } from './assurance-graph.ts';

/**
 * Caches what a function works out from the graph and a key, once per graph.
 * The graph does not change during a build, and on large sites many pages ask
 * the same of one framework or list the same entry. Callers must not change
 * what they get back: it is shared.
 */
export function perGraph<T>(
  compute: (graph: AssuranceGraph, key: string) => T,
): (graph: AssuranceGraph, key: string) => T {
  const caches = new WeakMap<AssuranceGraph, Map<string, T>>();
  return (graph, key) => {
    let cache = caches.get(graph);
    if (!cache) caches.set(graph, (cache = new Map()));
    if (!cache.has(key)) cache.set(key, compute(graph, key));
    return cache.get(key)!;
  };
}
