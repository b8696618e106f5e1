/**
 * The rekap workbook of many units' checked workbooks (issue 22), in the frame and look of the Bab III
 * sheets: "Rekap Unit" (one row per workbook, a link to its file), "Temuan per Aturan" (units × rules)
 * and "Rekap Pemda" (pagu, realisasi, serapan and capaian per perangkat daerah). Totals are live
 * formulas (SUM, AVERAGE), so the sheets stay right when a reviewer corrects a figure by hand.
 */
import type { Rekap } from '../rekap/rekap';
import { commonYear, duplicateUnits, ruleTotals, unitsByGalat, unitsByName } from '../rekap/rekap';
import { fileStem, type UnitSummary } from '../rekap/unit-summary';
import type { Settings } from '../settings';
import type { Severity } from '../temuan';
import {
  averageFormula,
  capaianAnggaranFormula,
  kategoriFormula,
  sumFormula,
  textLiteral,
  MAX_TEXT_LITERAL,
} from './excel-formulas';
import { kategoriScale } from './indicator-cells';
import { FORMAT, PlanGrid, ref, type HeaderColumn } from './layout';
import type { PlanCell, PlanStyle, SheetPlan } from './sheet-plan';
import { BARIS_REKAP, CATATAN_REKAP, KOLOM_REKAP } from '../messages/rekap';

export interface RekapPlanOptions {
  settings: Settings;
  /**
   * Where a unit's file is as seen from the rekap workbook (a path relative to the rekap's folder, or
   * the bare file name in the task pane); the file as named in the rekap when omitted.
   */
  linkOf?: (file: string) => string;
}

/** The three rekap sheets, in this order: Rekap Unit, Temuan per Aturan, Rekap Pemda. */
export function planRekap(rekap: Rekap, options: RekapPlanOptions): SheetPlan[] {
  const linkOf = options.linkOf ?? ((file: string) => file);
  return [planRekapUnit(rekap, linkOf), planRekapAturan(rekap), planRekapPemda(rekap, options.settings)];
}

const TEKS: PlanStyle = 'teks';

/** Rows of `cells` set one by one (PlanGrid rows are sparse arrays). */
function setRow(grid: PlanGrid, row: number, cells: Array<PlanCell | undefined>): void {
  cells.forEach((cell, c) => cell && grid.set(row, c, cell));
}

/** A count cell, in the severity's colours when there is at least one. */
function countCell(n: number, severity?: Severity): PlanCell {
  return { value: n, style: severity && n > 0 ? severity : TEKS };
}

/**
 * A live link to a unit's file showing its name: `HYPERLINK("sub/a.xlsx","a.xlsx")`. A file name Excel
 * would take for an address or a program (`https:x.xlsx`, `javascript:…`: the name is the sender's
 * choice) is made a path in the rekap's folder (`./https:x.xlsx`); a drive letter stays a path. Excel
 * takes at most 255 characters as a link's target; a longer path is shown as text instead.
 */
function fileLink(path: string, file: string): PlanCell {
  const shown = file.split(/[\\/]/).pop() ?? file;
  const target = /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? `./${path}` : path;
  if (target.length > MAX_TEXT_LITERAL) return { value: shown, style: TEKS };
  return { formula: `HYPERLINK(${textLiteral(target)},${textLiteral(shown)})`, style: TEKS };
}

/** Sheet "Rekap Unit": each workbook with its findings per severity, most galat first; unreadable files last. */
function planRekapUnit(rekap: Rekap, linkOf: (file: string) => string): SheetPlan {
  const columns: HeaderColumn[] = [
    { label: KOLOM_REKAP.no, width: 6 },
    { label: KOLOM_REKAP.unit, width: 40 },
    { label: KOLOM_REKAP.tahun, width: 8 },
    { label: KOLOM_REKAP.tabel, width: 10 },
    { label: KOLOM_REKAP.tingkat.galat, group: KOLOM_REKAP.temuan, width: 11 },
    { label: KOLOM_REKAP.tingkat.peringatan, group: KOLOM_REKAP.temuan, width: 12 },
    { label: KOLOM_REKAP.tingkat.info, group: KOLOM_REKAP.temuan, width: 9 },
    { label: KOLOM_REKAP.berkas, width: 34 },
    { label: KOLOM_REKAP.keterangan, width: 44 },
  ];
  const col = {
    no: 0,
    unit: 1,
    tahun: 2,
    tabel: 3,
    galat: 4,
    peringatan: 5,
    info: 6,
    berkas: 7,
    keterangan: 8,
  };
  const grid = new PlanGrid('rekap.unit', columns);
  grid.addTitle(
    CATATAN_REKAP.subjudulUnit(rekap.units.length, rekap.unreadable.length, rekap.skipped.length),
  );
  grid.addHeader();
  const first = grid.row;
  let n = 0;
  for (const u of unitsByGalat(rekap.units)) {
    const remarks = [
      ...(u.unitFromTitle ? [] : [BARIS_REKAP.namaDariBerkas]),
      ...(u.tables === 0 ? [BARIS_REKAP.tanpaTabel] : []),
    ];
    const r = grid.addRow([]);
    setRow(grid, r, [
      { value: ++n, style: TEKS },
      { value: u.unit, style: TEKS },
      { value: u.year ?? null, style: TEKS },
      { value: u.tables, style: TEKS },
      countCell(u.galat, 'galat'),
      countCell(u.peringatan, 'peringatan'),
      countCell(u.info),
      fileLink(linkOf(u.file), u.file),
      { value: remarks.length > 0 ? remarks.join('; ') : null, style: TEKS },
    ]);
  }
  for (const f of rekap.unreadable) {
    const r = grid.addRow([]);
    setRow(grid, r, [
      { value: ++n, style: TEKS },
      { value: fileStem(f.file), style: TEKS },
      { value: null, style: TEKS },
      { value: null, style: TEKS },
      { value: null, style: TEKS },
      { value: null, style: TEKS },
      { value: null, style: TEKS },
      fileLink(linkOf(f.file), f.file),
      { value: BARIS_REKAP.tidakTerbaca(f.error), style: 'galat' },
    ]);
  }
  const last = grid.row - 1;
  if (n === 0) {
    const r = grid.addRow([{ value: BARIS_REKAP.tidakAdaUnit, style: TEKS }]);
    grid.merge(r, 0, r, columns.length - 1);
  } else {
    const rows = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    const total = totalRow(grid, col.tahun);
    for (const c of [col.tabel, col.galat, col.peringatan, col.info])
      grid.set(total, c, { formula: sumFormula(c, rows), style: 'jumlah' });
  }
  grid.skip();
  grid.addNote(CATATAN_REKAP.urutan);
  grid.addNote(CATATAN_REKAP.tautan);
  grid.addNote(CATATAN_REKAP.rincian);
  for (const s of rekap.skipped) grid.addNote(CATATAN_REKAP.dilewati(s.file, s.reason));
  return grid.toPlan();
}

/** A JUMLAH row whose label is merged from column A to `labelTo`; every cell in the total's style. */
function totalRow(grid: PlanGrid, labelTo: number, label: string = BARIS_REKAP.jumlah): number {
  const r = grid.addRow([]);
  grid.set(r, 0, { value: label, style: 'jumlah' });
  for (let c = 1; c < grid.width; c++) grid.set(r, c, { style: 'jumlah' });
  if (labelTo > 0) grid.merge(r, 0, r, labelTo);
  return r;
}

/** Sheet "Temuan per Aturan": units (most galat first) × each rule and severity found, with totals both ways. */
function planRekapAturan(rekap: Rekap): SheetPlan {
  const rules = ruleTotals(rekap.units);
  const firstRule = 2;
  const columns: HeaderColumn[] = [
    { label: KOLOM_REKAP.no, width: 6 },
    { label: KOLOM_REKAP.unit, width: 40 },
    ...rules.map((t) => {
      const group = KOLOM_REKAP.tingkat[t.severity];
      // A severity with a single rule has its name over one column: wide enough not to break the word.
      const alone = rules.filter((o) => o.severity === t.severity).length === 1;
      return { label: t.rule, group, width: alone ? Math.max(9, group.length + 3) : 9 };
    }),
    { label: KOLOM_REKAP.jumlah, width: 10 },
  ];
  const jumlahCol = columns.length - 1;
  const grid = new PlanGrid('rekap.aturan', columns);
  grid.addTitle();
  grid.addHeader();
  const units = unitsByGalat(rekap.units);
  if (rules.length === 0 || units.length === 0) {
    const r = grid.addRow([
      { value: units.length === 0 ? BARIS_REKAP.tidakAdaUnit : BARIS_REKAP.tidakAdaTemuan, style: TEKS },
    ]);
    grid.merge(r, 0, r, columns.length - 1);
  } else {
    const first = grid.row;
    units.forEach((u, i) => {
      const r = grid.addRow([]);
      grid.set(r, 0, { value: i + 1, style: TEKS });
      grid.set(r, 1, { value: u.unit, style: TEKS });
      rules.forEach((t, k) => {
        const count = u.rules.find((c) => c.rule === t.rule && c.severity === t.severity)?.count;
        grid.set(
          r,
          firstRule + k,
          count === undefined ? { value: null, style: TEKS } : countCell(count, t.severity),
        );
      });
      grid.set(r, jumlahCol, {
        formula: `SUM(${ref(r, firstRule)}:${ref(r, jumlahCol - 1)})`,
        style: TEKS,
      });
    });
    const rows = Array.from({ length: units.length }, (_, k) => first + k);
    const total = totalRow(grid, 1);
    for (let c = firstRule; c <= jumlahCol; c++)
      grid.set(total, c, { formula: sumFormula(c, rows), style: 'jumlah' });
  }
  grid.skip();
  grid.addNote(CATATAN_REKAP.kolomAturan);
  for (const t of rules) grid.addNote(CATATAN_REKAP.aturan(t.rule, t.severity, t.title));
  if (rekap.unreadable.length > 0) grid.addNote(CATATAN_REKAP.tidakMasuk(rekap.unreadable.length));
  return grid.toPlan();
}

/**
 * Sheet "Rekap Pemda": per perangkat daerah (by name) its pagu, realisasi, serapan, capaian kinerja and
 * kategori; JUMLAH of pagu and realisasi with their serapan, and the mean capaian with its kategori.
 */
function planRekapPemda(rekap: Rekap, settings: Settings): SheetPlan {
  const columns: HeaderColumn[] = [
    { label: KOLOM_REKAP.no, width: 6 },
    { label: KOLOM_REKAP.perangkatDaerah, width: 44 },
    { label: KOLOM_REKAP.pagu, group: KOLOM_REKAP.anggaran, width: 19 },
    { label: KOLOM_REKAP.realisasi, group: KOLOM_REKAP.anggaran, width: 19 },
    { label: KOLOM_REKAP.serapan, group: KOLOM_REKAP.anggaran, width: 11 },
    { label: KOLOM_REKAP.capaian, group: KOLOM_REKAP.kinerja, width: 11 },
    { label: KOLOM_REKAP.kategori, group: KOLOM_REKAP.kinerja, width: 14 },
    { label: KOLOM_REKAP.keterangan, width: 36 },
  ];
  const col = { no: 0, unit: 1, pagu: 2, realisasi: 3, serapan: 4, capaian: 5, kategori: 6, keterangan: 7 };
  const scale = kategoriScale(settings);
  const year = commonYear(rekap.units);
  const grid = new PlanGrid('rekap.pemda', columns);
  grid.addTitle(CATATAN_REKAP.subjudulPemda(year));
  grid.addHeader();
  const units = unitsByName(rekap.units);
  const otherYear: UnitSummary[] = [];
  const first = grid.row;
  units.forEach((u, i) => {
    if (u.year === undefined || u.year !== year) otherYear.push(u);
    const remarks = [
      ...(u.pagu === undefined ? [BARIS_REKAP.tanpaAnggaran] : []),
      ...(u.capaian === undefined ? [BARIS_REKAP.tanpaCapaian] : []),
      ...(u.year === undefined
        ? [BARIS_REKAP.tanpaTahun]
        : u.year !== year
          ? [BARIS_REKAP.tahunLain(u.year)]
          : []),
    ];
    const r = grid.addRow([]);
    setRow(grid, r, [
      { value: i + 1, style: TEKS },
      { value: u.unit, style: TEKS },
      { value: u.pagu ?? null, numberFormat: FORMAT.rupiah, style: TEKS },
      { value: u.realisasi ?? null, numberFormat: FORMAT.rupiah, style: TEKS },
      {
        formula: capaianAnggaranFormula(ref(r, col.pagu), ref(r, col.realisasi)),
        numberFormat: FORMAT.persen,
        style: TEKS,
      },
      u.capaian === undefined
        ? { value: '-', numberFormat: FORMAT.persen, style: TEKS }
        : { value: u.capaian, numberFormat: FORMAT.persen, style: TEKS },
      { formula: kategoriFormula(ref(r, col.capaian), scale), style: TEKS },
      { value: remarks.length > 0 ? remarks.join('; ') : null, style: TEKS },
    ]);
  });
  if (units.length === 0) {
    const r = grid.addRow([{ value: BARIS_REKAP.tidakAdaUnit, style: TEKS }]);
    grid.merge(r, 0, r, columns.length - 1);
  } else {
    const rows = Array.from({ length: units.length }, (_, k) => first + k);
    const total = totalRow(grid, col.unit);
    for (const c of [col.pagu, col.realisasi])
      grid.set(total, c, { formula: sumFormula(c, rows), numberFormat: FORMAT.rupiah, style: 'jumlah' });
    grid.set(total, col.serapan, {
      formula: capaianAnggaranFormula(ref(total, col.pagu), ref(total, col.realisasi)),
      numberFormat: FORMAT.persen,
      style: 'jumlah',
    });
    const mean = totalRow(grid, col.serapan, BARIS_REKAP.rataRata);
    grid.set(mean, col.capaian, {
      formula: averageFormula(`${ref(first, col.capaian)}:${ref(first + units.length - 1, col.capaian)}`),
      numberFormat: FORMAT.persen,
      style: 'jumlah',
    });
    grid.set(mean, col.kategori, {
      formula: kategoriFormula(ref(mean, col.capaian), scale),
      style: 'jumlah',
    });
  }
  grid.skip();
  grid.addNote(CATATAN_REKAP.pagu);
  grid.addNote(CATATAN_REKAP.serapan);
  grid.addNote(CATATAN_REKAP.capaian(scale.source));
  grid.addNote(CATATAN_REKAP.rataRata);
  for (const d of duplicateUnits(rekap.units)) grid.addNote(CATATAN_REKAP.ganda(d.unit, d.files), true);
  if (otherYear.length > 0 && units.length > otherYear.length)
    grid.addNote(
      CATATAN_REKAP.tahunLain(
        year,
        otherYear.map((u) => u.unit),
      ),
      true,
    );
  if (rekap.unreadable.length > 0) grid.addNote(CATATAN_REKAP.tidakMasuk(rekap.unreadable.length), true);
  return grid.toPlan();
}
