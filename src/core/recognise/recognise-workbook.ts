import { appendAll } from '../arrays';
import type { WorkbookModel } from '../model/workbook-model';
import type { StatedText } from '../model/source';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cleanText } from '../text';
import { recogniseBudgetTables } from './budget-table';
import { recogniseIndicatorTables } from './indicator-table';
import { recogniseSurveyTables } from './survey-table';
import { recogniseTemplateTables } from './template';

/** A Rupiah amount with at least one group (`Rp. 2.752.010.113`, `2,702,337,210`) or a percentage (`86,17 %`). */
const FIGURE_IN_TEXT = /(?:Rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?\s?%/i;
/** A word of at least three letters: a narrative sentence, not a lone figure. */
const WORD = /\p{L}{3,}/u;
/** Unit and year of a title line: "… Kecamatan Kalianget Kabupaten Sumenep Tahun 2023". */
const UNIT =
  /\b((?:Kantor\s+)?(?:Kecamatan|Kelurahan|Dinas|Badan|Inspektorat|Sekretariat|Satuan|RSUD|Bagian)\b.*?)(?=\s+(?:Kabupaten|Kota|Provinsi|Tahun)\b|[,.]|$)/i;
/** A heading that is only the unit's name: "KECAMATAN KALIANGET". */
const UNIT_HEADING =
  /^((?:Kantor\s+)?(?:Kecamatan|Kelurahan|Dinas|Badan|Inspektorat|Sekretariat|Satuan|RSUD|Bagian)\s+[^,.]+?)(?=\s+(?:Kabupaten|Kota|Provinsi)\b|$)/i;
const YEAR = /\bTahun(?:\s+Anggaran)?\s+((?:19|20)\d{2})\b/i;

/** The unit's name without the separator a title put before the year: "Kecamatan Kalianget —" → "Kecamatan Kalianget". */
function unitName(captured: string): string {
  return captured.replace(/[\s\-–—:;|/]+$/u, '').trim();
}

/**
 * Recognises every table of a workbook (DESIGN.md §5): the canonical template tables, and budget,
 * indicator and survey tables laid out as users keep them, on every
 * sheet except those the add-in generated (their owner mark is set; they are listed in
 * `generatedSheets`), the notes of each recogniser, the text cells outside tables that quote Rupiah or
 * percentage figures (for XTB-01), and the unit and year from title lines.
 * Example: the seed's Tabel 3.8 pasted on one sheet → one budget table, unit "Kecamatan Kalianget", year 2023.
 */
export function recogniseWorkbook(snapshot: WorkbookSnapshot): WorkbookModel {
  const model: WorkbookModel = {
    budgets: [],
    indicators: [],
    surveys: [],
    notes: [],
    narrative: [],
    generatedSheets: [],
    sheetOrder: snapshot.sheets.map((s) => s.name),
  };
  for (const sheet of snapshot.sheets) {
    if (sheet.ownerMark !== undefined) {
      model.generatedSheets.push(sheet.name);
      continue;
    }
    const template = recogniseTemplateTables(sheet);
    const budgets = recogniseBudgetTables(sheet);
    const indicators = recogniseIndicatorTables(sheet);
    const surveys = recogniseSurveyTables(sheet);
    const found = {
      budgets: [...template.budgets, ...budgets.tables],
      indicators: [...template.indicators, ...indicators.tables],
      surveys: [...template.surveys, ...surveys.tables],
    };
    appendAll(model.budgets, found.budgets);
    appendAll(model.indicators, found.indicators);
    appendAll(model.surveys, found.surveys);
    appendAll(model.notes, template.notes, budgets.notes, indicators.notes, surveys.notes);
    const ranges = [...found.budgets, ...found.indicators, ...found.surveys].map((t) => t.range);
    readLooseText(sheet, ranges, model);
  }
  return model;
}

function inside(ranges: CellRange[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** Narrative figures, unit and year from the text cells outside the sheet's tables. */
function readLooseText(sheet: SheetSnapshot, ranges: CellRange[], model: WorkbookModel): void {
  const narrative: StatedText[] = model.narrative;
  let unitFromHeading = false;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c]?.value;
      if (typeof v !== 'string' || inside(ranges, r, c)) continue;
      const text = cleanText(v);
      if (!WORD.test(text)) continue;
      if (FIGURE_IN_TEXT.test(text)) narrative.push({ ref: { sheet: sheet.name, row: r, col: c }, text });
      const year = YEAR.exec(text);
      if (year !== null) {
        if (model.year === undefined) model.year = Number(year[1]);
        const unit = UNIT.exec(text);
        if (unit !== null && (model.unit === undefined || unitFromHeading)) {
          model.unit = unitName(unit[1]);
          unitFromHeading = false;
        }
      } else if (model.unit === undefined && text.length <= 80) {
        // A heading line naming the unit alone ("KECAMATAN KALIANGET"); a title with the year wins.
        const unit = UNIT_HEADING.exec(text);
        if (unit !== null) {
          model.unit = unitName(unit[1]);
          unitFromHeading = true;
        }
      }
    }
  }
}
