import { appendAll } from '../arrays';
import type { CellRange, SheetSnapshot } from '../snapshot';
import { rowExtent } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import type { StatedText } from '../model/source';
import { CASCADE_LEVELS, type IndicatorRow, type IndicatorTable, type Polaritas } from '../model/indicator';
import { recogniseKinerjaMessages as msg } from '../messages/recognise-kinerja';
import {
  cellText,
  isBlankRow,
  note,
  readMeasure,
  statedNumber,
  statedNumberOrText,
  statedText,
} from './indicator-cells';
import {
  readIndicatorLayout,
  repeatsHeaderRow,
  type IndicatorColumn,
  type IndicatorLayout,
} from './indicator-layout';
import { templateTableRanges } from './template-spec';

const NUMBERING = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const LEADING_NUMBERING = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/;
const MAX_DEPTH = CASCADE_LEVELS.length - 1;
const PROGRAM_DEPTH = CASCADE_LEVELS.indexOf('program');
/** Blank rows allowed inside a table (spacers, page breaks) before it is taken to have ended. */
const MAX_BLANK_RUN = 2;

/** Columns whose text may continue on the next row (a name or sentence wrapped by a page break). */
const TEXT_COLUMNS: IndicatorColumn[] = ['name', 'indikator', 'satuan', 'analisis', 'solusi'];
/** Columns whose presence makes a row a row of its own. */
const FIGURE_COLUMNS: IndicatorColumn[] = [
  'target',
  'realisasi',
  'capaian',
  'kategori',
  'targetAkhir',
  'standarNasional',
  'kemajuan',
  'perbandinganStandar',
  'efisiensi',
  'lalu.target',
  'lalu.realisasi',
  'lalu.capaian',
  'polaritas',
  'code',
  'anggaran.pagu',
  'anggaran.realisasi',
  'anggaran.capaian',
];

/**
 * Reads a polaritas as written: `positif`, `+`, `naik`, `maksimal` → positif; `negatif`, `-`, `turun`,
 * `minimal` → negatif; `negatif-rasio` → negatif-rasio; undefined for anything else.
 */
export function readPolaritas(text: string): Polaritas | undefined {
  const t = text.trim();
  if (t === '+') return 'positif';
  if (t === '-' || t === '−') return 'negatif';
  const k = nameKey(t);
  if (/^negatif rasio$/.test(k)) return 'negatif-rasio';
  if (/^(positif|naik|maksimal|maksimum|semakin tinggi semakin baik)$/.test(k)) return 'positif';
  if (/^(negatif|turun|minimal|minimum|semakin rendah semakin baik)$/.test(k)) return 'negatif';
  return undefined;
}

/** The title just above a header (`Tabel 3.6 Analisis Keberhasilan, Kegagalan dan Solusi`), if any. */
export function titleAbove(
  sheet: SheetSnapshot,
  headerTop: number,
  left: number,
  right: number,
): string | undefined {
  const lines: string[] = [];
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - 5); r--) {
    const texts: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = cellText(sheet, r, c);
      if (t !== '') texts.push(t);
    }
    if (texts.length > 1) break;
    if (texts.length === 1) lines.unshift(texts[0]);
    if (texts.length === 1 && /^tabel\b/i.test(texts[0])) return lines.join(' ');
  }
  return undefined;
}

interface TableRead {
  table: IndicatorTable;
  bottom: number;
}

function col(layout: IndicatorLayout, column: IndicatorColumn): number | undefined {
  return layout.columns[column];
}

function has(sheet: SheetSnapshot, row: number, c: number | undefined): boolean {
  return c !== undefined && cellText(sheet, row, c) !== '';
}

function appendText(target: StatedText | undefined, tail: StatedText | undefined): StatedText | undefined {
  if (tail === undefined) return target;
  if (target === undefined) return tail;
  return { ref: target.ref, text: `${target.text} ${tail.text}` };
}

/** Whether the row ends the table: a source line, a new title, or a sentence alone in the first column. */
function endsTable(sheet: SheetSnapshot, layout: IndicatorLayout, row: number): boolean {
  const texts: Array<{ col: number; text: string }> = [];
  for (let c = layout.left; c <= layout.right; c++) {
    const t = cellText(sheet, row, c);
    if (t !== '') texts.push({ col: c, text: t });
  }
  const first = texts[0];
  if (first === undefined) return false;
  // "Sumber : …" under the table, or the next table's title; a sub kegiatan may begin "Sumber Daya …".
  if (/^(sumber( data)?|keterangan)\s*:/i.test(first.text) || /^tabel\s+\d/i.test(first.text)) return true;
  if (first.col === layout.left && /^(sumber|tabel|keterangan)\b/i.test(first.text)) return true;
  const mapped = new Set(Object.values(layout.columns));
  const leftIsNumbering = first.col === layout.columns.numbering;
  return (
    (texts.length === 1 && !mapped.has(first.col)) ||
    (texts.length === 1 && leftIsNumbering && !NUMBERING.test(first.text) && !/^rata/i.test(first.text))
  );
}

/** Whether every non-blank cell of the row up to column `right` lies in one of the text columns. */
function onlyTextColumns(sheet: SheetSnapshot, layout: IndicatorLayout, row: number, right: number): boolean {
  const allowed = new Set(
    TEXT_COLUMNS.map((k) => layout.columns[k]).filter((c): c is number => c !== undefined),
  );
  for (const l of layout.levelColumns) allowed.add(l.col);
  for (let c = layout.left; c <= right; c++) {
    if (cellText(sheet, row, c) !== '' && !allowed.has(c)) return false;
  }
  return true;
}

function readTable(sheet: SheetSnapshot, layout: IndicatorLayout, notes: Temuan[]): TableRead {
  const rows: IndicatorRow[] = [];
  const roots: number[] = [];
  let average: IndicatorTable['average'];
  let bottom = layout.headerBottom;
  let blankRun = 0;
  let lastNumbered: number | undefined;
  const numberedIndex = new Map<string, number>();
  const levelStyle = layout.levelColumns.length >= 2;
  const numberingCol = col(layout, 'numbering');
  const nameCol = col(layout, 'name');
  const extent = rowExtent(sheet);

  const attach = (row: IndicatorRow, parent: number | undefined) => {
    if (parent === undefined) roots.push(row.index);
    else {
      row.parent = parent;
      rows[parent].children.push(row.index);
    }
  };

  const childStart = col(layout, 'child.name');
  let lastChild: number | undefined;
  let lastLeft: number | undefined;
  const pushLeft = (row: IndicatorRow, parent: number | undefined) => {
    rows.push(row);
    attach(row, parent);
    lastLeft = row.index;
  };

  /** The left-hand (or only) side of a row: a numbered or level row, another indicator, or a continuation. */
  const readLeft = (r: number, firstText: { c: number; t: string } | undefined): void => {
    const leftEnd = childStart === undefined ? layout.right : childStart - 1;
    const hasFigures = FIGURE_COLUMNS.some((k) => has(sheet, r, col(layout, k)));
    if (levelStyle) {
      const names = layout.levelColumns
        .map((l) => ({ depth: l.depth, text: statedText(sheet, r, l.col) }))
        .filter((x): x is { depth: number; text: StatedText } => x.text !== undefined);
      const previous = lastLeft === undefined ? undefined : rows[lastLeft];
      if (names.length === 0 && hasFigures && previous !== undefined) {
        // Another indicator of the line above (a sasaran with two indicators): same name, same place.
        const row = readRow(sheet, layout, r, rows.length, previous.depth, previous.name, undefined, notes);
        pushLeft(row, previous.parent);
        return;
      }
      if (names.length > 0) {
        // A tujuan and its sasaran may share a line; each name is a row, the figures belong to the last.
        names.forEach((n, i) => {
          const m = LEADING_NUMBERING.exec(n.text.text);
          const name = m ? { ref: n.text.ref, text: m[2] } : n.text;
          const index = rows.length;
          const row =
            i === names.length - 1
              ? readRow(sheet, layout, r, index, n.depth, name, m?.[1], notes)
              : nameOnlyRow(r, index, n.depth, name, m?.[1]);
          pushLeft(row, parentByDepth(rows, index, n.depth));
        });
        return;
      }
    }

    const mergedFrom = nameCol === undefined ? undefined : mergeAbove(sheet, r, nameCol);
    const anchor = mergedFrom === undefined ? undefined : rows.findIndex((x) => x.row === mergedFrom);
    if (anchor !== undefined && anchor >= 0 && hasFigures) {
      // The name cell is merged down from a row above: another indicator of that row.
      const above = rows[anchor];
      pushLeft(
        readRow(sheet, layout, r, rows.length, above.depth, above.name, undefined, notes),
        above.parent,
      );
      return;
    }

    let numbering: string | undefined;
    let name = statedText(sheet, r, nameCol);
    if (numberingCol !== undefined) {
      const m = NUMBERING.exec(cellText(sheet, r, numberingCol));
      if (m) numbering = m[1];
    } else if (name !== undefined) {
      const m = LEADING_NUMBERING.exec(name.text);
      if (m) {
        numbering = m[1];
        name = { ref: name.ref, text: m[2] };
      }
    }

    if (numbering === undefined && !hasFigures) {
      const previous = lastLeft === undefined ? undefined : rows[lastLeft];
      if (previous !== undefined && onlyTextColumns(sheet, layout, r, leftEnd)) {
        previous.name =
          appendText(previous.name, levelStyle ? undefined : statedText(sheet, r, nameCol)) ?? previous.name;
        previous.indikator = appendText(previous.indikator, statedText(sheet, r, col(layout, 'indikator')));
        previous.satuan = appendText(previous.satuan, statedText(sheet, r, col(layout, 'satuan')));
        previous.analisis = appendText(previous.analisis, statedText(sheet, r, col(layout, 'analisis')));
        previous.solusi = appendText(previous.solusi, statedText(sheet, r, col(layout, 'solusi')));
        previous.lastRow = r;
        notes.push(
          note(
            sheet.name,
            r,
            firstText?.c ?? layout.left,
            'STR-01',
            'info',
            msg.barisLanjutan(previous.row + 1),
          ),
        );
      } else {
        notes.push(
          note(
            sheet.name,
            r,
            firstText?.c ?? layout.left,
            'STR-01',
            'peringatan',
            msg.barisTidakDitempatkan(firstText?.t ?? ''),
          ),
        );
      }
      return;
    }

    const index = rows.length;
    let parent: number | undefined;
    let depth: number;
    if (numbering !== undefined) {
      const parts = numbering.split('.');
      depth = parts.length - 1;
      if (depth > MAX_DEPTH) {
        notes.push(
          note(
            sheet.name,
            r,
            numberingCol ?? nameCol ?? layout.left,
            'STR-01',
            'info',
            msg.terlaluDalam(numbering),
          ),
        );
        depth = MAX_DEPTH;
      }
      if (parts.length > 1) {
        const prefix = parts.slice(0, -1).join('.');
        parent = numberedIndex.get(prefix);
        if (parent === undefined) {
          for (let p = rows.length - 1; p >= 0; p--) {
            if (rows[p].numbering !== undefined && rows[p].depth < depth) {
              parent = p;
              break;
            }
          }
          notes.push(
            note(
              sheet.name,
              r,
              numberingCol ?? nameCol ?? layout.left,
              'STR-01',
              'info',
              msg.indukTidakAda(numbering, prefix),
            ),
          );
        }
      }
      numberedIndex.set(numbering, index);
    } else if (lastNumbered !== undefined) {
      parent = lastNumbered;
      depth = Math.min(rows[lastNumbered].depth + 1, MAX_DEPTH);
    } else {
      depth = 0;
      if (numberingCol !== undefined) {
        notes.push(
          note(sheet.name, r, firstText?.c ?? layout.left, 'STR-01', 'info', msg.tanpaIndukBernomor()),
        );
      }
    }

    const row = readRow(sheet, layout, r, index, depth, name, numbering, notes);
    pushLeft(row, parent);
    if (numbering !== undefined) lastNumbered = index;
  };

  /**
   * The right-hand side of a paired row (Tabel 3.7): a program (its name says so), a kegiatan (stated
   * as supporting, "Menunjang …") or a sub kegiatan (under the kegiatan above); a side without capaian or
   * remark continues the text of the one above.
   */
  const readChild = (r: number): void => {
    const name = statedText(sheet, r, childStart);
    const indikator = statedText(sheet, r, col(layout, 'child.indikator'));
    const capaian = statedNumberOrText(sheet, r, col(layout, 'child.capaian'), 'persen', notes);
    const analisis = statedText(sheet, r, col(layout, 'child.analisis'));
    if (name === undefined && indikator === undefined && capaian === undefined && analisis === undefined)
      return;
    if (capaian === undefined && analisis === undefined && lastChild !== undefined) {
      const previous = rows[lastChild];
      previous.name = appendText(previous.name, name) ?? previous.name;
      previous.indikator = appendText(previous.indikator, indikator);
      previous.lastRow = r;
      notes.push(
        note(
          sheet.name,
          r,
          (name ?? indikator)?.ref.col ?? childStart ?? layout.left,
          'STR-01',
          'info',
          msg.barisLanjutan(previous.row + 1),
        ),
      );
      return;
    }
    const index = rows.length;
    let depth = PROGRAM_DEPTH;
    if (name === undefined || !/^program\b/i.test(name.text)) {
      const above = parentByDepth(rows, index, PROGRAM_DEPTH + 2);
      depth =
        analisis === undefined && above !== undefined && rows[above].depth === PROGRAM_DEPTH + 1
          ? PROGRAM_DEPTH + 2
          : PROGRAM_DEPTH + 1;
    }
    const row = nameOnlyRow(
      r,
      index,
      depth,
      name ?? { ref: { sheet: sheet.name, row: r, col: childStart ?? layout.left }, text: '' },
      undefined,
    );
    if (indikator !== undefined) row.indikator = indikator;
    if (capaian !== undefined) row.capaian = capaian;
    if (analisis !== undefined) row.analisis = analisis;
    rows.push(row);
    attach(row, parentByDepth(rows, index, depth));
    lastChild = index;
  };

  for (let r = layout.headerBottom + 1; r < extent; r++) {
    if (isBlankRow(sheet, r, layout.left, layout.right)) {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (repeatsHeaderRow(sheet, layout, r, 0)) {
      // A header repeated after a page break, with its sub-header and column-number rows.
      let skip = r;
      for (let h = 1; h < layout.headerKeys.length && repeatsHeaderRow(sheet, layout, skip + 1, h); h++)
        skip++;
      r = skip;
      continue;
    }
    if (r > layout.headerBottom + 1 && readIndicatorLayout(sheet, r) !== undefined) break;
    if (endsTable(sheet, layout, r)) break;

    const firstText = (() => {
      for (let c = layout.left; c <= layout.right; c++) {
        const t = cellText(sheet, r, c);
        if (t !== '') return { c, t };
      }
      return undefined;
    })();
    if (firstText !== undefined && /^rata\s*-?\s*rata/i.test(firstText.t)) {
      average = {
        label: { ref: { sheet: sheet.name, row: r, col: firstText.c }, text: firstText.t },
        capaian: statedNumber(sheet, r, col(layout, 'capaian'), 'persen', notes),
        kategori: statedText(sheet, r, col(layout, 'kategori')),
      };
      bottom = r;
      continue;
    }
    if (firstText !== undefined && /^(jumlah|total)\b/.test(nameKey(firstText.t))) {
      // A closing total (Tabel 2.7's JUMLAH of the budget) belongs to the budget tree, not the cascade.
      notes.push(note(sheet.name, r, firstText.c, 'STR-01', 'info', msg.barisJumlah(firstText.t)));
      bottom = r;
      continue;
    }

    const leftEnd = childStart === undefined ? layout.right : childStart - 1;
    if (!isBlankRow(sheet, r, layout.left, leftEnd)) readLeft(r, firstText);
    if (childStart !== undefined) readChild(r);
    bottom = r;
  }

  const range: CellRange = { top: layout.headerTop, left: layout.left, bottom, right: layout.right };
  const columns: Partial<Record<string, number>> = { ...layout.columns };
  const title = titleAbove(sheet, layout.headerTop, layout.left, layout.right);
  const table: IndicatorTable = {
    kind: 'kinerja',
    sheet: sheet.name,
    range,
    headerRange: {
      top: layout.headerTop,
      left: layout.left,
      bottom: layout.headerBottom,
      right: layout.right,
    },
    style: 'lkjip',
    columns,
    rows,
    roots,
  };
  if (title !== undefined) table.title = title;
  if (average !== undefined) table.average = average;
  return { table, bottom };
}

/** The top row of a merge that covers (row, col) from a row above; undefined when the cell is not so covered. */
function mergeAbove(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  const m = sheet.merges.find((x) => x.top < row && x.bottom >= row && x.left <= col && x.right >= col);
  return m?.top;
}

/** The nearest row before `index` with a smaller depth: the parent in a tree listed in order. */
function parentByDepth(rows: IndicatorRow[], index: number, depth: number): number | undefined {
  for (let p = index - 1; p >= 0; p--) if (rows[p].depth < depth) return p;
  return undefined;
}

/** A row that only names a level (a tujuan written on the line of its first sasaran). */
function nameOnlyRow(
  r: number,
  index: number,
  depth: number,
  name: StatedText,
  numbering: string | undefined,
): IndicatorRow {
  const row: IndicatorRow = {
    index,
    row: r,
    lastRow: r,
    depth,
    level: CASCADE_LEVELS[depth],
    name,
    children: [],
  };
  if (numbering !== undefined) row.numbering = numbering;
  return row;
}

function readRow(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  r: number,
  index: number,
  depth: number,
  name: StatedText | undefined,
  numbering: string | undefined,
  notes: Temuan[],
): IndicatorRow {
  const c = (k: IndicatorColumn) => col(layout, k);
  // A Satuan column gives the unit of bare numbers; `%` there makes 100 mean 100%.
  const satuan = statedText(sheet, r, c('satuan'))?.text;
  const measure = (k: IndicatorColumn) => {
    const at = c(k);
    return at === undefined
      ? undefined
      : readMeasure(sheet, r, at, notes, { defaultUnit: satuan, percentPoints: satuan === '%' });
  };
  const row: IndicatorRow = {
    index,
    row: r,
    lastRow: r,
    depth,
    level: CASCADE_LEVELS[depth],
    name: name ?? { ref: { sheet: sheet.name, row: r, col: c('name') ?? layout.left }, text: '' },
    children: [],
  };
  if (numbering !== undefined) row.numbering = numbering;
  const optional = {
    code: statedText(sheet, r, c('code'))?.text,
    indikator: statedText(sheet, r, c('indikator')),
    satuan: statedText(sheet, r, c('satuan')),
    target: measure('target'),
    realisasi: measure('realisasi'),
    capaian: statedNumberOrText(sheet, r, c('capaian'), 'persen', notes),
    kategori: statedText(sheet, r, c('kategori')),
    targetAkhir: measure('targetAkhir'),
    standarNasional: measure('standarNasional'),
    kemajuan: statedNumberOrText(sheet, r, c('kemajuan'), 'persen', notes),
    perbandinganStandar: statedNumberOrText(sheet, r, c('perbandinganStandar'), 'persen', notes),
    efisiensi: statedNumber(sheet, r, c('efisiensi'), 'persen', notes),
    analisis: statedText(sheet, r, c('analisis')),
    solusi: statedText(sheet, r, c('solusi')),
  };
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined) (row as unknown as Record<string, unknown>)[k] = v;
  }
  const polaritasText = statedText(sheet, r, c('polaritas'));
  if (polaritasText !== undefined) {
    const p = readPolaritas(polaritasText.text);
    if (p === undefined) {
      notes.push(
        note(
          sheet.name,
          r,
          polaritasText.ref.col,
          'STR-02',
          'peringatan',
          msg.polaritasTidakDikenal(polaritasText.text),
        ),
      );
    } else row.polaritas = p;
  }
  const anggaran = {
    pagu: statedNumber(sheet, r, c('anggaran.pagu'), 'rupiah', notes),
    realisasi: statedNumber(sheet, r, c('anggaran.realisasi'), 'rupiah', notes),
    capaian: statedNumber(sheet, r, c('anggaran.capaian'), 'persen', notes),
  };
  if (anggaran.pagu !== undefined || anggaran.realisasi !== undefined || anggaran.capaian !== undefined) {
    row.anggaran = {};
    if (anggaran.pagu !== undefined) row.anggaran.pagu = anggaran.pagu;
    if (anggaran.realisasi !== undefined) row.anggaran.realisasi = anggaran.realisasi;
    if (anggaran.capaian !== undefined) row.anggaran.capaian = anggaran.capaian;
  }
  const lalu = {
    target: measure('lalu.target'),
    realisasi: measure('lalu.realisasi'),
    capaian: statedNumberOrText(sheet, r, c('lalu.capaian'), 'persen', notes),
  };
  if (lalu.target !== undefined || lalu.realisasi !== undefined || lalu.capaian !== undefined) {
    row.lalu = {};
    if (lalu.target !== undefined) row.lalu.target = lalu.target;
    if (lalu.realisasi !== undefined) row.lalu.realisasi = lalu.realisasi;
    if (lalu.capaian !== undefined) row.lalu.capaian = lalu.capaian;
  }
  return row;
}

/**
 * Finds every indicator table on a sheet (Tabel 2.2–2.7 and 3.2–3.9 style, anywhere on it) and reads it
 * into the cascade: levels from numbering (`1` tujuan, `1.1` sasaran, `1.1.1` program, `1.1.1.1` kegiatan;
 * an unnumbered row with figures is a child of the numbered row above), from the column the name sits in
 * (Tujuan | Sasaran | …), or from the right-hand side of a paired table (Tabel 3.7); a name merged down
 * over several rows gives one row per indicator. Targets and realisasi become measures (the Satuan column
 * gives bare numbers their unit); stated capaian, kemajuan and efisiensi fractions. Header repeats after
 * page breaks are skipped, rows holding only the tail of a text are joined to the row above, an average
 * row is `average`, a JUMLAH row is skipped. Canonical template tables are left to
 * `recogniseTemplateTables`. Every guess, join and unplaceable row is a note.
 * Example: the seed's Tabel 3.6 → one table, 2 tujuan, 3 sasaran, 6 program, 14 kegiatan, 28 sub kegiatan.
 */
export function recogniseIndicatorTables(sheet: SheetSnapshot): {
  tables: IndicatorTable[];
  notes: Temuan[];
} {
  const tables: IndicatorTable[] = [];
  const notes: Temuan[] = [];
  const skip = templateTableRanges(sheet);
  const extent = rowExtent(sheet);
  for (let r = 0; r < extent; r++) {
    const layout = readIndicatorLayout(sheet, r, skip);
    if (layout === undefined) continue;
    appendAll(notes, layout.notes);
    const read = readTable(sheet, layout, notes);
    tables.push(read.table);
    r = read.bottom;
  }
  return { tables, notes };
}
