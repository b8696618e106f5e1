import { appendAll } from '../arrays';
import type { WorkbookModel, RecognisedTable } from '../model/workbook-model';
import type { StatedText } from '../model/source';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cleanText } from '../text';
import type { Temuan } from '../temuan';
import { PESAN_PENGENALAN as msg } from '../messages/recognise';
import { isFigure, note, rowCells, rowCellText } from './cells';
import { classifyTable } from './classify-table';
import { settleColumnReadings } from './column-readings';
import { tableContext, YEAR_IN_TEXT } from './context';
import { readBudgetTable } from './read-budget';
import { readEfficiencyTable } from './read-efficiency';
import { readIndicatorTable } from './read-indicator';
import { readSurveyTable } from './read-survey';
import { scanSheet } from './sheet-scan';
import { recogniseTemplateTables } from './template';
import { templateTableRanges } from './template-spec';

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
/** Figures outside every recognised table from which a sheet is said to hold an unrecognised table. */
const STRAY_FIGURES = 6;
const STRAY_ROWS = 3;

/** The unit's name without the separator a title put before the year: "Kecamatan Kalianget —" → "Kecamatan Kalianget". */
function unitName(captured: string): string {
  return captured.replace(/[\s\-–—:;|/]+$/u, '').trim();
}

/** Options of recognition: the report year the user set, which outranks what titles say. */
export interface RecogniseOptions {
  tahun?: number;
}

/**
 * Recognises every table of a workbook (DESIGN.md §5, docs/recognition.md): the canonical template
 * tables, then on every sheet the add-in did not generate (those are listed in `generatedSheets`) each
 * header block the scanner finds, classified by its header words and its numbers as a budget,
 * indicator, efficiency or survey table and read by its kind's reader. Also the text cells outside
 * tables that quote figures (for XTB-01), the unit and year from title lines, and — never a silent
 * pass — a peringatan for a header that names no table kind and for figures outside every table.
 * Example: the seed's Tabel 3.8 pasted on one sheet → one budget table, unit "Kecamatan Kalianget", year 2023.
 */
export function recogniseWorkbook(snapshot: WorkbookSnapshot, options: RecogniseOptions = {}): WorkbookModel {
  const model: WorkbookModel = {
    budgets: [],
    indicators: [],
    efficiencies: [],
    surveys: [],
    notes: [],
    narrative: [],
    generatedSheets: [],
    sheetOrder: snapshot.sheets.map((s) => s.name),
  };
  const workbookYear = titleYear(snapshot);
  for (const sheet of snapshot.sheets) {
    if (sheet.ownerMark !== undefined) {
      model.generatedSheets.push(sheet.name);
      continue;
    }
    const template = recogniseTemplateTables(sheet);
    appendAll(model.budgets, template.budgets);
    appendAll(model.indicators, template.indicators);
    appendAll(model.surveys, template.surveys);
    appendAll(model.notes, template.notes);
    const found: RecognisedTable[] = [...template.budgets, ...template.indicators, ...template.surveys];
    const rejected: Temuan[] = [];
    for (const scanned of scanSheet(sheet, templateTableRanges(sheet))) {
      const context = tableContext(scanned.title, scanned.above, sheet.name, {
        workbook: workbookYear,
        setting: options.tahun,
      });
      const classified = classifyTable(scanned, { year: context.year });
      if ('reason' in classified) {
        const judul = scanned.columns.map((c) => `"${c.texts.join(' ')}"`).join(', ');
        rejected.push(
          note(
            sheet.name,
            scanned.top,
            scanned.left,
            'STR-03',
            'peringatan',
            msg.headerDitolak(judul, classified.reason),
          ),
        );
        continue;
      }
      const notes: Temuan[] = [...classified.notes];
      if (classified.year !== undefined) context.year = classified.year;
      let table: RecognisedTable | undefined;
      if (classified.kind === 'anggaran') {
        const budget = readBudgetTable(classified, context, notes);
        if (budget !== undefined) model.budgets.push(budget);
        table = budget;
      } else if (classified.kind === 'kinerja') {
        if (
          context.caption !== undefined &&
          classified.columnOf.name === undefined &&
          classified.levelColumns.length === 0
        )
          notes.push(
            note(
              sheet.name,
              context.caption.ref.row,
              context.caption.ref.col,
              'STR-02',
              'info',
              msg.sasaranDariJudul(context.caption.text),
            ),
          );
        table = readIndicatorTable(classified, context, notes);
        model.indicators.push(table);
      } else if (classified.kind === 'efisiensi') {
        table = readEfficiencyTable(classified, context, notes);
        model.efficiencies.push(table);
      } else {
        const survey = readSurveyTable(classified, context, notes);
        if (survey !== undefined) model.surveys.push(survey);
        table = survey;
      }
      appendAll(model.notes, notes);
      if (table === undefined) continue;
      settleColumnReadings(sheet, table);
      found.push(table);
      const withFigures = table.unplaced.filter((u) => u.hasFigures).length;
      if (withFigures > 0)
        model.notes.push(
          note(
            sheet.name,
            table.range.top,
            table.range.left,
            'STR-03',
            'peringatan',
            msg.barisTakTertempatkan(withFigures),
          ),
        );
    }
    const ranges = found.map((t) => t.range);
    appendAll(
      model.notes,
      rejected.filter((r) => !inside(ranges, r.row, r.col)),
    );
    const outside = rowsOutside(sheet, ranges);
    const stray = strayFigures(sheet, ranges, outside);
    if (stray !== undefined && rejected.length === 0)
      model.notes.push(
        note(
          sheet.name,
          stray.row,
          stray.col,
          'STR-03',
          'peringatan',
          msg.lembarTanpaTabel(sheet.name, stray.count),
        ),
      );
    readLooseText(sheet, ranges, outside, model);
  }
  return model;
}

// Loops, not ranges.some with a callback: asked of every row of a sheet, twice, and a callback holding
// the row is made anew for each ask.
function inside(ranges: CellRange[], row: number, col: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  }
  return false;
}

/** The range that holds a row's first `width` cells (a table's row, whose cells need no test each), or undefined. */
function rangeHolding(ranges: CellRange[], row: number, width: number): CellRange | undefined {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (row >= r.top && row <= r.bottom && r.left <= 0 && r.right >= width - 1) return r;
  }
  return undefined;
}

/**
 * The rows, in order, with cells no one table holds whole: strayFigures and readLooseText read only
 * these, found in one pass over a sheet whose rows are nearly all a table's.
 */
function rowsOutside(sheet: SheetSnapshot, ranges: CellRange[]): number[] {
  const out: number[] = [];
  const rows = sheet.rows;
  let r = 0;
  while (r < rows.length) {
    const cells = rows[r];
    const held = cells === undefined ? undefined : rangeHolding(ranges, r, cells.length);
    if (cells !== undefined && held === undefined) out.push(r);
    r++;
    if (held === undefined) continue;
    // The rows under it that the same range holds (no wider than it) pass without asking every range;
    // its bounds are read once, as this runs over nearly every row mostly before it is optimised.
    const bottom = held.bottom;
    const width = held.right + 1;
    while (r <= bottom && (rows[r]?.length ?? 0) <= width) r++;
  }
  return out;
}

/**
 * Figures outside every recognised table (numbers, figure texts; a year or a lone row number does not
 * count): enough of them on enough rows means a table the recognisers did not see. `outside` is rowsOutside.
 */
function strayFigures(
  sheet: SheetSnapshot,
  ranges: CellRange[],
  outside: readonly number[],
): { row: number; col: number; count: number } | undefined {
  let count = 0;
  let rows = 0;
  let first: { row: number; col: number } | undefined;
  for (let i = 0; i < outside.length; i++) {
    const r = outside[i];
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    let inRow = 0;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      // A cell inside a table is passed over before its text is made: on a large sheet nearly all are.
      if (cell === undefined || inside(ranges, r, c)) continue;
      const t = rowCellText(cell.value);
      if (t === '' || !isFigure(t) || /^\d{1,2}\.?$|^(19|20)\d\d$/.test(t)) continue;
      if (first === undefined) first = { row: r, col: c };
      inRow++;
    }
    count += inRow;
    if (inRow > 0) rows++;
  }
  return first !== undefined && count >= STRAY_FIGURES && rows >= STRAY_ROWS
    ? { ...first, count }
    : undefined;
}

/**
 * The report year the workbook's title lines state ("… Tahun 2023"): the first row near the top of a
 * sheet that holds one text alone (a title, not a header cell such as "Capaian Tahun 2022").
 */
function titleYear(snapshot: WorkbookSnapshot): number | undefined {
  for (const sheet of snapshot.sheets) {
    if (sheet.ownerMark !== undefined) continue;
    for (let r = 0; r < Math.min(sheet.rows.length, 12); r++) {
      const cells = rowCells(sheet, r);
      // A source line under a table ("Sumber : Laporan … Tahun 2022") is no title.
      if (cells.length !== 1 || /^(sumber|keterangan|ket|catatan)\b/i.test(cells[0][1])) continue;
      const m = YEAR_IN_TEXT.exec(cells[0][1]);
      if (m !== null) return Number(m[1]);
    }
  }
  return undefined;
}

/** Narrative figures, unit and year from the text cells outside the sheet's tables (`outside`: rowsOutside). */
function readLooseText(
  sheet: SheetSnapshot,
  ranges: CellRange[],
  outside: readonly number[],
  model: WorkbookModel,
): void {
  const narrative: StatedText[] = model.narrative;
  let unitFromHeading = false;
  for (let i = 0; i < outside.length; i++) {
    const r = outside[i];
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c]?.value;
      if (typeof v !== 'string' || inside(ranges, r, c)) continue;
      const text = cleanText(v);
      if (!WORD.test(text)) continue;
      if (FIGURE_IN_TEXT.test(text)) narrative.push({ ref: { sheet: sheet.name, row: r, col: c }, text });
      const year = YEAR_IN_TEXT.exec(text);
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
