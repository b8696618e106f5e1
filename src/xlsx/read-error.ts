import { BERKAS, type BerkasGagal } from '../core/messages/berkas';
import type { ZipRefusal } from './zip-guard';

/**
 * The file could not be read as an .xlsx workbook. `kind` says why (tests and callers branch on it);
 * `message` is the Indonesian text for the user.
 */
export class XlsxReadError extends Error {
  readonly kind: BerkasGagal;

  constructor(kind: BerkasGagal, detail?: string) {
    super(BERKAS.tidakTerbaca(kind, detail));
    this.name = 'XlsxReadError';
    this.kind = kind;
  }
}

/** Throws the zip guard's refusal, if any, as an `XlsxReadError` of kind `ditolak`. */
export function refuseIf(refusal: ZipRefusal | undefined): void {
  if (refusal !== undefined) throw new XlsxReadError('ditolak', refusal.message);
}
