/**
 * `compute` kept per object: the first call for an object computes, later calls return that result.
 * For values derived from a recognised model or header, which never change once made; a WeakMap, so
 * a result goes when its object does.
 * Example: `const linesOf = perObject((t: BudgetTable) => …)` builds a table's lines once.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
