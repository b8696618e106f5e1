import { BERKAS, type TulisGagal } from '../core/messages/berkas';

/**
 * The generated sheets could not be written into the workbook's package. `kind` says why (tests and
 * callers branch on it); `message` is the Indonesian text for the user. The source is never changed.
 */
export class XlsxWriteError extends Error {
  readonly kind: TulisGagal;

  constructor(kind: TulisGagal, detail?: string) {
    super(BERKAS.tidakTertulis(kind, detail));
    this.name = 'XlsxWriteError';
    this.kind = kind;
  }
}
