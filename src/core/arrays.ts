/**
 * Appends every item of `items` to `target` and returns `target`. Unlike `target.push(...items)` it
 * takes any length: a spread passes each item as a call argument, and a regency's workbook (100 000
 * budget lines and more) gives more notes, cells or rows than a call can take (RangeError).
 */
export function appendAll<T>(target: T[], ...sources: ReadonlyArray<readonly T[]>): T[] {
  for (const items of sources) for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** The largest of `values` and `floor`, for arrays of any length (see appendAll on spreads). */
export function maxOf(values: readonly number[], floor: number): number {
  let max = floor;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
