import type { NumberColumn, NumberShape } from './number-sites';

/**
 * The grouping separator most cells of a column use, counting only readings that were certain (no lone
 * separator guessed); undefined when none groups or the two are tied.
 * Example: `2.485.143.930`, `1.961.049.864`, `2,077,687,761` → `.`.
 */
export function dominantGroupSeparator(column: NumberColumn): '.' | ',' | undefined {
  let dots = 0;
  let commas = 0;
  column.eachShape((reading, count) => {
    if (reading.guesses.includes('pemisah-tunggal')) return;
    if (reading.groupSeparator === '.') dots += count;
    else if (reading.groupSeparator === ',') commas += count;
  });
  if (dots === commas) return undefined;
  return dots > commas ? '.' : ',';
}

/** The separator a lone-separator reading met: its grouping separator, else the decimal mark of its style. */
export function loneSeparator(reading: NumberShape): '.' | ',' {
  if (reading.groupSeparator !== undefined) return reading.groupSeparator;
  return reading.style === 'id' ? ',' : '.';
}
