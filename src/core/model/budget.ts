import type { CellRange } from '../snapshot';
import type { CellRef, StatedNumber, StatedText } from './source';
import type { ColumnRole, TableContext, UnplacedRow } from './roles';
import { BudgetFigures, FIGURE_FIELDS } from './budget-figures';

/** Levels of the budget tree (DPA/SIPD), top to bottom. */
export const BUDGET_LEVELS = ['program', 'kegiatan', 'subkegiatan', 'rekening'] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/** One line of a budget table: a program, kegiatan, sub kegiatan or rekening. */
export interface BudgetNode {
  /** Position in `BudgetTable.nodes` (row order). */
  index: number;
  level: BudgetLevel;
  /** Numbering marker as written: `II`, `1`, `1)`, `-`; absent in SIPD style. */
  marker?: string;
  /**
   * Cell the marker was read from (its own column, or the name cell when it leads the text). Read-only:
   * a recognised line builds it when asked (see ReadLine), so it is no own property to set or spread.
   */
  readonly markerRef?: CellRef;
  /** Budget code in SIPD style (`7.01.01.2.01`); absent where the table has none. */
  code?: string;
  /** Name with the marker/code removed and continuation rows joined. */
  name: string;
  /** First sheet row (0-based) of the line; continuation rows are `lastRow` > `row`. */
  row: number;
  lastRow: number;
  /** Cell of the name, for findings about the line itself (numbering, duplicates); read-only as markerRef. */
  readonly nameRef: StatedText;
  pagu?: StatedNumber;
  realisasi?: StatedNumber;
  /** The capaian the user stated (a fraction), if the table has that column. */
  capaian?: StatedNumber;
  /** Index of the parent node; undefined for a program. */
  parent?: number;
  children: number[];
  /**
   * Figures whose cell holds something that could not be read (an Excel error, a formula without a
   * value, a text): no sum may use the line's value for them.
   */
  unreadable?: Array<'pagu' | 'realisasi' | 'capaian'>;
  /** A row under this line could not be placed: the sums of its children are incomplete. */
  incomplete?: boolean;
  /** Stated sisa anggaran (pagu − realisasi), where the table has that column. */
  sisa?: StatedNumber;
}

export interface BudgetColumns {
  marker?: number;
  code?: number;
  /** The name column; absent where the header names none (the first text of each row is its name). */
  name?: number;
  pagu: number;
  realisasi?: number;
  capaian?: number;
  sisa?: number;
}

/** A recognised budget table (Tabel 2.7/3.8/3.10 style, SIPD export, or the Anggaran template). */
export interface BudgetTable {
  kind: 'anggaran';
  sheet: string;
  /** The whole table, header included. */
  range: CellRange;
  /** The header rows (one or two, plus the column-number row when present). */
  headerRange: CellRange;
  style: 'lkjip' | 'sipd' | 'template';
  /** Title text found just above the table (`Tabel 3.8 Capaian Anggaran …`), if any. */
  title?: string;
  columns: BudgetColumns;
  /** Each column's role with its evidence (for "Periksa struktur"). */
  roles: ColumnRole[];
  context: TableContext;
  /** Rows that could not be placed in the tree; they take part in no sum. */
  unplaced: UnplacedRow[];
  /** Every line in row order. */
  nodes: BudgetNode[];
  /** The lines' figures by field and line index (the same figures the nodes show). */
  figures: BudgetFigures;
  /** Indices of the programs (top level lines). */
  roots: number[];
  /**
   * Total rows other than the JUMLAH: after it, adding up more than this table ("Jumlah Belanja Tidak
   * Langsung", "Jumlah Total"), or among the lines, adding up some of them ("Sub Total", "2.20 URUSAN
   * …"). Their own capaian is checked, not their sums.
   */
  closing?: Array<{
    row: number;
    label: StatedText;
    pagu?: StatedNumber;
    realisasi?: StatedNumber;
    capaian?: StatedNumber;
    sisa?: StatedNumber;
    unreadable?: Array<'pagu' | 'realisasi' | 'capaian'>;
  }>;
  /** The JUMLAH/TOTAL row of the table (above or under its lines), if present. */
  total?: {
    row: number;
    label: StatedText;
    pagu?: StatedNumber;
    realisasi?: StatedNumber;
    capaian?: StatedNumber;
    sisa?: StatedNumber;
    unreadable?: Array<'pagu' | 'realisasi' | 'capaian'>;
  };
}

/**
 * A budget table with each line's figures on the line itself, as the template reader and tests build
 * one; `packBudgetTable` stores them by column.
 */
export type BudgetTableDraft = Omit<BudgetTable, 'figures'>;

/**
 * A line whose figures live in its table's columns: each asked figure is built anew from them, and
 * setting one stores it there. The two kinds below differ in where its cells and children come from.
 */
abstract class ColumnLine {
  declare marker?: string;
  declare code?: string;
  declare parent?: number;
  declare unreadable?: Array<'pagu' | 'realisasi' | 'capaian'>;
  declare incomplete?: boolean;
  lastRow: number;

  constructor(
    protected readonly figures: BudgetFigures,
    readonly index: number,
    public level: BudgetLevel,
    public name: string,
    readonly row: number,
  ) {
    this.lastRow = row;
  }

  get pagu(): StatedNumber | undefined {
    return this.figures.stated('pagu', this.index);
  }
  set pagu(n: StatedNumber | undefined) {
    this.figures.put('pagu', this.index, n);
  }
  get realisasi(): StatedNumber | undefined {
    return this.figures.stated('realisasi', this.index);
  }
  set realisasi(n: StatedNumber | undefined) {
    this.figures.put('realisasi', this.index, n);
  }
  get capaian(): StatedNumber | undefined {
    return this.figures.stated('capaian', this.index);
  }
  set capaian(n: StatedNumber | undefined) {
    this.figures.put('capaian', this.index, n);
  }
  get sisa(): StatedNumber | undefined {
    return this.figures.stated('sisa', this.index);
  }
  set sisa(n: StatedNumber | undefined) {
    this.figures.put('sisa', this.index, n);
  }
}

/** A line of a table built with its figures on the lines (`packBudgetTable`), its figures moved into columns. */
class PackedNode extends ColumnLine implements BudgetNode {
  declare markerRef?: CellRef;
  children: number[] = [];

  constructor(
    figures: BudgetFigures,
    index: number,
    level: BudgetLevel,
    name: string,
    row: number,
    public nameRef: StatedText,
  ) {
    super(figures, index, level, name, row);
  }
}

/**
 * The children of every read line without any: one array, frozen so that nothing is added to it (a
 * line's first child gives it an array of its own). Most lines of a budget are rekening, without any.
 */
const NO_CHILDREN = Object.freeze<number[]>([]) as number[];

/**
 * A line as the recogniser reads it. Its name's and marker's cells are built when asked, from its row
 * and their columns: a budget has a hundred thousand lines, findings name a few, and three objects kept
 * per line cost the reader more to make than the findings to build. The name cell's text is the name,
 * continuation rows joined; the marker's cell is there while the line has a marker.
 */
class ReadLine extends ColumnLine implements BudgetNode {
  children = NO_CHILDREN;

  constructor(
    figures: BudgetFigures,
    index: number,
    level: BudgetLevel,
    name: string,
    row: number,
    private readonly nameCol: number,
    private readonly markerCol: number,
  ) {
    super(figures, index, level, name, row);
  }

  get nameRef(): StatedText {
    return { ref: { sheet: this.figures.sheet, row: this.row, col: this.nameCol }, text: this.name };
  }

  get markerRef(): CellRef | undefined {
    return this.marker === undefined
      ? undefined
      : { sheet: this.figures.sheet, row: this.row, col: this.markerCol };
  }
}

/**
 * A new line of a table as the recogniser reads it, at `index`, its figures to be stored in `figures`:
 * its name in column `nameCol` of its row, its marker (set after) in `markerCol`. Its children are a
 * frozen empty array until it is given an array of them.
 */
export function budgetNode(
  figures: BudgetFigures,
  index: number,
  level: BudgetLevel,
  name: string,
  row: number,
  nameCol: number,
  markerCol: number,
): BudgetNode {
  return new ReadLine(figures, index, level, name, row, nameCol, markerCol);
}

/**
 * A table built with its figures on its lines (the template's Anggaran sheet, a test's table) with
 * those figures moved into columns, as the recogniser's tables hold them.
 */
export function packBudgetTable(draft: BudgetTableDraft): BudgetTable {
  const figures = new BudgetFigures(draft.sheet, draft.nodes.length);
  const nodes = draft.nodes.map((line) => {
    // A line of a table packed before keeps its own columns' link out of the copy.
    // A read line's cells are its getters, not its own parts: named, they are copied too.
    const { pagu, realisasi, capaian, sisa, nameRef, markerRef, ...own } = line;
    const { figures: _columns, ...structure } = own as typeof own & { figures?: BudgetFigures };
    const node = Object.assign(
      new PackedNode(figures, structure.index, structure.level, structure.name, structure.row, nameRef),
      structure,
    );
    if (markerRef !== undefined) node.markerRef = markerRef;
    const stated = { pagu, realisasi, capaian, sisa };
    for (const field of FIGURE_FIELDS) if (stated[field] !== undefined) node[field] = stated[field];
    return node;
  });
  return Object.assign(draft, { nodes, figures });
}
