import type { CellRange } from '../snapshot';
import type { PlanCell, SheetPlan } from './sheet-plan';
import {
  ANGGARAN_HEADERS,
  ANGGARAN_LEVELS,
  KINERJA_HEADERS,
  KINERJA_LEVELS,
  POLARITAS_VALUES,
  SKM_HEADERS,
  TEMPLATE_TABLE_NAMES,
  type TemplateKind,
} from '../recognise/template-spec';
import { PESAN_TEMPLAT as msg } from '../messages/recognise';

/**
 * A template sheet to create: a SheetPlan without a TableId, because it is the user's input sheet —
 * written once, without an owner mark, and never replaced; hosts write it with writeInputSheetsToPackage
 * (.xlsx) or applyTemplateSheets (Office.js).
 */
export type TemplateSheetPlan = Omit<SheetPlan, 'table'> & { template: TemplateKind };

/** Rows (after the header) that the Level and Polaritas validations cover, so the table can grow. */
export const TEMPLATE_VALIDATION_ROWS = 1000;

const RUPIAH = '#,##0';

interface ColumnSpec {
  width: number;
  numberFormat?: string;
  list?: readonly string[];
}

/** Widths, formats and drop-down lists per template column, in header order. */
const COLUMN_SPECS: Record<TemplateKind, ColumnSpec[]> = {
  anggaran: [
    { width: 20 },
    { width: 13, list: ANGGARAN_LEVELS },
    { width: 60 },
    { width: 18, numberFormat: RUPIAH },
    { width: 18, numberFormat: RUPIAH },
  ],
  kinerja: [
    { width: 8 },
    { width: 13, list: KINERJA_LEVELS },
    { width: 45 },
    { width: 45 },
    { width: 12 },
    { width: 14, list: POLARITAS_VALUES },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 20 },
    { width: 40 },
    { width: 40 },
  ],
  skm: [{ width: 12 }, ...Array.from({ length: 9 }, () => ({ width: 6, numberFormat: '0' }))],
};

/** One example line per template, from the seed (Kecamatan Kalianget 2023). */
const EXAMPLES: Record<TemplateKind, Array<string | number | null>> = {
  anggaran: [
    '7.01.01',
    'program',
    'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    2485143930,
    1961049864,
  ],
  kinerja: [
    '1.1',
    'sasaran',
    'Meningkatnya Mutu Layanan Publik',
    'Nilai SKM Kecamatan',
    'Nilai',
    'positif',
    82,
    81,
    81,
    80,
    85,
    87,
    null,
    null,
    null,
  ],
  skm: [1, 4, 3, 4, 4, 3, 3, 4, 3, 3],
};

const HEADERS: Record<TemplateKind, readonly string[]> = {
  anggaran: ANGGARAN_HEADERS,
  kinerja: KINERJA_HEADERS,
  skm: SKM_HEADERS,
};

function planOne(kind: TemplateKind): TemplateSheetPlan {
  const name = TEMPLATE_TABLE_NAMES[kind];
  const headers = [...HEADERS[kind]];
  const specs = COLUMN_SPECS[kind];
  const header: PlanCell[] = headers.map((h) => ({ value: h, style: 'header' }));
  const example: PlanCell[] = EXAMPLES[kind].map((value, c) => {
    const cell: PlanCell = { value, style: 'isian' };
    const format = specs[c].numberFormat;
    if (format !== undefined) cell.numberFormat = format;
    return cell;
  });
  const last = headers.length - 1;
  const validations = specs.flatMap((spec, c) => {
    if (spec.list === undefined) return [];
    const range: CellRange = { top: 1, left: c, bottom: TEMPLATE_VALIDATION_ROWS, right: c };
    return [{ range, list: [...spec.list] }];
  });
  const notes = [msg.dibuat(name, name)];
  if (kind === 'anggaran') notes.push(msg.petunjukLevel(ANGGARAN_LEVELS.join(', ')));
  if (kind === 'kinerja') notes.push(msg.petunjukLevel(KINERJA_LEVELS.join(', ')), msg.petunjukPersen());
  if (kind === 'skm') notes.push(msg.petunjukSkm());
  return {
    template: kind,
    name,
    cells: [header, example],
    columnWidths: specs.map((s) => s.width),
    merges: [],
    outline: [0, 0],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: [1, 1] },
    notes,
    excelTables: [{ name, range: { top: 0, left: 0, bottom: 1, right: last }, columns: headers }],
    validations,
  };
}

/**
 * The canonical template sheets Anggaran, Kinerja and SKM for a user who starts fresh: each one Excel
 * table at A1 of the same name with the template's headers (template-spec.ts), one example row from
 * the seed, Level and Polaritas drop-down lists, Rupiah formats on Pagu and Realisasi.
 * Example: `planTemplateSheets()[0].excelTables` → `[{ name: 'Anggaran', range: A1:E2, columns: ['Kode', …] }]`.
 */
export function planTemplateSheets(): TemplateSheetPlan[] {
  return (['anggaran', 'kinerja', 'skm'] as const).map(planOne);
}
