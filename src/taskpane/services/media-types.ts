/** Media types of a workbook and of a macro-enabled one, as Excel registers them. */
export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MACRO_ENABLED_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';
