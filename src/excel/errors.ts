import { PANEL, type ExcelFeature } from '../core/messages/pane';

/** What went wrong talking to Excel, as the pane needs to know it. */
export type ExcelErrorKind =
  | 'cell-edit'
  | 'protected'
  | 'api-missing'
  | 'busy'
  | 'too-large'
  | 'not-found'
  | 'exists'
  | 'invalid'
  | 'office';

/** Whether the failed request read the workbook or wrote to it: the advice differs. */
export type ExcelOperation = 'read' | 'write';

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

/**
 * Office error codes (OfficeExtension.ErrorCodes and Excel.ErrorCodes, listed with their meaning at
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) mapped to
 * a kind and a message, the message by operation where a read and a write call for different advice.
 */
const BY_CODE: Record<string, [ExcelErrorKind, string | Record<ExcelOperation, string>]> = {
  InvalidOperationInCellEditMode: ['cell-edit', PANEL.errCellEdit],
  AccessDenied: ['protected', PANEL.errProtected],
  ApiNotFound: ['api-missing', PANEL.apiMissing('1.7', 'lain')],
  ActivityLimitReached: ['busy', PANEL.errBusy],
  Conflict: ['busy', PANEL.errBusy],
  RequestPayloadSizeLimitExceeded: ['too-large', { read: PANEL.errTooLargeRead, write: PANEL.errTooLarge }],
  ResponsePayloadSizeLimitExceeded: ['too-large', { read: PANEL.errTooLargeRead, write: PANEL.errTooLarge }],
  RangeExceedsLimit: ['too-large', PANEL.errRangeTooLarge],
  FormulaLengthExceedsLimit: ['invalid', PANEL.errFormulaTooLong],
  ItemNotFound: ['not-found', PANEL.errNotFound],
  ItemAlreadyExists: ['exists', PANEL.errItemExists],
};

/**
 * Codes that say the workbook cannot take any request now (cell-edit mode, protection, Excel busy, a
 * missing API, the user switching workbooks) rather than that this request was too large: the readers
 * stop on these instead of trying smaller pieces.
 */
const WORKBOOK_STATE_CODES = new Set([
  'InvalidOperationInCellEditMode',
  'AccessDenied',
  'ActivityLimitReached',
  'Conflict',
  'ApiNotFound',
  'InactiveWorkbook',
  'RequestAborted',
]);

/** Whether a failure is about the workbook's state, not the request (see WORKBOOK_STATE_CODES). */
export function isWorkbookStateError(error: unknown): boolean {
  return WORKBOOK_STATE_CODES.has(officeErrorCode(error) ?? '');
}

/** Codes with which Excel refuses a read as too large: the readers then read in smaller pieces. */
export function isTooLargeError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** The `code` an Office error carries (`ResponsePayloadSizeLimitExceeded`), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * The error to show for anything an Excel call rejected with, while reading the workbook or writing to
 * it. Office errors carry a `code`; a protected sheet shows up as AccessDenied or as InvalidOperation
 * mentioning protection. InvalidArgument keeps Excel's own words after the Indonesian sentence, as it
 * points at the add-in's request and whoever looks into it needs them.
 * Example: `toExcelError({code: 'InvalidOperationInCellEditMode'}).kind === 'cell-edit'`.
 */
export function toExcelError(error: unknown, operation: ExcelOperation = 'write'): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = officeErrorCode(error);
  // Office.AsyncResult errors are plain objects {code, name, message}, not Error instances.
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? (error as { message: unknown }).message
      : undefined;
  const text = typeof message === 'string' ? message : String(error);
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) {
    const [kind, said] = known;
    return new ExcelAdapterError(kind, typeof said === 'string' ? said : said[operation], code);
  }
  if (/protect/i.test(text)) return new ExcelAdapterError('protected', PANEL.errProtected, code);
  if (code === 'InvalidArgument')
    return new ExcelAdapterError('invalid', `${PANEL.errInvalidArgument}: ${text}`, code);
  return new ExcelAdapterError('office', `${PANEL.errOffice}: ${text}`, code);
}

/** Throws `api-missing` unless the requirement set is there. */
export function requireApi(
  supported: (version: string) => boolean,
  version: string,
  feature: ExcelFeature,
): void {
  if (!supported(version)) throw new ExcelAdapterError('api-missing', PANEL.apiMissing(version, feature));
}

/** Adds the names of staging sheets that could not be cleaned up to an error's message. */
export function withStaleSheets(error: ExcelAdapterError, names: string[]): ExcelAdapterError {
  if (names.length === 0) return error;
  return new ExcelAdapterError(error.kind, `${error.message} ${PANEL.staleSheets(names)}`, error.code);
}
