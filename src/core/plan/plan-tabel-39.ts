import type { BudgetNode, BudgetTable } from '../model/budget';
import type { IndicatorRow, IndicatorTable } from '../model/indicator';
import type { Settings } from '../settings';
import type { PlanCell, PlanStyle } from './sheet-plan';
import { FORMAT, PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import {
  averageFormula,
  capaianAnggaranFormula,
  efisiensiFormula,
  rowPieces,
  sumFormula,
} from './excel-formulas';
import { capaianCell, measureCell } from './indicator-cells';
import { descendants, leafFigure, tableLocation } from './sources';
import { BARIS, CATATAN, KOLOM } from '../messages/susun';
import { budgetProgramFinder } from '../names/program-match';

/** Columns of Tabel 3.9 (0-based). */
const C = {
  no: 0,
  nama: 1,
  indikator: 2,
  target: 3,
  realisasi: 4,
  capaianK: 5,
  pagu: 6,
  realisasiRp: 7,
  capaianA: 8,
  efisiensi: 9,
};

/** How the cascade's programs met the budget: which budget program each sasaran program stands for. */
export interface ProgramMatching {
  /** Sasaran rows with their program rows and the matched budget program (undefined when none). */
  sasaran: Array<{
    row: IndicatorRow;
    programs: Array<{ row: IndicatorRow; budget?: BudgetNode; duplicate: boolean }>;
  }>;
  /** Budget programs no sasaran lists. */
  unmatchedBudget: BudgetNode[];
  /** Cascade programs with no budget program. */
  unmatchedCascade: IndicatorRow[];
}

/**
 * Matches the programs under each sasaran of the indicator cascade to the budget's programs (by code,
 * else by name, budgetProgramFinder; DESIGN.md §6). A budget program listed under two sasaran counts for the first only.
 */
export function matchPrograms(indicators: IndicatorTable, budget: BudgetTable): ProgramMatching {
  const used = new Set<number>();
  const findBudgetProgram = budgetProgramFinder(budget);
  const sasaran = indicators.rows
    .filter((r) => r.level === 'sasaran')
    .map((row) => ({
      row,
      programs: descendants(indicators, row)
        .filter((d) => d.level === 'program')
        .map((p) => {
          const found = findBudgetProgram(p);
          const budgetNode = found === undefined || found.how === 'ragu' ? undefined : found.item;
          const duplicate = budgetNode !== undefined && used.has(budgetNode.index);
          if (budgetNode) used.add(budgetNode.index);
          return { row: p, budget: budgetNode, duplicate };
        }),
    }));
  return {
    sasaran,
    unmatchedBudget: budget.roots.filter((i) => !used.has(i)).map((i) => budget.nodes[i]),
    unmatchedCascade: sasaran.flatMap((s) => s.programs.filter((p) => !p.budget).map((p) => p.row)),
  };
}

/** Whether the cascade has a sasaran with at least one program under it (else Tabel 3.9 has nothing to show). */
export function hasSasaranPrograms(indicators: IndicatorTable): boolean {
  return indicators.rows.some(
    (r) => r.level === 'sasaran' && descendants(indicators, r).some((d) => d.level === 'program'),
  );
}

/**
 * Tabel 3.9 "Perbandingan Pencapaian Kinerja dan Anggaran": one row per sasaran and one per program
 * under it — indicator target, realisasi and capaian; budget pagu, realisasi (the program's figures from
 * the budget tree, the sasaran's as SUM of its programs) and capaian; tingkat efisiensi by the chosen
 * method, stated in a note under the table. Budget programs that no sasaran lists are listed under
 * the table and in the notes, never dropped silently.
 */
/** Where Tabel 3.9 put each sasaran and program of the cascade, and its JUMLAH row. */
export interface Tabel39Layout extends SheetLayout {
  /** Sheet row per `IndicatorRow.index` of the indicator table (sasaran and their programs). */
  rowOf: Map<number, number>;
  jumlahRow: number;
}

export function planTabel39(
  indicators: IndicatorTable,
  budget: BudgetTable,
  ctx: { settings: Settings; unitLine?: string },
): Planned<Tabel39Layout> {
  const metode = ctx.settings.efisiensi;
  const columns: HeaderColumn[] = [
    { label: KOLOM.no, width: 6 },
    { label: KOLOM.sasaranProgram, width: 40 },
    { label: KOLOM.indikator, width: 32 },
    { label: KOLOM.target, group: KOLOM.kinerja, width: 12 },
    { label: KOLOM.realisasi, group: KOLOM.kinerja, width: 12 },
    { label: KOLOM.capaian, group: KOLOM.kinerja, width: 11 },
    { label: KOLOM.pagu, group: KOLOM.anggaran, width: 17 },
    { label: KOLOM.realisasiRp, group: KOLOM.anggaran, width: 17 },
    { label: KOLOM.capaian, group: KOLOM.anggaran, width: 11 },
    { label: KOLOM.efisiensi, width: 12 },
  ];
  const grid = new PlanGrid('3.9', columns);
  grid.addTitle(ctx.unitLine);
  grid.addHeader();

  const matching = matchPrograms(indicators, budget);
  const kinerjaCells = (r: number, row: IndicatorRow, style: PlanStyle) => {
    grid.set(r, C.indikator, { value: row.indikator?.text ?? null, style });
    grid.set(r, C.target, measureCell(row.target, style));
    grid.set(r, C.realisasi, measureCell(row.realisasi, style));
    grid.set(
      r,
      C.capaianK,
      capaianCell(row.target, row.realisasi, row.polaritas, ref(r, C.target), ref(r, C.realisasi), style),
    );
  };
  const ratioCells = (r: number, style: PlanStyle) => {
    grid.set(r, C.capaianA, {
      formula: capaianAnggaranFormula(ref(r, C.pagu), ref(r, C.realisasiRp)),
      numberFormat: FORMAT.persen,
      style,
    });
    grid.set(r, C.efisiensi, {
      formula: efisiensiFormula(metode, ref(r, C.capaianK), ref(r, C.capaianA)),
      numberFormat: metode === 'indeks' ? FORMAT.indeks : FORMAT.persen,
      style,
    });
  };
  const money = (node: BudgetNode | undefined, field: 'pagu' | 'realisasi', style: PlanStyle): PlanCell => ({
    value: node ? leafFigure(budget, node.index, field) : null,
    numberFormat: FORMAT.rupiah,
    style,
  });

  const sasaranRows: number[] = [];
  const rowOf = new Map<number, number>();
  matching.sasaran.forEach((s, i) => {
    const style: PlanStyle = 'program';
    const r = grid.addRow([], 0);
    sasaranRows.push(r);
    rowOf.set(s.row.index, r);
    grid.set(r, C.no, { value: String(i + 1), style });
    grid.set(r, C.nama, { value: s.row.name.text, style });
    kinerjaCells(r, s.row, style);
    const programRows: number[] = [];
    s.programs.forEach((p, k) => {
      const ps: PlanStyle = 'subkegiatan';
      const pr = grid.addRow([], 1);
      rowOf.set(p.row.index, pr);
      grid.set(pr, C.no, { value: `${i + 1}.${k + 1}`, style: ps });
      grid.set(pr, C.nama, { value: p.row.name.text, style: ps });
      kinerjaCells(pr, p.row, ps);
      const node = p.duplicate ? undefined : p.budget;
      grid.set(pr, C.pagu, money(node, 'pagu', ps));
      grid.set(pr, C.realisasiRp, money(node, 'realisasi', ps));
      ratioCells(pr, ps);
      if (node) programRows.push(pr);
      if (p.duplicate) grid.notes.push(CATATAN.programGanda(p.row.name.text));
    });
    for (const c of [C.pagu, C.realisasiRp]) {
      grid.set(
        r,
        c,
        programRows.length > 0
          ? { formula: sumFormula(c, programRows), numberFormat: FORMAT.rupiah, style }
          : { value: null, numberFormat: FORMAT.rupiah, style },
      );
    }
    ratioCells(r, style);
  });

  const total = grid.addRow([], 0);
  grid.set(total, C.no, { value: BARIS.jumlah, style: 'jumlah' });
  for (let c = 1; c < columns.length; c++) grid.set(total, c, { style: 'jumlah' });
  grid.merge(total, C.no, total, C.realisasi);
  grid.set(total, C.capaianK, {
    formula: averageFormula(rowPieces(C.capaianK, sasaranRows).join(',')),
    numberFormat: FORMAT.persen,
    style: 'jumlah',
  });
  for (const c of [C.pagu, C.realisasiRp]) {
    grid.set(total, c, {
      formula: sasaranRows.length > 0 ? sumFormula(c, sasaranRows) : '0',
      numberFormat: FORMAT.rupiah,
      style: 'jumlah',
    });
  }
  ratioCells(total, 'jumlah');

  grid.skip();
  grid.addNote(CATATAN.metode(metode), true);
  grid.addNote(CATATAN.anggaranProgram39);
  grid.addNote(CATATAN.jumlah39);
  const kin = tableLocation(indicators);
  const ang = tableLocation(budget);
  grid.addNote(CATATAN.sumber(kin.sheet, kin.range));
  grid.addNote(CATATAN.sumber(ang.sheet, ang.range));
  if (matching.unmatchedBudget.length > 0) {
    grid.addNote(CATATAN.programTanpaSasaran(matching.unmatchedBudget.map((n) => n.name)), true);
  }
  if (matching.unmatchedCascade.length > 0) {
    grid.addNote(CATATAN.programTanpaAnggaran(matching.unmatchedCascade.map((r) => r.name.text)), true);
  }
  return { plan: grid.toPlan(), layout: { ...grid.layout(), rowOf, jumlahRow: total } };
}
