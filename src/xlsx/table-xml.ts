import type { SheetPlan } from '../core/plan/sheet-plan';
import { cellAddress } from '../core/snapshot';
import { xmlAttr } from './xml-text';

type ExcelTable = NonNullable<SheetPlan['excelTables']>[number];

/**
 * The part of one Excel table (ListObject, ECMA-376 Part 1 §18.5): its range with the header row first,
 * an autofilter over it, one column per header (named as the header cells the plan writes, which Excel
 * requires) and the banded style Excel gives a new table. `id` is unique among the workbook's tables.
 * Example: `tableXml({ name: 'Anggaran', range: A1:E2, columns: […] }, 1)` → `<table … ref="A1:E2" …>`.
 */
export function tableXml(table: ExcelTable, id: number): string {
  const r = table.range;
  const ref = `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(name)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    `id="${id}" name="${xmlAttr(table.name)}" displayName="${xmlAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
