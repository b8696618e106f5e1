import { cellAt, isCellError, type CellRange, type SheetSnapshot } from '../snapshot';
import { nameKey } from '../text';
import { BUDGET_LEVELS } from '../model/budget';
import { CASCADE_LEVELS } from '../model/indicator';

/**
 * The canonical template: three Excel tables the pane creates for users who start fresh, and the
 * product's own clean input format. Recognition of these is exact (table name and headers), so this
 * module is the single statement of their columns, used by the recogniser and by the planner alike.
 */

/** Excel table names of the template. */
export const TEMPLATE_TABLE_NAMES = { anggaran: 'Anggaran', kinerja: 'Kinerja', skm: 'SKM' } as const;
export type TemplateKind = keyof typeof TEMPLATE_TABLE_NAMES;

/**
 * Anggaran: one line per program, kegiatan, sub kegiatan and rekening, in tree order. Kode is the
 * SIPD code (`7.01.01`, `7.01.01.2.01`, …); pagu and realisasi in Rupiah. Parents may hold their own
 * figures or be left blank (then their sums are used).
 */
export const ANGGARAN_HEADERS = ['Kode', 'Level', 'Uraian', 'Pagu', 'Realisasi'] as const;

/**
 * Kinerja: one line per indicator of the cascade, in tree order. No is the cascade numbering
 * (`1`, `1.1`, …, optional); Kode Anggaran links a program/kegiatan/sub kegiatan line to the Anggaran
 * line with that Kode (for Tabel 3.9). Target and realisasi are numbers in Satuan (`%`: 100 = 100%), or
 * a grade (`BB`). Tahun Lalu columns feed Tabel 3.3, Target Akhir Renstra Tabel 3.4, Standar Nasional
 * Tabel 3.5, Analisis and Solusi Tabel 3.6.
 */
export const KINERJA_HEADERS = [
  'No',
  'Level',
  'Uraian',
  'Indikator',
  'Satuan',
  'Polaritas',
  'Target',
  'Realisasi',
  'Target Tahun Lalu',
  'Realisasi Tahun Lalu',
  'Target Akhir Renstra',
  'Standar Nasional',
  'Kode Anggaran',
  'Analisis',
  'Solusi',
] as const;

/** SKM: one line per respondent, answers 1–4 per unsur U1…U9 (PermenPANRB 14/2017); blank = not answered. */
export const SKM_HEADERS = ['Responden', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

export const TEMPLATE_HEADERS: Record<TemplateKind, readonly string[]> = {
  anggaran: ANGGARAN_HEADERS,
  kinerja: KINERJA_HEADERS,
  skm: SKM_HEADERS,
};

/** Level values of the Anggaran table's Level column (its validation list). */
export const ANGGARAN_LEVELS: readonly string[] = BUDGET_LEVELS;
/** Level values of the Kinerja table's Level column (its validation list). */
export const KINERJA_LEVELS: readonly string[] = CASCADE_LEVELS;
/** Values of the Kinerja table's Polaritas column (its validation list). */
export const POLARITAS_VALUES: readonly string[] = ['positif', 'negatif', 'negatif-rasio'];

/**
 * The template kind of an Excel table name, case-insensitive: `Kinerja` → `kinerja`; also the names a
 * second template gets when the first one's is taken (`Anggaran_2`, see freeTemplateTableName) and the
 * ones Excel gives a copied sheet's table (`Anggaran3`). Undefined for any other name.
 */
export function templateKindOf(tableName: string): TemplateKind | undefined {
  const n = tableName
    .trim()
    .toLowerCase()
    .replace(/_?\d+$/, '');
  return (Object.keys(TEMPLATE_TABLE_NAMES) as TemplateKind[]).find(
    (k) => TEMPLATE_TABLE_NAMES[k].toLowerCase() === n,
  );
}

/**
 * A name for a template table that no table or defined name of the workbook has: Excel keeps one
 * namespace for both across the whole workbook, compared without case, so a user who renamed the
 * template's sheet still has its table `Anggaran`. Gives `name`, else `name_2`, `name_3` … (the
 * underscore keeps `SKM_2` from being the cell reference SKM2, which Excel refuses as a table name).
 * `taken` holds the workbook's names in lower case.
 * Example: `freeTemplateTableName('Anggaran', new Set(['anggaran']))` → `Anggaran_2`.
 */
export function freeTemplateTableName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The header texts of a table's first row, one per column of its range. */
export function headerTexts(sheet: SheetSnapshot, range: CellRange): string[] {
  const out: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const v = cellAt(sheet, range.top, c)?.value;
    out.push(v === null || v === undefined || isCellError(v) ? '' : String(v));
  }
  return out;
}

/** Index of the first header that differs from the template's (by nameKey), or -1 when all match. */
export function firstHeaderMismatch(kind: TemplateKind, headers: string[]): number {
  const want = TEMPLATE_HEADERS[kind];
  const n = Math.max(want.length, headers.length);
  for (let i = 0; i < n; i++) {
    if (nameKey(want[i] ?? '') !== nameKey(headers[i] ?? '')) return i;
  }
  return -1;
}

/**
 * Ranges of the sheet's template tables (name and headers exact), which the other recognisers leave to
 * `recogniseTemplateTables`. A table named like one whose headers differ is not listed, so it is still
 * read as a user table.
 */
export function templateTableRanges(sheet: SheetSnapshot): CellRange[] {
  return (sheet.tables ?? [])
    .filter((t) => {
      const kind = templateKindOf(t.name);
      return kind !== undefined && firstHeaderMismatch(kind, headerTexts(sheet, t.range)) < 0;
    })
    .map((t) => t.range);
}
