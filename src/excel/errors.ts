import { apiMissing, paneText, staleSheets } from '../core/messages/pane';

/** What went wrong talking to Excel, as the pane needs to know it. */
export type ExcelErrorKind =
  'cell-edit' | 'protected' | 'api-missing' | 'busy' | 'too-large' | 'not-found' | 'office';

/** A failure of an Excel operation with a clear Indonesian message; `kind` is what tests assert on. */
export class ExcelAdapterError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
    /** Office's error code, when Office raised it. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ExcelAdapterError';
  }
}

/** Office error codes (OfficeExtension.ErrorCodes and Excel.ErrorCodes) mapped to a kind and a message. */
const BY_CODE: Record<string, [ExcelErrorKind, string]> = {
  InvalidOperationInCellEditMode: ['cell-edit', paneText.errCellEdit],
  AccessDenied: ['protected', paneText.errProtected],
  ApiNotFound: ['api-missing', apiMissing('1.7', 'fungsi yang dibutuhkan')],
  ActivityLimitReached: ['busy', paneText.errBusy],
  Conflict: ['busy', paneText.errBusy],
  RequestPayloadSizeLimitExceeded: ['too-large', paneText.errTooLarge],
  ResponsePayloadSizeLimitExceeded: ['too-large', paneText.errTooLarge],
  ItemNotFound: ['not-found', paneText.errNotFound],
};

/** The `code` an Office error carries (`ResponsePayloadSizeLimitExceeded`), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * The error to show for anything an Excel call rejected with. Office errors carry a `code`; a protected
 * sheet shows up as AccessDenied or as InvalidOperation mentioning protection.
 * Example: `toExcelError({code: 'InvalidOperationInCellEditMode'}).kind === 'cell-edit'`.
 */
export function toExcelError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = officeErrorCode(error);
  // Office.AsyncResult errors are plain objects {code, name, message}, not Error instances.
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? (error as { message: unknown }).message
      : undefined;
  const text = typeof message === 'string' ? message : String(error);
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) return new ExcelAdapterError(known[0], known[1], code);
  if (/protect/i.test(text)) return new ExcelAdapterError('protected', paneText.errProtected, code);
  return new ExcelAdapterError('office', `${paneText.errOffice}: ${text}`, code);
}

/** Throws `api-missing` unless the requirement set is there. */
export function requireApi(supported: (version: string) => boolean, version: string, feature: string): void {
  if (!supported(version)) throw new ExcelAdapterError('api-missing', apiMissing(version, feature));
}

/** Adds the names of staging sheets that could not be cleaned up to an error's message. */
export function withStaleSheets(error: ExcelAdapterError, names: string[]): ExcelAdapterError {
  if (names.length === 0) return error;
  return new ExcelAdapterError(error.kind, `${error.message} ${staleSheets(names)}`, error.code);
}
