/**
 * Levenshtein distance between two texts when it is at most `limit`, else undefined. Only the band of
 * width 2·limit + 1 around the diagonal is computed, and the work stops as soon as a whole row of the
 * band exceeds the limit, so a long pair that differs much costs little.
 * Example: `editDistanceWithin('ketentraman', 'ketenteraman', 2)` → 1.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  if (a === b) return 0;
  const n = b.length;
  const over = limit + 1;
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    current.fill(over);
    current[0] = i <= limit ? i : over;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, previous[j] + 1, current[j - 1] + 1, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return undefined;
    [previous, current] = [current, previous];
  }
  return previous[n] <= limit ? previous[n] : undefined;
}
