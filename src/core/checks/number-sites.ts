import { perObject } from '../memo';
import type { StatedNumber, StatedText } from '../model/source';
import type { Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { NumberKind } from '../numbers/types';
import { NAMA_KOLOM as K } from '../messages/temuan';

/**
 * One number the user wrote, as the model holds it: a stated number or a numeric measure itself, not a
 * copy (a regency's budget has 400 000 of them; a site object each was most of NUM-01…04's time).
 */
export type NumberSite = StatedNumber | Extract<Measure, { kind: 'angka' }>;

/**
 * The numbers of one column of one table, in row order. A column is the table's field (pagu,
 * realisasi …), not the sheet column: a table pasted from a PDF with ragged rows has its pagu in
 * columns D, E and F, and its pagu column is still one column to the reader.
 */
export interface NumberColumn {
  sheet: string;
  /** The table column, in Indonesian (`pagu`, `capaian`, `target`). */
  field: string;
  kind: NumberKind;
  /** True for an indicator table's targets and realisasi, which may be written with their unit. */
  measures: boolean;
  sites: NumberSite[];
}

/**
 * A target or realisasi written with its unit (`82 Nilai`, `100 %`): text by the table's own layout,
 * not a number stored as text. `100 %` in a target column is number + unit like `82 Nilai`: the % sign
 * is its unit.
 */
export function writtenWithUnit(column: NumberColumn, site: NumberSite): boolean {
  if (!column.measures) return false;
  const unit = 'unit' in site ? site.unit : undefined;
  return (unit !== undefined && unit !== '') || (site.reading.asText && site.reading.percent);
}

/**
 * The columns of one table, made as its first number of each field arrives; a field's numbers always
 * come from one kind of source (a measure or a stated number), so the first one sets the column's kind.
 */
class TableColumns {
  private readonly byField = new Map<string, NumberColumn>();

  constructor(private readonly out: NumberColumn[]) {}

  add(site: NumberSite | undefined, kind: NumberKind, field: string, measures = false): void {
    if (site === undefined) return;
    let column = this.byField.get(field);
    if (column === undefined) {
      column = { sheet: site.ref.sheet, field, kind, measures, sites: [] };
      this.byField.set(field, column);
      this.out.push(column);
    }
    column.sites.push(site);
  }

  addStated(n: StatedNumber | StatedText | undefined, kind: NumberKind, field: string): void {
    if (n !== undefined && 'value' in n) this.add(n, kind, field);
  }

  addMeasure(m: Measure | undefined, field: string): void {
    if (m !== undefined && m.kind === 'angka') this.add(m, 'angka', field, true);
  }

  /** Rows in order (a table's lines are; a ragged paste or the JUMLAH row may not be). */
  finish(): void {
    for (const c of this.byField.values())
      c.sites.sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
  }
}

/**
 * Every stated number of the model grouped by table and column (NUM-01…04 judge a column as a whole):
 * budget pagu, realisasi and sisa (Rupiah), capaian (percent); indicator targets, realisasi, capaian;
 * efficiency tables' capaian, budget columns and efficiency; survey NRR and IKM.
 */
// NUM-01…04 all ask for the same columns; collected once per model.
export const numberColumns: (model: WorkbookModel) => NumberColumn[] = perObject(collectColumns);

function collectColumns(model: WorkbookModel): NumberColumn[] {
  const columns: NumberColumn[] = [];
  for (const t of model.budgets) {
    const table = new TableColumns(columns);
    for (const n of t.nodes) {
      table.add(n.pagu, 'rupiah', K.pagu);
      table.add(n.realisasi, 'rupiah', K.realisasi);
      table.add(n.capaian, 'persen', K.capaian);
      table.add(n.sisa, 'rupiah', K.sisa);
    }
    if (t.total !== undefined) {
      table.add(t.total.pagu, 'rupiah', K.pagu);
      table.add(t.total.realisasi, 'rupiah', K.realisasi);
      table.add(t.total.capaian, 'persen', K.capaian);
      table.add(t.total.sisa, 'rupiah', K.sisa);
    }
    table.finish();
  }
  for (const t of model.indicators) {
    const table = new TableColumns(columns);
    for (const r of t.rows) {
      table.addMeasure(r.target, K.target);
      table.addMeasure(r.realisasi, K.realisasi);
      table.addStated(r.capaian, 'persen', K.capaian);
      table.addMeasure(r.lalu?.target, K.targetLalu);
      table.addMeasure(r.lalu?.realisasi, K.realisasiLalu);
      table.addStated(r.lalu?.capaian, 'persen', K.capaianLalu);
      table.addMeasure(r.targetAkhir, K.targetAkhir);
      table.addMeasure(r.standarNasional, K.standarNasional);
      table.addStated(r.kemajuan, 'persen', K.kemajuan);
      table.addStated(r.perbandinganStandar, 'persen', K.perbandinganStandar);
    }
    if (t.average !== undefined) table.add(t.average.capaian, 'persen', K.capaian);
    table.finish();
  }
  for (const t of model.efficiencies) {
    const table = new TableColumns(columns);
    for (const r of t.rows) {
      table.addMeasure(r.target, K.target);
      table.addMeasure(r.realisasi, K.realisasi);
      table.addStated(r.capaian, 'persen', K.capaian);
      table.add(r.pagu, 'rupiah', K.paguAnggaran);
      table.add(r.realisasiAnggaran, 'rupiah', K.realisasiAnggaran);
      table.add(r.capaianAnggaran, 'persen', K.capaianAnggaran);
      table.add(r.efisiensi, 'persen', K.efisiensi);
      table.add(r.sisa, 'rupiah', K.sisa);
    }
    table.finish();
  }
  for (const t of model.surveys) {
    const table = new TableColumns(columns);
    for (const n of t.nrr ?? []) table.add(n, 'angka', K.nrr);
    table.add(t.ikm, 'angka', K.ikm);
    table.finish();
  }
  return columns;
}
