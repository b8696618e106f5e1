import type { CellRef, StatedNumber } from '../model/source';
import type { Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { NumberKind, NumberReadingOk } from '../numbers/types';

/** One number the user wrote, wherever the model holds it, with the kind of its column. */
export interface NumberSite {
  ref: CellRef;
  reading: NumberReadingOk;
  kind: NumberKind;
  /** A target or realisasi written with its unit (`82 Nilai`, `100 %`): text by the table's own layout. */
  withUnit: boolean;
}

/** The numbers of one column of one table, in row order. */
export interface NumberColumn {
  sheet: string;
  col: number;
  sites: NumberSite[];
}

function fromStated(n: StatedNumber | undefined, kind: NumberKind): NumberSite[] {
  return n === undefined ? [] : [{ ref: n.ref, reading: n.reading, kind, withUnit: false }];
}

function fromStatedOrText(n: StatedNumber | { text: string } | undefined, kind: NumberKind): NumberSite[] {
  return n !== undefined && 'value' in n ? fromStated(n, kind) : [];
}

function fromMeasure(m: Measure | undefined): NumberSite[] {
  if (m === undefined || m.kind !== 'angka') return [];
  // `100 %` in a target column is number + unit like `82 Nilai`: the % sign is its unit.
  const withUnit = (m.unit !== undefined && m.unit !== '') || (m.reading.asText && m.reading.percent);
  return [{ ref: m.ref, reading: m.reading, kind: 'angka', withUnit }];
}

/**
 * Every stated number of the model grouped by table and column (NUM-01…04 judge a column as a whole):
 * budget pagu and realisasi (Rupiah), capaian (percent); indicator targets, realisasi, capaian,
 * efficiency and the Tabel 3.9 budget columns; survey NRR and IKM.
 */
export function numberColumns(model: WorkbookModel): NumberColumn[] {
  const columns: NumberColumn[] = [];
  const addTable = (sites: NumberSite[]) => {
    const byCol = new Map<string, NumberColumn>();
    for (const s of sites) {
      const key = `${s.ref.sheet}\u0000${s.ref.col}`;
      let c = byCol.get(key);
      if (c === undefined) {
        c = { sheet: s.ref.sheet, col: s.ref.col, sites: [] };
        byCol.set(key, c);
        columns.push(c);
      }
      c.sites.push(s);
    }
    for (const c of byCol.values()) c.sites.sort((a, b) => a.ref.row - b.ref.row);
  };
  for (const t of model.budgets) {
    const sites: NumberSite[] = [];
    for (const n of t.nodes) {
      sites.push(...fromStated(n.pagu, 'rupiah'), ...fromStated(n.realisasi, 'rupiah'), ...fromStated(n.capaian, 'persen'));
    }
    if (t.total !== undefined) {
      const { pagu, realisasi, capaian } = t.total;
      sites.push(...fromStated(pagu, 'rupiah'), ...fromStated(realisasi, 'rupiah'), ...fromStated(capaian, 'persen'));
    }
    addTable(sites);
  }
  for (const t of model.indicators) {
    const sites: NumberSite[] = [];
    for (const r of t.rows) {
      sites.push(
        ...fromMeasure(r.target),
        ...fromMeasure(r.realisasi),
        ...fromStatedOrText(r.capaian, 'persen'),
        ...fromMeasure(r.lalu?.target),
        ...fromMeasure(r.lalu?.realisasi),
        ...fromStatedOrText(r.lalu?.capaian, 'persen'),
        ...fromMeasure(r.targetAkhir),
        ...fromMeasure(r.standarNasional),
        ...fromStatedOrText(r.kemajuan, 'persen'),
        ...fromStatedOrText(r.perbandinganStandar, 'persen'),
        ...fromStated(r.efisiensi, 'persen'),
        ...fromStated(r.anggaran?.pagu, 'rupiah'),
        ...fromStated(r.anggaran?.realisasi, 'rupiah'),
        ...fromStated(r.anggaran?.capaian, 'persen'),
      );
    }
    if (t.average !== undefined) sites.push(...fromStated(t.average.capaian, 'persen'));
    addTable(sites);
  }
  for (const t of model.surveys) {
    const sites: NumberSite[] = [];
    for (const n of t.nrr ?? []) sites.push(...fromStated(n, 'angka'));
    sites.push(...fromStated(t.ikm, 'angka'));
    addTable(sites);
  }
  return columns;
}
