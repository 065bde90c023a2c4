/**
 * Finds the known value closest to what a writer typed, to offer "did you mean …?".
 * Case, spaces, hyphens and punctuation are ignored first, so `SOC2` finds `soc-2`;
 * otherwise the closest value within a small edit distance wins, ties broken by order.
 */
export function suggest(found: string, known: readonly string[]): string | undefined {
  const wanted = normalise(found);
  if (!wanted) return undefined;
  const exact = known.find((candidate) => normalise(candidate) === wanted);
  if (exact) return exact;

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function normalise(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance with two rows of memory. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
