import { cellAddress, parseCellAddress } from '../snapshot';
import type { NamaSel } from './args';

/**
 * Cell names for a range argument whose address the host gave (custom functions with
 * `@requiresParameterAddresses`): `'Data SKM'!B2:J120` names offset (2, 3) `'Data SKM'!E4`.
 * Undefined when the address is missing or not an A1 range, so callers fall back to relative names.
 */
export function namaSelDariAlamat(address: string | undefined): NamaSel | undefined {
  if (address === undefined) return undefined;
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? address.slice(0, bang + 1) : '';
  const topLeft = parseCellAddress(address.slice(bang + 1).split(':')[0]);
  if (topLeft === undefined) return undefined;
  return (row, col) => `${sheet}${cellAddress(topLeft.row + row, topLeft.col + col)}`;
}
