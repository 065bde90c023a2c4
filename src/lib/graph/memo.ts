import type { AssuranceGraph } from './assurance-graph.ts';

/**
 * Caches what a function works out from the graph and a key, once per graph and
 * key. The graph does not change during a build, and on large sites many pages
 * ask the same of one framework or list the same entry. A key is compared as a
 * `Map` compares keys: strings by value, objects (such as a list of ids) by
 * identity. For a value of the whole graph, give the key type `void` and call
 * the function with the graph alone. Callers must not change what they get
 * back: it is shared.
 */
export function perGraph<T, K = string>(
  compute: (graph: AssuranceGraph, key: K) => T,
): (graph: AssuranceGraph, key: K) => T {
  const caches = new WeakMap<AssuranceGraph, Map<K, T>>();
  // A build asks of one graph millions of times: it is compared before the weak map is looked up.
  let lastGraph: AssuranceGraph | undefined;
  let lastCache = new Map<K, T>();
  return (graph, key) => {
    if (graph !== lastGraph) {
      let cache = caches.get(graph);
      if (!cache) caches.set(graph, (cache = new Map()));
      lastGraph = graph;
      lastCache = cache;
    }
    const cached = lastCache.get(key);
    if (cached !== undefined || lastCache.has(key)) return cached!;
    const value = compute(graph, key);
    lastCache.set(key, value);
    return value;
  };
}
