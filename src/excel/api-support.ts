/**
 * Which ExcelApi requirement sets the running Excel offers. Passed into the adapter so tests (and the
 * browser stub) can say what their fake supports; inside Office it asks Office.context.requirements.
 */
export type ApiSupport = (version: string) => boolean;

/** The support reported by Office; every set counts as supported when Office is not loaded (tests). */
export function officeApiSupport(): ApiSupport {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return () => true;
  return (version) => Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** ExcelApi set without which the adapter cannot read or write at all (names' formulas, ranges by index). */
export const REQUIRED_API = '1.7';
