import type { SheetSnapshot } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import type { StatedText } from '../model/source';
import type { Role, TableContext, UnplacedRow } from '../model/roles';
import {
  CASCADE_LEVELS,
  type CascadeLevel,
  type IndicatorRow,
  type IndicatorTable,
  type Measure,
  type Polaritas,
} from '../model/indicator';
import { PESAN_PENGENALAN as msg } from '../messages/recognise';
import { cellText, cleanCellText, note, readMeasure, statedNumberOrText, statedText } from './cells';
import type { ClassifiedTable } from './classify-table';
import { TOTAL_LABEL } from './read-budget';

const LEADING_NUMBERING = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/;
// The patterns every row is tried on, made once: a regular expression literal is a new object each
// time it is evaluated.
const SOURCE_LINE = /^(sumber( data)?|keterangan)\s*:/i;
const TABLE_TITLE = /^tabel\s+\d/i;
const CLOSING_WORD = /^(sumber|tabel|keterangan)\b/i;
const AVERAGE_LABEL = /^rata\s*-?\s*rata/i;
const POLARITAS_NEGATIF_RASIO = /^negatif rasio$/;
const POLARITAS_POSITIF = /^(positif|naik|maksimal|maksimum|semakin tinggi semakin baik)$/;
const POLARITAS_NEGATIF = /^(negatif|turun|minimal|minimum|semakin rendah semakin baik)$/;
const MAX_DEPTH = CASCADE_LEVELS.length - 1;
const PROGRAM_DEPTH = CASCADE_LEVELS.indexOf('program');
const SASARAN_DEPTH = CASCADE_LEVELS.indexOf('sasaran');
/** Columns whose text may continue on the next row (a name or sentence wrapped by a page break). */
const TEXT_COLUMNS: Role[] = ['name', 'indikator', 'satuan', 'analisis', 'solusi'];
/** Columns whose presence makes a row a row of its own. */
const FIGURE_COLUMNS: Role[] = [
  'target',
  'realisasi',
  'capaian',
  'kategori',
  'targetAkhir',
  'standarNasional',
  'kemajuan',
  'perbandinganStandar',
  'targetLalu',
  'realisasiLalu',
  'capaianLalu',
  'polaritas',
  'code',
];

/** The columns readRow reads, each looked up once per table instead of once per row. */
interface RowColumns {
  name: number | undefined;
  code: number | undefined;
  indikator: number | undefined;
  satuan: number | undefined;
  target: number | undefined;
  realisasi: number | undefined;
  capaian: number | undefined;
  kategori: number | undefined;
  targetAkhir: number | undefined;
  standarNasional: number | undefined;
  kemajuan: number | undefined;
  perbandinganStandar: number | undefined;
  analisis: number | undefined;
  solusi: number | undefined;
  polaritas: number | undefined;
  targetLalu: number | undefined;
  realisasiLalu: number | undefined;
  capaianLalu: number | undefined;
}

/** Where a classified indicator table is and what each column holds. */
interface IndicatorLayout {
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  columns: Partial<Record<Role, number>>;
  levelColumns: Array<{ col: number; depth: number }>;
  /** The FIGURE_COLUMNS the table has. */
  figureColumns: number[];
  rowColumns: RowColumns;
}

/**
 * Reads a polaritas as written: `positif`, `+`, `naik`, `maksimal` → positif; `negatif`, `-`, `turun`,
 * `minimal` → negatif; `negatif-rasio` → negatif-rasio; undefined for anything else.
 */
export function readPolaritas(text: string): Polaritas | undefined {
  const t = text.trim();
  if (t === '+') return 'positif';
  if (t === '-' || t === '−') return 'negatif';
  const k = nameKey(t);
  if (POLARITAS_NEGATIF_RASIO.test(k)) return 'negatif-rasio';
  if (POLARITAS_POSITIF.test(k)) return 'positif';
  if (POLARITAS_NEGATIF.test(k)) return 'negatif';
  return undefined;
}

interface TableRead {
  rows: IndicatorRow[];
  roots: number[];
  average?: IndicatorTable['average'];
  bottom: number;
  unplaced: UnplacedRow[];
}

function col(layout: IndicatorLayout, column: Role): number | undefined {
  return layout.columns[column];
}

// Indexed loops in what every row asks: a for-of makes an iterator object per call until its code is
// optimised, most of a cold run.

/**
 * Whether a cell's text (cellText) is not empty, told from its value where it can be: a number's text
 * never is, and cleaning keeps a text's first character when it is an ASCII letter or digit.
 */
function hasText(sheet: SheetSnapshot, row: number, col: number): boolean {
  const v = sheet.rows[row]?.[col]?.value;
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  return cleanCellText(v) !== '';
}

/** Whether any of the columns has a text in the row. */
function anyText(sheet: SheetSnapshot, row: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i++) if (hasText(sheet, row, columns[i])) return true;
  return false;
}

/** The first non-blank cell of the row within the table. */
function firstTextOf(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  row: number,
): { c: number; t: string } | undefined {
  for (let c = layout.left; c <= layout.right; c++) {
    const t = cellText(sheet, row, c);
    if (t !== '') return { c, t };
  }
  return undefined;
}

function appendText(target: StatedText | undefined, tail: StatedText | undefined): StatedText | undefined {
  if (tail === undefined) return target;
  if (target === undefined) return tail;
  return { ref: target.ref, text: `${target.text} ${tail.text}` };
}

/**
 * Whether the row ends the table: a source line, a new title, or a sentence alone in the first column.
 * `first` is the row's first text (firstTextOf).
 */
function endsTable(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  row: number,
  first: { c: number; t: string } | undefined,
): boolean {
  if (first === undefined) return false;
  // The three patterns begin with s, k or t, which /i (without u) matches in ASCII only: a row's
  // numbering or name led by another character is tried on none of them.
  const lead = first.t.charCodeAt(0) | 32;
  if (lead === 115 || lead === 107 || lead === 116) {
    // "Sumber : …" under the table, or the next table's title; a sub kegiatan may begin "Sumber Daya …".
    if (SOURCE_LINE.test(first.t) || TABLE_TITLE.test(first.t)) return true;
    if (first.c === layout.left && CLOSING_WORD.test(first.t)) return true;
  }
  // Only whether a second text follows is needed: reading stops at it.
  for (let c = first.c + 1; c <= layout.right; c++) if (hasText(sheet, row, c)) return false;
  const mapped = new Set<number | undefined>(Object.values(layout.columns));
  const leftIsNumbering = first.c === layout.columns.numbering;
  return (
    !mapped.has(first.c) || (leftIsNumbering && numberingOf(first.t) === undefined && !/^rata/i.test(first.t))
  );
}

/** A row that only names a misi, tujuan or sasaran (`Sasaran Strategis 2 : Meningkatnya …`), across the table. */
const HEADING = /^(misi|tujuan|sasaran)(?:\s+strategis)?(?:\s+(?:ke[-\s]*)?\d+)?\s*[:.]\s*(\S.{3,})$/i;

function headingRow(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  row: number,
): { level: 'tujuan' | 'sasaran'; name: StatedText } | undefined {
  let found: { c: number; t: string } | undefined;
  for (let c = layout.left; c <= layout.right; c++) {
    const t = cellText(sheet, row, c);
    if (t === '') continue;
    if (found !== undefined) return undefined;
    found = { c, t };
  }
  const m = found === undefined ? null : HEADING.exec(found.t);
  if (found === undefined || m === null) return undefined;
  const level = /^sasaran/i.test(m[1]) ? 'sasaran' : 'tujuan';
  return { level, name: { ref: { sheet: sheet.name, row, col: found.c }, text: m[2].trim() } };
}

/** Whether every non-blank cell of the row up to column `right` lies in one of the text columns. */
function onlyTextColumns(sheet: SheetSnapshot, layout: IndicatorLayout, row: number, right: number): boolean {
  const allowed = new Set(
    TEXT_COLUMNS.map((k) => layout.columns[k]).filter((c): c is number => c !== undefined),
  );
  for (const l of layout.levelColumns) allowed.add(l.col);
  for (let c = layout.left; c <= right; c++) {
    if (hasText(sheet, row, c) && !allowed.has(c)) return false;
  }
  return true;
}

function readTable(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  body: readonly number[],
  caption: TableContext['caption'],
  notes: Temuan[],
): TableRead {
  const rows: IndicatorRow[] = [];
  const roots: number[] = [];
  const unplaced: UnplacedRow[] = [];
  let average: IndicatorTable['average'];
  let bottom = layout.headerBottom;
  let lastNumbered: number | undefined;
  const numberedIndex = new Map<string, number>();
  const levelStyle = layout.levelColumns.length >= 2;
  const numberingCol = col(layout, 'numbering');
  const nameCol = col(layout, 'name');
  // Without a name column the rows are the indicators of one sasaran: the caption's, where it names one.
  const flat = nameCol === undefined && !levelStyle;
  let captionName: StatedText | undefined =
    caption === undefined ? undefined : { ref: caption.ref, text: caption.text };

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

  // readLeft is run on every row: what few rows need (level columns, merged names, continuations, the
  // notes of a misplaced numbering) lies in functions of its own, so readLeft stays small and is
  // optimised early in a cold run.

  /** A row of a table with level columns, read when it names a level or adds an indicator; false otherwise. */
  const readLevelRow = (r: number, hasFigures: boolean): boolean => {
    const names = layout.levelColumns
      .map((l) => ({ depth: l.depth, text: statedText(sheet, r, l.col) }))
      .filter((x): x is { depth: number; text: StatedText } => x.text !== undefined);
    const previous = lastLeft === undefined ? undefined : rows[lastLeft];
    if (names.length === 0 && hasFigures && previous !== undefined) {
      // Another indicator of the line above (a sasaran with two indicators): same name, same place.
      const row = readRow(sheet, layout, r, rows.length, previous.depth, previous.name, undefined, notes);
      pushLeft(row, previous.parent);
      return true;
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
      return true;
    }
    return false;
  };

  /** A row whose name cell is merged down from a row above, read as another indicator of it; false otherwise. */
  const readMergedRow = (r: number, nameAt: number): boolean => {
    const mergedFrom = mergeAbove(sheet, r, nameAt);
    const anchor = mergedFrom === undefined ? -1 : rows.findIndex((x) => x.row === mergedFrom);
    if (anchor < 0) return false;
    const above = rows[anchor];
    pushLeft(readRow(sheet, layout, r, rows.length, above.depth, above.name, undefined, notes), above.parent);
    return true;
  };

  /** A row with neither numbering nor figures: the tail of the row above's texts, or a row not placed. */
  const readTextOnlyRow = (r: number, firstText: { c: number; t: string } | undefined): void => {
    const leftEnd = childStart === undefined ? layout.right : childStart - 1;
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
      const reason = msg.barisTidakDitempatkan(firstText?.t ?? '');
      const at = firstText?.c ?? layout.left;
      notes.push(note(sheet.name, r, at, 'STR-01', 'peringatan', reason));
      unplaced.push({ row: r, ref: { sheet: sheet.name, row: r, col: at }, reason, hasFigures: false });
    }
  };

  /** An STR-01 info about row r's numbering, at its numbering cell (else its name's, else the table's left). */
  const noteNumbering = (r: number, message: string): void => {
    notes.push(note(sheet.name, r, numberingCol ?? nameCol ?? layout.left, 'STR-01', 'info', message));
  };

  /** A numbering's depth, MAX_DEPTH at most (a deeper one is noted). */
  const depthOf = (r: number, numbering: string): number => {
    // One level per dot: `1.1.1` is a program under the sasaran `1.1`.
    const depth = dotsIn(numbering);
    if (depth <= MAX_DEPTH) return depth;
    noteNumbering(r, msg.terlaluDalam(numbering));
    return MAX_DEPTH;
  };

  /** The parent of a numbering whose prefix numbers no row: the last numbered row above it (noted). */
  const nearestNumbered = (
    r: number,
    numbering: string,
    prefix: string,
    depth: number,
  ): number | undefined => {
    let parent: number | undefined;
    for (let p = rows.length - 1; p >= 0; p--) {
      if (rows[p].numbering !== undefined && rows[p].depth < depth) {
        parent = p;
        break;
      }
    }
    noteNumbering(r, msg.indukTidakAda(numbering, prefix));
    return parent;
  };

  /** The left-hand (or only) side of a row: a numbered or level row, another indicator, or a continuation. */
  const readLeft = (r: number, firstText: { c: number; t: string } | undefined): void => {
    const hasFigures = anyText(sheet, r, layout.figureColumns);
    if (levelStyle && readLevelRow(r, hasFigures)) return;
    // The name cell is merged down from a row above: another indicator of that row.
    if (nameCol !== undefined && hasFigures && sheet.merges.length > 0 && readMergedRow(r, nameCol)) return;

    let numbering: string | undefined;
    let name = statedText(sheet, r, nameCol);
    if (numberingCol !== undefined) {
      // Numbered rows begin with their numbering: the row's first text, already read.
      numbering = numberingOf(firstText?.c === numberingCol ? firstText.t : cellText(sheet, r, numberingCol));
    } else if (name !== undefined) {
      const m = LEADING_NUMBERING.exec(name.text);
      if (m) {
        numbering = m[1];
        name = { ref: name.ref, text: m[2] };
      }
    }

    if (numbering === undefined && !hasFigures) {
      readTextOnlyRow(r, firstText);
      return;
    }

    if (flat) {
      pushLeft(
        readRow(sheet, layout, r, rows.length, SASARAN_DEPTH, captionName, numbering, notes),
        undefined,
      );
      return;
    }

    const index = rows.length;
    let parent: number | undefined;
    let depth: number;
    if (numbering !== undefined) {
      depth = depthOf(r, numbering);
      if (depth > 0) {
        const prefix = numbering.slice(0, numbering.lastIndexOf('.'));
        parent = numberedIndex.get(prefix);
        if (parent === undefined) parent = nearestNumbered(r, numbering, prefix, depth);
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
    const capaian = statedNumberOrText(sheet, r, col(layout, 'child.capaian'), 'persen');
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

  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    // "Sasaran Strategis 1 : …" across a table without a name column names the sasaran of the rows under it.
    const heading = flat ? headingRow(sheet, layout, r) : undefined;
    if (heading !== undefined) {
      if (heading.level === 'sasaran' || captionName === undefined) captionName = heading.name;
      bottom = r;
      continue;
    }
    const firstText = firstTextOf(sheet, layout, r);
    if (endsTable(sheet, layout, r, firstText)) break;
    // AVERAGE_LABEL begins with r, which /i (without u) matches in ASCII only.
    if (
      firstText !== undefined &&
      (firstText.t.charCodeAt(0) | 32) === 114 &&
      AVERAGE_LABEL.test(firstText.t)
    ) {
      const capaian = statedNumberOrText(sheet, r, col(layout, 'capaian'), 'persen');
      average = { label: { ref: { sheet: sheet.name, row: r, col: firstText.c }, text: firstText.t } };
      if (capaian !== undefined && 'value' in capaian) average.capaian = capaian;
      const kategori = statedText(sheet, r, col(layout, 'kategori'));
      if (kategori !== undefined) average.kategori = kategori;
      bottom = r;
      continue;
    }
    if (firstText !== undefined && isTotalRow(sheet, layout, r, firstText.t)) {
      // A closing total (Tabel 2.7's JUMLAH of the budget, a sum of capaian) is no indicator of the cascade.
      notes.push(note(sheet.name, r, firstText.c, 'STR-01', 'info', msg.barisJumlah(firstText.t)));
      bottom = r;
      continue;
    }

    // The first text of the row is the first between left and leftEnd, if there is one.
    const leftEnd = childStart === undefined ? layout.right : childStart - 1;
    if (firstText !== undefined && firstText.c <= leftEnd) readLeft(r, firstText);
    if (childStart !== undefined) readChild(r);
    bottom = r;
  }
  return { rows, roots, average, bottom, unplaced };
}

/**
 * The numbering a cell states (`1.1.`, `1.1` → `1.1`): groups of one to three digits joined by dots, a
 * dot after the last allowed, nothing else — `/^(\d{1,3}(?:\.\d{1,3})*)\.?$/`'s group, without the
 * match object every row would make.
 */
export function numberingOf(text: string): string | undefined {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return undefined;
    } else if (c !== 46 || digits === 0) return undefined;
    else if (i === text.length - 1) return text.slice(0, i);
    else digits = 0;
  }
  return digits === 0 ? undefined : text;
}

/** The dots of a numbering: its depth below the tujuan. */
function dotsIn(numbering: string): number {
  let dots = 0;
  for (let i = 0; i < numbering.length; i++) if (numbering.charCodeAt(i) === 46) dots++;
  return dots;
}

/**
 * Whether a row is a closing total: its label is JUMLAH / TOTAL (alone or with a few words such as
 * "Jumlah Capaian Realisasi Kinerja") and it states no target or realisasi. "Jumlah kegiatan
 * pemberdayaan yang difasilitasi" with its target and realisasi is an indicator, not a total.
 */
function isTotalRow(sheet: SheetSnapshot, layout: IndicatorLayout, row: number, label: string): boolean {
  // A key starts with the label's first character when that is an ASCII letter or digit: most rows'
  // labels (their numbering) are told no total without making a key.
  const first = label.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  const lower = first | 32;
  if (lower >= 97 && lower <= 122 && lower !== 106 && lower !== 116) return false;
  const k = nameKey(label);
  if (!/^(jumlah|total)\b/.test(k)) return false;
  if (TOTAL_LABEL.test(k)) return true;
  const measured = (['target', 'realisasi'] as const).some((f) => {
    const c = col(layout, f);
    return c !== undefined && cellText(sheet, row, c) !== '';
  });
  return !measured && k.split(' ').length <= 6;
}

/** The top row of a merge that covers (row, col) from a row above; undefined when the cell is not so covered. */
function mergeAbove(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  for (let i = 0; i < sheet.merges.length; i++) {
    const x = sheet.merges[i];
    if (x.top < row && x.bottom >= row && x.left <= col && x.right >= col) return x.top;
  }
  return undefined;
}

/** The nearest row before `index` with a smaller depth: the parent in a tree listed in order. */
function parentByDepth(rows: IndicatorRow[], index: number, depth: number): number | undefined {
  for (let p = index - 1; p >= 0; p--) if (rows[p].depth < depth) return p;
  return undefined;
}

/**
 * A row of the cascade, its keys in the order the literal had. A class, not a literal: a table keeps one
 * per row, and a literal kept long makes V8 change how its allocation site allocates, which throws away
 * the optimised code of readRow mid-table. For the same reason `children` is made by Array.of, not `[]`.
 */
class CascadeRow implements IndicatorRow {
  index: number;
  row: number;
  lastRow: number;
  depth: number;
  level: CascadeLevel;
  name: StatedText;
  children: number[];
  constructor(index: number, row: number, depth: number, name: StatedText) {
    this.index = index;
    this.row = row;
    this.lastRow = row;
    this.depth = depth;
    this.level = CASCADE_LEVELS[depth];
    this.name = name;
    this.children = Array.of<number>();
  }
}

/** A row that only names a level (a tujuan written on the line of its first sasaran). */
function nameOnlyRow(
  r: number,
  index: number,
  depth: number,
  name: StatedText,
  numbering: string | undefined,
): IndicatorRow {
  const row: IndicatorRow = new CascadeRow(index, r, depth, name);
  if (numbering !== undefined) row.numbering = numbering;
  return row;
}

type MeasureOptions = { defaultUnit: string | undefined; percentPoints: boolean };

function measureAt(
  sheet: SheetSnapshot,
  r: number,
  at: number | undefined,
  options: MeasureOptions,
): Measure | undefined {
  return at === undefined ? undefined : readMeasure(sheet, r, at, options);
}

/**
 * A bare number beside a percentage in the same row (target `52,63`, realisasi `64,29%`) is in points
 * too — read as 52,63 against 0,6429 it would make a capaian of 1,22 % — where points bring the two to
 * one scale (a target of `1` document beside a realisasi of `100%` stays 1). `at` is own's column.
 */
function besidePercent(
  sheet: SheetSnapshot,
  r: number,
  at: number | undefined,
  satuan: string | undefined,
  own: Measure | undefined,
  pair: Measure | undefined,
): Measure | undefined {
  if (own?.kind !== 'angka' || pair?.kind !== 'angka' || own.unit !== undefined) return own;
  if (!pair.reading.percent || own.value.isZero() || pair.value.isZero()) return own;
  const gap = (x: number) => Math.abs(Math.log10(Math.abs(x / pair.value.toNumber())));
  if (gap(own.value.toNumber() / 100) >= gap(own.value.toNumber())) return own;
  const points = measureAt(sheet, r, at, { defaultUnit: satuan, percentPoints: true }) as Extract<
    Measure,
    { kind: 'angka' }
  >;
  return {
    ...points,
    reading: { ...points.reading, guesses: [...points.reading.guesses, 'persen-tanpa-tanda'] },
  };
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
  const at = layout.rowColumns;
  // A Satuan column gives the unit of bare numbers; `%` there makes 100 mean 100%.
  const satuanText = statedText(sheet, r, at.satuan);
  const satuan = satuanText?.text;
  const options: MeasureOptions = { defaultUnit: satuan, percentPoints: satuan === '%' };
  const target = measureAt(sheet, r, at.target, options);
  const realisasi = measureAt(sheet, r, at.realisasi, options);
  const row: IndicatorRow = new CascadeRow(
    index,
    r,
    depth,
    name ?? { ref: { sheet: sheet.name, row: r, col: at.name ?? layout.left }, text: '' },
  );
  if (numbering !== undefined) row.numbering = numbering;
  // Each field under its own name, in the model's key order: a store under a variable key (a loop over
  // Object.entries) makes every row a dictionary-mode object.
  const code = statedText(sheet, r, at.code)?.text;
  if (code !== undefined) row.code = code;
  const indikator = statedText(sheet, r, at.indikator);
  if (indikator !== undefined) row.indikator = indikator;
  if (satuanText !== undefined) row.satuan = satuanText;
  const targetRead = besidePercent(sheet, r, at.target, satuan, target, realisasi);
  if (targetRead !== undefined) row.target = targetRead;
  const realisasiRead = besidePercent(sheet, r, at.realisasi, satuan, realisasi, target);
  if (realisasiRead !== undefined) row.realisasi = realisasiRead;
  const capaian = statedNumberOrText(sheet, r, at.capaian, 'persen');
  if (capaian !== undefined) row.capaian = capaian;
  const kategori = statedText(sheet, r, at.kategori);
  if (kategori !== undefined) row.kategori = kategori;
  const targetAkhir = measureAt(sheet, r, at.targetAkhir, options);
  if (targetAkhir !== undefined) row.targetAkhir = targetAkhir;
  const standarNasional = measureAt(sheet, r, at.standarNasional, options);
  if (standarNasional !== undefined) row.standarNasional = standarNasional;
  const kemajuan = statedNumberOrText(sheet, r, at.kemajuan, 'persen');
  if (kemajuan !== undefined) row.kemajuan = kemajuan;
  const perbandinganStandar = statedNumberOrText(sheet, r, at.perbandinganStandar, 'persen');
  if (perbandinganStandar !== undefined) row.perbandinganStandar = perbandinganStandar;
  const analisis = statedText(sheet, r, at.analisis);
  if (analisis !== undefined) row.analisis = analisis;
  const solusi = statedText(sheet, r, at.solusi);
  if (solusi !== undefined) row.solusi = solusi;
  const polaritasText = statedText(sheet, r, at.polaritas);
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
  const laluTarget = measureAt(sheet, r, at.targetLalu, options);
  const laluRealisasi = measureAt(sheet, r, at.realisasiLalu, options);
  const laluCapaian = statedNumberOrText(sheet, r, at.capaianLalu, 'persen');
  if (laluTarget !== undefined || laluRealisasi !== undefined || laluCapaian !== undefined) {
    row.lalu = {};
    if (laluTarget !== undefined) row.lalu.target = laluTarget;
    if (laluRealisasi !== undefined) row.lalu.realisasi = laluRealisasi;
    if (laluCapaian !== undefined) row.lalu.capaian = laluCapaian;
  }
  return row;
}

/**
 * Reads an indicator table from a classified block (Tabel 2.2–2.7 and 3.2–3.7 style) into the cascade:
 * levels from numbering (`1` tujuan, `1.1` sasaran, `1.1.1` program, `1.1.1.1` kegiatan; an unnumbered
 * row with figures is a child of the numbered row above), from the column the name sits in (Tujuan |
 * Sasaran | …), or from the right-hand side of a paired table (Tabel 3.7); a name merged down over
 * several rows gives one row per indicator. A table without a name column lists the indicators of one
 * sasaran: the one its caption names ("Analisis Pencapaian Sasaran 1: …"), where there is one. Targets
 * and realisasi become measures (the Satuan column gives bare numbers their unit); stated capaian and
 * kemajuan fractions. Rows holding only the tail of a text are joined to the row above, an average row is
 * `average`, a JUMLAH row is skipped. Every join and unplaceable row is a note.
 * Example: the seed's Tabel 3.6 → one table, 2 tujuan, 3 sasaran, 6 program, 14 kegiatan, 28 sub kegiatan.
 */
export function readIndicatorTable(
  c: ClassifiedTable,
  context: TableContext,
  notes: Temuan[],
): IndicatorTable {
  const { scanned } = c;
  const sheet = scanned.sheet;
  const layout: IndicatorLayout = {
    headerTop: scanned.top,
    headerBottom: scanned.numberRow ?? scanned.headerBottom,
    left: scanned.left,
    right: scanned.right,
    columns: c.columnOf,
    levelColumns: c.levelColumns,
    figureColumns: FIGURE_COLUMNS.map((k) => c.columnOf[k]).filter((at): at is number => at !== undefined),
    rowColumns: {
      name: c.columnOf.name,
      code: c.columnOf.code,
      indikator: c.columnOf.indikator,
      satuan: c.columnOf.satuan,
      target: c.columnOf.target,
      realisasi: c.columnOf.realisasi,
      capaian: c.columnOf.capaian,
      kategori: c.columnOf.kategori,
      targetAkhir: c.columnOf.targetAkhir,
      standarNasional: c.columnOf.standarNasional,
      kemajuan: c.columnOf.kemajuan,
      perbandinganStandar: c.columnOf.perbandinganStandar,
      analisis: c.columnOf.analisis,
      solusi: c.columnOf.solusi,
      polaritas: c.columnOf.polaritas,
      targetLalu: c.columnOf.targetLalu,
      realisasiLalu: c.columnOf.realisasiLalu,
      capaianLalu: c.columnOf.capaianLalu,
    },
  };
  const read = readTable(sheet, layout, scanned.body, context.caption, notes);
  const table: IndicatorTable = {
    kind: 'kinerja',
    sheet: sheet.name,
    range: { top: layout.headerTop, left: layout.left, bottom: read.bottom, right: layout.right },
    headerRange: {
      top: layout.headerTop,
      left: layout.left,
      bottom: layout.headerBottom,
      right: layout.right,
    },
    style: 'lkjip',
    columns: { ...c.columnOf },
    roles: c.roles,
    context,
    unplaced: read.unplaced,
    rows: read.rows,
    roots: read.roots,
  };
  if (context.title !== undefined) table.title = context.title;
  if (read.average !== undefined) table.average = read.average;
  return table;
}
