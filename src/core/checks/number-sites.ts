import { perObject } from '../memo';
import type { CellRef, StatedNumber } from '../model/source';
import type { Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { NumberKind, NumberReadingOk } from '../numbers/types';
import { NAMA_KOLOM as K } from '../messages/temuan';

/** One number the user wrote, wherever the model holds it, with the kind of its column. */
export interface NumberSite {
  ref: CellRef;
  /** The table column it belongs to, in Indonesian (`pagu`, `capaian`, `target`). */
  field: string;
  reading: NumberReadingOk;
  kind: NumberKind;
  /** A target or realisasi written with its unit (`82 Nilai`, `100 %`): text by the table's own layout. */
  withUnit: boolean;
}

/**
 * The numbers of one column of one table, in row order. A column is the table's field (pagu,
 * realisasi …), not the sheet column: a table pasted from a PDF with ragged rows has its pagu in
 * columns D, E and F, and its pagu column is still one column to the reader.
 */
export interface NumberColumn {
  sheet: string;
  field: string;
  sites: NumberSite[];
}

// The helpers push into the table's list: a site array per cell and its spread made a large table's
// columns slow to collect.
function fromStated(out: NumberSite[], n: StatedNumber | undefined, kind: NumberKind, field: string): void {
  if (n !== undefined) out.push({ ref: n.ref, field, reading: n.reading, kind, withUnit: false });
}

function fromStatedOrText(
  out: NumberSite[],
  n: StatedNumber | { text: string } | undefined,
  kind: NumberKind,
  field: string,
): void {
  if (n !== undefined && 'value' in n) fromStated(out, n, kind, field);
}

function fromMeasure(out: NumberSite[], m: Measure | undefined, field: string): void {
  if (m === undefined || m.kind !== 'angka') return;
  // `100 %` in a target column is number + unit like `82 Nilai`: the % sign is its unit.
  const withUnit = (m.unit !== undefined && m.unit !== '') || (m.reading.asText && m.reading.percent);
  out.push({ ref: m.ref, field, reading: m.reading, kind: 'angka', withUnit });
}

/**
 * Every stated number of the model grouped by table and column (NUM-01…04 judge a column as a whole):
 * budget pagu and realisasi (Rupiah), capaian (percent); indicator targets, realisasi, capaian,
 * efficiency and the Tabel 3.9 budget columns; survey NRR and IKM.
 */
// NUM-01…04 all ask for the same columns; collected once per model.
export const numberColumns: (model: WorkbookModel) => NumberColumn[] = perObject(collectColumns);

function collectColumns(model: WorkbookModel): NumberColumn[] {
  const columns: NumberColumn[] = [];
  const addTable = (sites: NumberSite[]) => {
    const byCol = new Map<string, NumberColumn>();
    for (const s of sites) {
      let c = byCol.get(s.field);
      if (c === undefined) {
        c = { sheet: s.ref.sheet, field: s.field, sites: [] };
        byCol.set(s.field, c);
        columns.push(c);
      }
      c.sites.push(s);
    }
    for (const c of byCol.values()) c.sites.sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
  };
  for (const t of model.budgets) {
    const sites: NumberSite[] = [];
    for (const n of t.nodes) {
      fromStated(sites, n.pagu, 'rupiah', K.pagu);
      fromStated(sites, n.realisasi, 'rupiah', K.realisasi);
      fromStated(sites, n.capaian, 'persen', K.capaian);
    }
    if (t.total !== undefined) {
      const { pagu, realisasi, capaian } = t.total;
      fromStated(sites, pagu, 'rupiah', K.pagu);
      fromStated(sites, realisasi, 'rupiah', K.realisasi);
      fromStated(sites, capaian, 'persen', K.capaian);
    }
    addTable(sites);
  }
  for (const t of model.indicators) {
    const sites: NumberSite[] = [];
    for (const r of t.rows) {
      fromMeasure(sites, r.target, K.target);
      fromMeasure(sites, r.realisasi, K.realisasi);
      fromStatedOrText(sites, r.capaian, 'persen', K.capaian);
      fromMeasure(sites, r.lalu?.target, K.targetLalu);
      fromMeasure(sites, r.lalu?.realisasi, K.realisasiLalu);
      fromStatedOrText(sites, r.lalu?.capaian, 'persen', K.capaianLalu);
      fromMeasure(sites, r.targetAkhir, K.targetAkhir);
      fromMeasure(sites, r.standarNasional, K.standarNasional);
      fromStatedOrText(sites, r.kemajuan, 'persen', K.kemajuan);
      fromStatedOrText(sites, r.perbandinganStandar, 'persen', K.perbandinganStandar);
      fromStated(sites, r.efisiensi, 'persen', K.efisiensi);
      fromStated(sites, r.anggaran?.pagu, 'rupiah', K.paguAnggaran);
      fromStated(sites, r.anggaran?.realisasi, 'rupiah', K.realisasiAnggaran);
      fromStated(sites, r.anggaran?.capaian, 'persen', K.capaianAnggaran);
    }
    if (t.average !== undefined) fromStated(sites, t.average.capaian, 'persen', K.capaian);
    addTable(sites);
  }
  for (const t of model.surveys) {
    const sites: NumberSite[] = [];
    for (const n of t.nrr ?? []) fromStated(sites, n, 'angka', K.nrr);
    fromStated(sites, t.ikm, 'angka', K.ikm);
    addTable(sites);
  }
  return columns;
}
