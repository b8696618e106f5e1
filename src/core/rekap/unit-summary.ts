/**
 * One unit's checked workbook reduced to what a rekap of many units shows (issue 22): who and which
 * year, how many findings of which rule, the budget total and the average capaian kinerja. Plain data
 * only (numbers and strings), so a worker thread can hand it to the main thread as it is.
 */
import { Decimal } from '../decimal';
import type { PeriksaResult } from '../engine';
import { hitungCapaian } from '../formulas/capaian';
import { kategoriCapaian } from '../formulas/kategori';
import { ukuranOf } from '../checks/measures';
import { ikuRows } from '../plan/plan-tabel-kinerja';
import { leafSum, pickBudgetTable, pickIndicatorTable, toCellNumber } from '../plan/sources';
import type { Settings } from '../settings';
import type { RuleId, Severity } from '../temuan';

/** Findings of one rule at one severity in one workbook. */
export interface RuleCount {
  rule: RuleId;
  severity: Severity;
  count: number;
}

/** What the rekap knows of one unit's workbook. Money in Rupiah, capaian and serapan as fractions. */
export interface UnitSummary {
  /** The file as the reviewer named it or as it was found in a folder. */
  file: string;
  /** The unit's name from the workbook's titles, else the file's name without its extension. */
  unit: string;
  /** Whether `unit` came from the titles (false: from the file name). */
  unitFromTitle: boolean;
  /** The report year from the titles (or the year set by the user); undefined when none is stated. */
  year?: number;
  galat: number;
  peringatan: number;
  info: number;
  /** Findings per rule and severity, in rule order. */
  rules: RuleCount[];
  /** Tables recognised. */
  tables: number;
  /**
   * Pagu and realisasi: the sums over the budget lines of the table Tabel 3.8 is planned from, i.e.
   * that sheet's JUMLAH; undefined without a budget table.
   */
  pagu?: number;
  realisasi?: number;
  /** realisasi / pagu; undefined without a budget or where the pagu is 0. */
  serapan?: number;
  /**
   * The mean capaian of the tujuan and sasaran rows of the indicator table Tabel 3.2 is planned from
   * (its "Rata-rata" row), over the rows whose capaian can be computed; undefined when none can.
   */
  capaian?: number;
  /** Rows the mean is over. */
  capaianRows: number;
  /** Kategori of `capaian` on the scale in use. */
  kategori?: string;
}

/**
 * The summary of one checked workbook. `file` is shown as given; the unit falls back to its base name.
 * Example: the sample workbook of Kecamatan Kalianget → `{ unit: 'Kecamatan Kalianget', year: 2023,
 * pagu: 2697987570, realisasi: 2057445222, … }`.
 */
export function summariseUnit(file: string, result: PeriksaResult, settings: Settings): UnitSummary {
  const { model, findings, summary } = result;
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { rule: f.rule, severity: f.severity, count: 1 });
  }
  const unit: UnitSummary = {
    file,
    unit: model.unit ?? fileStem(file),
    unitFromTitle: model.unit !== undefined,
    galat: summary.galat,
    peringatan: summary.peringatan,
    info: summary.info,
    rules: [...counts.values()].sort(
      (a, b) => compareRules(a.rule, b.rule) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    ),
    tables: model.budgets.length + model.indicators.length + model.efficiencies.length + model.surveys.length,
    capaianRows: 0,
  };
  const year = settings.tahun ?? model.year;
  if (year !== undefined) unit.year = year;

  const budget = pickBudgetTable(model);
  if (budget) {
    let pagu = ZERO;
    let realisasi = ZERO;
    for (const r of budget.roots) {
      pagu = pagu.plus(leafSum(budget, r, 'pagu'));
      realisasi = realisasi.plus(leafSum(budget, r, 'realisasi'));
    }
    unit.pagu = toCellNumber(pagu);
    unit.realisasi = toCellNumber(realisasi);
    if (!pagu.isZero()) unit.serapan = toCellNumber(realisasi.div(pagu));
  }

  const indicators = pickIndicatorTable(model);
  if (indicators) {
    const values: Decimal[] = [];
    for (const row of ikuRows(indicators)) {
      const target = ukuranOf(row.target);
      const real = ukuranOf(row.realisasi);
      if (target === null || real === null) continue;
      const c = hitungCapaian(target, real, row.polaritas);
      if (c.ok) values.push(c.value);
    }
    if (values.length > 0) {
      const mean = values.reduce((a, v) => a.plus(v), ZERO).div(values.length);
      unit.capaian = toCellNumber(mean);
      unit.capaianRows = values.length;
      unit.kategori = kategoriCapaian(mean, settings.skalaKategori);
    }
  }
  return unit;
}

const ZERO = new Decimal(0);

const SEVERITY_RANK: Record<Severity, number> = { galat: 0, peringatan: 1, info: 2 };

/**
 * The order rules are listed in: the catalogue's families (ANG, NUM, KIN, EFI, IKM, XTB, NAM, then the
 * structure notes STR), then by number. Example: `['STR-01', 'KIN-02', 'ANG-05'].sort(compareRules)`
 * → `['ANG-05', 'KIN-02', 'STR-01']`.
 */
export function compareRules(a: string, b: string): number {
  const family = (r: string) => {
    const i = FAMILIES.indexOf(r.slice(0, 3));
    return i < 0 ? FAMILIES.length : i;
  };
  return family(a) - family(b) || a.localeCompare(b);
}

const FAMILIES = ['ANG', 'NUM', 'KIN', 'EFI', 'IKM', 'XTB', 'NAM', 'STR'];

/** A path's last part without its extension: `laporan/Dinas PU.xlsx` → `Dinas PU` (either separator). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '');
  return stem === '' ? base : stem;
}
