/**
 * An in-memory fake of the parts of the Excel JavaScript API the adapter uses, faithful where it
 * matters for correctness and cost: calls only queue work; `sync()` runs the queue in order and fills
 * loaded properties only when the whole batch succeeded (a refused batch keeps the writes done before
 * the refusal, as Excel does, and answers no load); reading a property that was not loaded and synced
 * throws, as in Excel; each sync is recorded with its number of actions, request bytes and response
 * bytes (JSON of every loaded value), and a request or response over 5 MB is refused with Excel's error
 * code. Request bytes are counted as Office.js sends them: each object path
 * (`…getRanges('A5:F5,A7:F7').format`) once per request, and every action on it as a short record that
 * refers to the path by id. It does not calculate formulas (a formula cell's value stays null).
 *
 * It refuses what Excel refuses, each with Excel's error code and the Microsoft page it comes from beside
 * it (the list, and how the adapter keeps inside each limit: docs/excel-limits.md): reads over 5 000 000
 * cells, more than 512 merged areas in one answer, a table name taken anywhere in the workbook or not a
 * valid name, a text constant over 255 characters or a formula over 8 192 in a formula cell, a sheet name
 * Excel does not take, writes to protected sheets or structure.
 *
 * No imports: the browser tests transpile this file as is into the Office stub.
 */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * Cells one read of values, formulas, number formats or addresses may cover. "A range is limited to
 * 5,000,000 cells for read operations. When a read exceeds this limit, the API will either return `null`
 * or throw an error" (RangeExceedsLimit):
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const READ_CELL_LIMIT = 5_000_000;
/**
 * Merged areas one `getMergedAreasOrNullObject` may answer: "if the merged areas count in this range is
 * more than 512, then this method will fail to return the result" (the page names no error code; the
 * fake uses GeneralException):
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
export const MERGED_AREAS_LIMIT = 512;
/** Office.js's JSON around one object path (`{"Id":7,"ObjectPathType":3,"Name":…,"ParentId":6,…}`). */
const OBJECT_PATH_BYTES = 60;
/** Office.js's JSON around one action (`{"Id":9,"ActionType":5,"Name":…,"ObjectPathId":7,…}`). */
const ACTION_RECORD_BYTES = 60;

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  /** Formula without `=`. */
  formula?: string;
  numberFormat?: string;
  /**
   * Format properties set through `range.format` (`font.bold`, `fill.color`, `indentLevel` …). Borders
   * are kept per side of the cell, as Excel keeps them (`border.top.style`): a range's EdgeTop is the
   * top side of its first row's cells, InsideHorizontal the sides between its rows, and so on.
   */
  format?: Record<string, unknown>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  rowGroups: Array<[number, number]>;
  validations: Array<{ rect: Rect; rule: unknown }>;
  freeze?: { rows: number; columns: number };
  pageLayout: Record<string, unknown>;
  /** Manual page breaks: the 0-based rows they come above (`horizontalPageBreaks`). */
  rowBreaks: number[];
  /** Row heights in points set through `format.rowHeight`, by 0-based row. */
  rowHeights: Map<number, number>;
  charts: FakeChartState[];
  protected: boolean;
  deleted: boolean;
}

/** A chart as the adapter built it: its type, title, series over ranges, axes, legend, and where it sits. */
export interface FakeChartState {
  type: string;
  title?: string;
  series: Array<{ name?: string; values?: string; xValues?: string; color?: string }>;
  /** Properties set on `axes.categoryAxis` and `axes.valueAxis` (`reversePlotOrder`, `numberFormat` …). */
  axes: { category: Record<string, unknown>; value: Record<string, unknown> };
  legend: Record<string, unknown>;
  position?: { start: string; end: string };
}

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

export interface FakeState {
  name: string;
  sheets: FakeSheet[];
  names: Map<string, { sheet: FakeSheet; rect: Rect }>;
  tables: Array<{ name: string; sheet: FakeSheet; rect: Rect }>;
  active?: FakeSheet;
  selections: Array<{ sheet: string; address: string }>;
  syncs: SyncRecord[];
  /** Every sync fails with this Office error code while set (e.g. `InvalidOperationInCellEditMode`). */
  failWith?: string;
  /** Adding, deleting or renaming sheets fails with AccessDenied while set. */
  structureProtected: boolean;
  /** Request and response limit in bytes (Excel's is 5 MB). */
  payloadLimit: number;
  /** Every property name ever loaded, to show the adapter loads only what it needs. */
  loadedProperties: Set<string>;
  /** What a read over READ_CELL_LIMIT cells gives: Excel's error (the default) or `null` values. */
  largeRead: 'error' | 'null';
  /** Calls of suspendScreenUpdatingUntilNextSync (each one a flicker of the Excel window). */
  screenUpdatingSuspensions: number;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** An error shaped as OfficeExtension.Error: a `code` and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect): string {
  const a = `${columnName(r.left)}${r.top + 1}`;
  const b = `${columnName(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Parses `B2`, `B2:D9`, `A:C`, `5:10` (optionally with `$` and a sheet prefix, which is ignored). */
export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const clean = local.replace(/\$/g, '').trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(clean);
  if (cols) return { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLS - 1 };
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(clean);
  if (!m) throw new FakeOfficeError('InvalidArgument', `Alamat tidak sah: ${address}`);
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/** A new empty sheet. */
export function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    rowGroups: [],
    validations: [],
    pageLayout: {},
    rowBreaks: [],
    rowHeights: new Map(),
    charts: [],
    protected: false,
    deleted: false,
  };
}

/** A new workbook state; `sheets` may be filled with `setCells`. */
export function newState(name = 'Buku1.xlsx'): FakeState {
  return {
    name,
    sheets: [],
    names: new Map(),
    tables: [],
    selections: [],
    syncs: [],
    structureProtected: false,
    payloadLimit: PAYLOAD_LIMIT,
    loadedProperties: new Set(),
    largeRead: 'error',
    screenUpdatingSuspensions: 0,
  };
}

/** Puts cells into a sheet directly (test setup, no sync): strings starting with `=` become formulas. */
export function setCells(
  sheet: FakeSheet,
  top: number,
  left: number,
  rows: FakeValue[][],
  numberFormat?: string,
): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell: FakeCell =
        typeof v === 'string' && v.startsWith('=') ? { value: null, formula: v.slice(1) } : { value: v };
      if (numberFormat) cell.numberFormat = numberFormat;
      sheet.cells.set(key(top + r, left + c), cell);
    }),
  );
}

/** The cell at a 0-based position, if any. */
export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

// ---------------------------------------------------------------------------------------------------

type Step = () => void;

/** What every proxy shares: its context, the path that names it, and the properties loaded so far. */
class Proxy {
  /** Filled by sync for loaded properties. */
  protected loaded = new Map<string, unknown>();
  isNullObject = false;
  constructor(
    readonly ctx: FakeRequestContext,
    readonly path: string,
  ) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues loading of `props` (comma-separated); `compute` gives each property's value at sync time. */
  protected queueLoad(props: string, compute: (prop: string) => unknown): void {
    const list = props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.queue({ path: this.path, load: list }, () => {
      for (const p of list) {
        const v = compute(p);
        this.ctx.respond(v);
        this.ctx.onSuccess(() => this.loaded.set(p, v));
      }
    });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private steps: Step[] = [];
  /** What the answer fills in, applied only when the whole sync succeeds (a failed batch returns nothing). */
  private commits: Step[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  private sentPaths = new Set<string>();
  calculationSuspended = false;
  screenUpdatingSuspended = false;

  constructor(readonly state: FakeState) {
    this.workbook = new FakeWorkbook(this, 'workbook');
    this.application = new FakeApplication(this, 'application');
  }

  /**
   * Queues one action; `description` is what goes over the wire: its `path` counted once per request
   * (Office.js lists each object path once), the rest as JSON plus the record that refers to the path.
   */
  queue(description: unknown, step: Step): void {
    const { path, ...action } = description as { path?: string; load?: string | string[] };
    const load = action.load;
    if (load !== undefined)
      for (const p of typeof load === 'string' ? load.split(',') : load)
        this.state.loadedProperties.add(p.trim());
    if (path !== undefined && !this.sentPaths.has(path)) {
      this.sentPaths.add(path);
      this.requestBytes += path.length + OBJECT_PATH_BYTES;
    }
    this.requestBytes += JSON.stringify(action).length + ACTION_RECORD_BYTES;
    this.steps.push(step);
  }

  /** Fills in a loaded property once the sync has succeeded. */
  onSuccess(commit: Step): void {
    this.commits.push(commit);
  }

  /** Counts bytes of a loaded value in the response. */
  respond(value: unknown): void {
    this.responseBytes += JSON.stringify(value ?? null).length;
  }

  async sync(): Promise<void> {
    const steps = this.steps;
    const record: SyncRecord = {
      actions: steps.length,
      requestBytes: this.requestBytes,
      responseBytes: 0,
      calculationSuspended: this.calculationSuspended,
      screenUpdatingSuspended: this.screenUpdatingSuspended,
    };
    this.steps = [];
    const commits: Step[] = [];
    this.commits = commits;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.sentPaths = new Set<string>();
    this.calculationSuspended = false;
    this.screenUpdatingSuspended = false;
    this.state.syncs.push(record);
    await Promise.resolve();
    if (this.state.failWith) throw new FakeOfficeError(this.state.failWith, this.state.failWith);
    if (record.requestBytes > this.state.payloadLimit)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    for (const step of steps) step();
    record.responseBytes = this.responseBytes;
    this.responseBytes = 0;
    if (record.responseBytes > this.state.payloadLimit)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    for (const commit of commits) commit();
  }
}

class FakeApplication extends Proxy {
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue({ path: this.path, call: 'suspendApiCalculationUntilNextSync' }, () => undefined);
    this.ctx.calculationSuspended = true;
  }
  /**
   * Counted in `state.screenUpdatingSuspensions`: Excel takes any number of calls, but "Don't call
   * suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop). Repeated calls will cause the
   * Excel window to flicker" (https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-screen-updating).
   */
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.queue({ path: this.path, call: 'suspendScreenUpdatingUntilNextSync' }, () => undefined);
    this.ctx.screenUpdatingSuspended = true;
    this.ctx.state.screenUpdatingSuspensions++;
  }
}

class FakeWorkbook extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  constructor(ctx: FakeRequestContext, path: string) {
    super(ctx, path);
    this.worksheets = new FakeWorksheetCollection(ctx, `${path}.worksheets`);
    this.names = new FakeNamedItemCollection(ctx, `${path}.names`);
    this.tables = new FakeTableCollection(ctx, `${path}.tables`);
  }
  get name(): string {
    return this.read('name');
  }
  load(props: string): this {
    this.queueLoad(props, (p) => (p === 'name' ? this.ctx.state.name : undefined));
    return this;
  }
}

function liveSheets(state: FakeState): FakeSheet[] {
  return state.sheets.filter((s) => !s.deleted);
}

/** Tables of sheets that still exist (a table goes with its sheet). */
function liveTables(state: FakeState): FakeState['tables'] {
  return state.tables.filter((t) => !t.sheet.deleted);
}

/** Whether a table or a defined name of the workbook is called `name` (one namespace, any case). */
function nameTaken(state: FakeState, name: string, self?: FakeState['tables'][number]): boolean {
  const n = name.toLowerCase();
  return (
    liveTables(state).some((t) => t !== self && t.name.toLowerCase() === n) ||
    [...state.names.keys()].some((k) => k.toLowerCase() === n)
  );
}

/** Whether `name` reads as a cell reference: A1 style (`SKM2`, `$B$7`) or R1C1 style (`R1C1`, `R2`, `C`). */
function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1) return columnIndex(a1[1]) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS;
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d+$/.test(name);
}

/**
 * Excel's rules for a table's name, from "Rename an Excel table"
 * (https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114, which Table.name's reference
 * page points to): it starts with a letter, `_` or `\`, holds only letters, digits, `.`, `_` and `\`, is
 * at most 255 characters, is no cell reference, and is unique in the whole workbook, among tables and
 * defined names alike. Excel answers a taken name with InvalidArgument, not ItemAlreadyExists
 * (https://github.com/OfficeDev/office-js/issues/551: a second table named like one on another sheet).
 */
function checkTableName(state: FakeState, name: string, self: FakeState['tables'][number]): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255 || isCellReference(name))
    throw new FakeOfficeError('InvalidArgument', `Nama tabel tidak sah: ${name}`);
  if (nameTaken(state, name, self))
    throw new FakeOfficeError('InvalidArgument', `Nama tabel ${name} sudah dipakai di buku kerja`);
}

function findSheet(state: FakeState, name: string): FakeSheet | undefined {
  return liveSheets(state).find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function checkSheetName(state: FakeState, name: string, self?: FakeSheet): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new FakeOfficeError('InvalidArgument', `Nama lembar tidak sah: ${name}`);
  const other = findSheet(state, name);
  if (other && other !== self) throw new FakeOfficeError('ItemAlreadyExists', `Lembar ${name} sudah ada`);
}

class FakeWorksheetCollection extends Proxy {
  private itemList: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    this.read('items');
    return this.itemList;
  }
  load(props: string): this {
    const list = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.queue({ path: this.path, load: props }, () => {
      const items = liveSheets(this.ctx.state).map((sheet, i) => {
        const ws = new FakeWorksheet(this.ctx, `${this.path}.items[${i}]`, () => sheet);
        ws.fill(list);
        return ws;
      });
      this.ctx.respond(items.map((w) => list.map((p) => w.peek(p))));
      this.ctx.onSuccess(() => {
        this.itemList = items;
        this.loaded.set('items', true);
      });
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const s = findSheet(this.ctx.state, name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `Lembar ${name} tidak ada`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => {
        const s = findSheet(this.ctx.state, name);
        if (!s) throw new FakeOfficeError('ItemNotFound', `Lembar ${name} tidak ada`);
        return s;
      },
    );
    this.ctx.queue({ path: ws.path }, () => {
      const missing = !findSheet(this.ctx.state, name);
      this.ctx.onSuccess(() => void (ws.isNullObject = missing));
    });
    return ws;
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', 'Lembar belum dibuat');
      return created;
    });
    this.ctx.queue({ path: ws.path, call: 'add', args: [name] }, () => {
      if (this.ctx.state.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'Struktur buku kerja dilindungi');
      checkSheetName(this.ctx.state, name);
      created = newSheet(name);
      this.ctx.state.sheets.push(created);
    });
    return ws;
  }
}

class FakeWorksheet extends Proxy {
  private pinned?: FakeSheet;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly tables: { add(address: string, hasHeaders: boolean): { name: string } };
  readonly charts: { add(type: string, source: FakeRange, seriesBy: string): FakeChart };
  readonly horizontalPageBreaks: { add(range: FakeRange): void };
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolver: () => FakeSheet,
  ) {
    super(ctx, path);
    this.tables = { add: (address, hasHeaders) => this.addTable(address, hasHeaders) };
    this.charts = { add: (type, source, seriesBy) => this.addChart(type, source, seriesBy) };
    this.horizontalPageBreaks = { add: (range) => this.addPageBreak(range) };
    this.freezePanes = new FakeFreezePanes(ctx, `${path}.freezePanes`, () => this.sheet());
    this.pageLayout = new FakePageLayout(ctx, `${path}.pageLayout`, () => this.sheet());
  }
  /**
   * `PageBreakCollection.add`: "Adds a page break before the top-left cell of the range specified"
   * (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)).
   */
  private addPageBreak(range: FakeRange): void {
    this.ctx.queue({ path: `${this.path}.horizontalPageBreaks`, call: 'add', args: [range.path] }, () => {
      const sheet = this.sheet();
      checkWritable(sheet);
      if (range.sheetOf() !== sheet) throw new FakeOfficeError('InvalidArgument', 'Batas halaman harus di lembar ini');
      const row = range.rectOf().top;
      if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks.push(row);
    });
  }
  private addChart(type: string, source: FakeRange, seriesBy: string): FakeChart {
    const chart: FakeChartState = { type, series: [], axes: { category: {}, value: {} }, legend: {} };
    this.ctx.queue({ path: `${this.path}.charts`, call: 'add', args: [type, source.path, seriesBy] }, () => {
      const sheet = this.sheet();
      checkWritable(sheet);
      if (source.sheetOf() !== sheet) throw new FakeOfficeError('InvalidArgument', 'Data grafik harus di lembar yang sama');
      const rect = source.rectOf();
      // One series per column of the source, as Excel does for ChartSeriesBy.columns. Excel also guesses
      // whether the source starts with a header, as when a user inserts a chart over a selection: the
      // fake takes a first cell without a number (text, or a formula not calculated yet, calculation
      // being suspended while the adapter writes) as the series' name, its values starting below it.
      const first = sheet.cells.get(key(rect.top, rect.left));
      const header = typeof first?.value !== 'number' && rect.bottom > rect.top;
      for (let c = rect.left; c <= rect.right; c++) {
        const top = header ? rect.top + 1 : rect.top;
        const name = header ? String(sheet.cells.get(key(rect.top, c))?.value ?? '') : undefined;
        chart.series.push({ ...(name !== undefined ? { name } : {}), values: rectAddress({ ...rect, top, left: c, right: c }) });
      }
      sheet.charts.push(chart);
    });
    return new FakeChart(this.ctx, `${this.path}.charts.last`, chart, () => this.sheet());
  }
  /** The sheet this proxy refers to, resolved at its first use inside a sync and kept (like Excel's ids). */
  sheet(): FakeSheet {
    this.pinned ??= this.resolver();
    if (this.pinned.deleted)
      throw new FakeOfficeError('ItemNotFound', `Lembar ${this.pinned.name} sudah dihapus`);
    return this.pinned;
  }
  /** Fills loaded properties immediately (used by collection loads, which run inside a sync). */
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.peek(p));
  }
  peek(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return 'Visible';
    if (prop === 'position') return liveSheets(this.ctx.state).indexOf(s);
    return undefined;
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.ctx.queue({ path: this.path, set: 'name', value }, () => {
      if (this.ctx.state.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'Struktur buku kerja dilindungi');
      checkSheetName(this.ctx.state, value, this.sheet());
      this.sheet().name = value;
    });
  }
  set position(value: number) {
    this.ctx.queue({ path: this.path, set: 'position', value }, () => {
      const s = this.sheet();
      const live = liveSheets(this.ctx.state).filter((x) => x !== s);
      if (value < 0 || value > live.length)
        throw new FakeOfficeError('InvalidArgument', `Posisi ${value} tidak sah`);
      live.splice(value, 0, s);
      const dead = this.ctx.state.sheets.filter((x) => x.deleted);
      this.ctx.state.sheets = [...live, ...dead];
    });
  }
  get position(): number {
    return this.read('position');
  }
  load(props: string): this {
    this.queueLoad(props, (p) => this.peek(p));
    return this;
  }
  delete(): void {
    this.ctx.queue({ path: this.path, call: 'delete' }, () => {
      if (this.ctx.state.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'Struktur buku kerja dilindungi');
      if (liveSheets(this.ctx.state).length === 1)
        throw new FakeOfficeError('InvalidOperation', 'Lembar terakhir tidak dapat dihapus');
      const s = this.sheet();
      s.deleted = true;
      if (this.ctx.state.active === s) this.ctx.state.active = undefined;
    });
  }
  activate(): void {
    this.ctx.queue({ path: this.path, call: 'activate' }, () => {
      this.ctx.state.active = this.sheet();
    });
  }
  private addTable(address: string, hasHeaders: boolean): { name: string } {
    const entry: FakeState['tables'][number] = { name: '', sheet: newSheet(''), rect: parseAddress(address) };
    const path = `${this.path}.tables.add(${JSON.stringify(address)},${hasHeaders})`;
    this.ctx.queue({ path, call: 'add', args: [address, hasHeaders] }, () => {
      if (!hasHeaders)
        throw new FakeOfficeError('InvalidArgument', 'Tiruan ini hanya membuat tabel dengan baris judul');
      entry.sheet = this.sheet();
      // Excel numbers new tables Table1, Table2 … skipping every name the workbook already has.
      let n = 1;
      while (nameTaken(this.ctx.state, `Table${n}`)) n++;
      entry.name = `Table${n}`;
      this.ctx.state.tables.push(entry);
    });
    const ctx = this.ctx;
    return {
      set name(value: string) {
        ctx.queue({ path, set: 'name', value }, () => {
          checkTableName(ctx.state, value, entry);
          entry.name = value;
        });
      },
      get name(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'name');
      },
    };
  }
  getRange(address?: string): FakeRange {
    const rect =
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }
        : parseAddress(address);
    return new FakeRange(
      this.ctx,
      `${this.path}.getRange(${JSON.stringify(address ?? '')})`,
      () => this.sheet(),
      () => rect,
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new FakeRange(
      this.ctx,
      `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`,
      () => this.sheet(),
      () => rect,
    );
  }
  getRanges(address: string): FakeRangeAreas {
    const rects = address.split(',').map((a) => parseAddress(a));
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      () => this.sheet(),
      () => rects,
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    // Fixed when first resolved, as Excel resolves the range when the action runs; a blank sheet's is A1.
    let used: Rect | undefined;
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRange(${Boolean(valuesOnly)})`,
      () => this.sheet(),
      () => (used ??= usedRect(this.sheet()) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
    );
  }
}

/** Whether a read of `rect` stays within Excel's cell limit; throws or answers null past it, as configured. */
function withinReadLimit(state: FakeState, rect: Rect): boolean {
  const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (cells <= READ_CELL_LIMIT) return true;
  if (state.largeRead === 'null') return false;
  throw new FakeOfficeError(
    'RangeExceedsLimit',
    'The cell count in the range has exceeded the maximum supported number.',
  );
}

/** The smallest rectangle holding every cell with a value or formula (inside `within`), if any. */
function usedRect(sheet: FakeSheet, within?: Rect): Rect | undefined {
  let rect: Rect | undefined;
  for (const [k, cell] of sheet.cells) {
    if (cell.formula === undefined && (cell.value === null || cell.value === '')) continue;
    const comma = k.indexOf(',');
    const r = Number(k.slice(0, comma));
    const c = Number(k.slice(comma + 1));
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
    if (!rect) rect = { top: r, bottom: r, left: c, right: c };
    else {
      rect.top = Math.min(rect.top, r);
      rect.bottom = Math.max(rect.bottom, r);
      rect.left = Math.min(rect.left, c);
      rect.right = Math.max(rect.right, c);
    }
  }
  return rect;
}

/** Longest text constant in a formula: a PtgStr counts its characters in one byte ([MS-XLS] 2.5.240). */
const MAX_TEXT_LITERAL = 255;
/** Longest formula, in characters without the `=` ([MS-OI29500] 2.1.1085, ST_Formula). */
const MAX_FORMULA_LENGTH = 8192;

/**
 * What Excel refuses in a formula: a text constant over 255 characters ("Text values in formulas are
 * limited to 255 characters"; https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/05162858-0ca9-44cb-bb07-a720928f63f8)
 * and a formula over 8192 characters
 * (https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf).
 * Office.js documents no code for either: the fake answers InvalidArgument for the first and
 * FormulaLengthExceedsLimit, the code Excel.ErrorCodes gives an over-long formula, for the second.
 */
function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA_LENGTH)
    throw new FakeOfficeError('FormulaLengthExceedsLimit', `Rumus ${formula.length} karakter`);
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"/g)) {
    const text = m[1].replace(/""/g, '"');
    if (text.length > MAX_TEXT_LITERAL)
      throw new FakeOfficeError('InvalidArgument', `Teks ${text.length} karakter di dalam rumus`);
  }
}

/** What Excel does with an entry of a `values` or `formulas` array. */
function parseInput(v: unknown): { value: FakeValue; formula?: string } | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=')) return { value: null, formula: s.slice(1) };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  // Scientific notation is a number to Excel as well: `1E5` is 100000, `2e3` 2000.
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+\s*$/.test(s)) return { value: Number(s) };
  if (/^-?\d+(\.\d+)?%$/.test(s)) return { value: Number(s.slice(0, -1)) / 100 };
  if (/^\(\d+(\.\d+)?\)$/.test(s)) return { value: -Number(s.slice(1, -1)) };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  return { value: s };
}

function cellsOf(rect: Rect): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) out.push([r, c]);
  return out;
}

function ensureCell(sheet: FakeSheet, r: number, c: number): FakeCell {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(key(r, c), cell);
  }
  return cell;
}

function checkWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `Lembar ${sheet.name} dilindungi`);
}

class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: unknown };
  /** For a range got …OrNullObject: whether it turned out null (its loads then answer nothing). */
  nullNow?: () => boolean;
  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly sheetOf: () => FakeSheet,
    readonly rectOf: () => Rect,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, sheetOf, () => [rectOf()]);
    const validations = (rule: unknown) =>
      ctx.queue({ path: `${path}.dataValidation`, set: 'rule', value: rule }, () => {
        const sheet = sheetOf();
        checkWritable(sheet);
        sheet.validations.push({ rect: rectOf(), rule });
      });
    this.dataValidation = {
      set rule(rule: unknown) {
        validations(rule);
      },
      get rule(): unknown {
        throw new FakeOfficeError('PropertyNotLoaded', 'rule');
      },
    };
  }
  get address(): string {
    return this.read('address');
  }
  get values(): FakeValue[][] {
    return this.read('values');
  }
  get formulas(): FakeValue[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set values(rows: unknown[][]) {
    this.write('values', rows);
  }
  set formulas(rows: unknown[][]) {
    this.write('formulas', rows);
  }
  set numberFormat(rows: string[][]) {
    this.ctx.queue({ path: this.path, set: 'numberFormat', value: rows }, () => {
      const sheet = this.sheetOf();
      checkWritable(sheet);
      const rect = this.rectOf();
      this.checkShape(rows, rect);
      rows.forEach((row, r) =>
        row.forEach((f, c) => {
          const cell = sheet.cells.get(key(rect.top + r, rect.left + c));
          if (f === 'General' || f === '') {
            if (cell) delete cell.numberFormat;
          } else ensureCell(sheet, rect.top + r, rect.left + c).numberFormat = f;
        }),
      );
    });
  }
  set hyperlink(link: FakeCell['hyperlink']) {
    this.ctx.queue({ path: this.path, set: 'hyperlink', value: link }, () => {
      const sheet = this.sheetOf();
      checkWritable(sheet);
      for (const [r, c] of cellsOf(this.rectOf())) {
        const cell = ensureCell(sheet, r, c);
        cell.hyperlink = link;
        if (link?.textToDisplay !== undefined && cell.value === null && cell.formula === undefined)
          cell.value = link.textToDisplay;
      }
    });
  }
  private checkShape(rows: unknown[][], rect: Rect): void {
    const height = rect.bottom - rect.top + 1;
    const width = rect.right - rect.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `Ukuran larik tidak sama dengan rentang ${rectAddress(rect)}`,
      );
    }
  }
  private write(prop: string, rows: unknown[][]): void {
    this.ctx.queue({ path: this.path, set: prop, value: rows }, () => {
      const sheet = this.sheetOf();
      checkWritable(sheet);
      const rect = this.rectOf();
      this.checkShape(rows, rect);
      // The whole array is refused before any cell changes.
      const parsedRows = rows.map((row) => row.map(parseInput));
      for (const row of parsedRows) for (const p of row) if (p?.formula !== undefined) checkFormula(p.formula);
      parsedRows.forEach((row, r) =>
        row.forEach((parsed, c) => {
          const k = key(rect.top + r, rect.left + c);
          const cell = sheet.cells.get(k);
          if (!parsed) {
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
            return;
          }
          const target = cell ?? ensureCell(sheet, rect.top + r, rect.left + c);
          target.value = parsed.value;
          if (parsed.formula !== undefined) target.formula = parsed.formula;
          else delete target.formula;
        }),
      );
    });
  }
  load(props: string): this {
    this.queueLoad(props, (p) => (this.nullNow?.() ? undefined : this.compute(p)));
    return this;
  }
  private compute(prop: string): unknown {
    const sheet = this.sheetOf();
    const rect = this.rectOf();
    if (prop === 'address') return `${quoteName(sheet.name)}!${rectAddress(rect)}`;
    if (['values', 'formulas', 'numberFormat'].includes(prop) && !withinReadLimit(this.ctx.state, rect))
      return null;
    const grid = (f: (cell: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    if (prop === 'values')
      return grid((cell) => (cell?.value === null || cell === undefined ? '' : cell.value));
    if (prop === 'formulas')
      return grid((cell) => (cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? '')));
    if (prop === 'numberFormat') return grid((cell) => cell?.numberFormat ?? 'General');
    throw new FakeOfficeError('InvalidArgument', `Properti ${prop} tidak dikenal oleh tiruan ini`);
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getColumn(${i})`, this.sheetOf, () => {
      const r = this.rectOf();
      return { top: r.top, bottom: r.bottom, left: r.left + i, right: r.left + i };
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRow(${i})`, this.sheetOf, () => {
      const r = this.rectOf();
      return { top: r.top + i, bottom: r.top + i, left: r.left, right: r.right };
    });
  }
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, `${this.path}.getVisibleView()`, this.sheetOf, this.rectOf);
  }
  /**
   * The merged areas whose top-left cell lies in this range, as Excel answers (a merge that only reaches
   * into the range is left out: https://github.com/OfficeDev/office-js/issues/3611); more than 512 fail.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      this.sheetOf,
      () => {
        const r = this.rectOf();
        return this.sheetOf().merges.filter(
          (m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right,
        );
      },
    );
    this.ctx.queue({ path: areas.path }, () => {
      const count = areas.rectsOf().length;
      if (count > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError('GeneralException', `${count} area gabungan, lebih dari ${MERGED_AREAS_LIMIT}`);
      this.ctx.onSuccess(() => void (areas.isNullObject = count === 0));
    });
    return areas;
  }
  /** The used part of this range (cells holding a value or formula), or a null object when it has none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    let used: Rect | undefined;
    const range = new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${Boolean(valuesOnly)})`,
      this.sheetOf,
      () => {
        if (!used) throw new FakeOfficeError('InvalidObjectPath', 'Objek kosong tidak punya alamat');
        return used;
      },
    );
    range.nullNow = () => used === undefined;
    this.ctx.queue({ path: range.path }, () => {
      used = usedRect(this.sheetOf(), this.rectOf());
      const none = used === undefined;
      this.ctx.onSuccess(() => void (range.isNullObject = none));
    });
    return range;
  }
  merge(across?: boolean): void {
    this.ctx.queue({ path: this.path, call: 'merge', args: [Boolean(across)] }, () => {
      const sheet = this.sheetOf();
      checkWritable(sheet);
      const rect = this.rectOf();
      if (
        sheet.merges.some(
          (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
        )
      ) {
        throw new FakeOfficeError(
          'InvalidOperation',
          `Rentang ${rectAddress(rect)} bertumpuk dengan gabungan lain`,
        );
      }
      sheet.merges.push({ ...rect });
    });
  }
  group(option: string): void {
    this.ctx.queue({ path: this.path, call: 'group', args: [option] }, () => {
      if (option !== 'ByRows') throw new FakeOfficeError('InvalidArgument', option);
      const rect = this.rectOf();
      this.sheetOf().rowGroups.push([rect.top, rect.bottom]);
    });
  }
  select(): void {
    this.ctx.queue({ path: this.path, call: 'select' }, () => {
      const sheet = this.sheetOf();
      if (this.ctx.state.active !== sheet)
        throw new FakeOfficeError('InvalidOperation', 'Hanya sel di lembar aktif yang dapat dipilih');
      this.ctx.state.selections.push({ sheet: sheet.name, address: rectAddress(this.rectOf()) });
    });
  }
}

class FakeRangeView extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
    private readonly rectOf: () => Rect,
  ) {
    super(ctx, path);
  }
  get cellAddresses(): string[][] {
    return this.read('cellAddresses');
  }
  load(props: string): this {
    this.queueLoad(props, () => {
      const sheet = this.sheetOf();
      const rect = this.rectOf();
      if (!withinReadLimit(this.ctx.state, rect)) return null;
      const out: string[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        const row: string[] = [];
        for (let c = rect.left; c <= rect.right; c++)
          if (!sheet.hiddenColumns.has(c)) row.push(`${quoteName(sheet.name)}!${columnName(c)}${r + 1}`);
        out.push(row);
      }
      return out;
    });
    return this;
  }
}

class FakeRangeAreas extends Proxy {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
    readonly rectsOf: () => Rect[],
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, sheetOf, rectsOf);
  }
  get address(): string {
    if (this.isNullObject) throw new FakeOfficeError('InvalidObjectPath', 'Objek kosong tidak punya alamat');
    return this.read('address');
  }
  load(props: string): this {
    this.queueLoad(props, () => {
      const sheet = this.sheetOf();
      return this.rectsOf()
        .map((r) => `${quoteName(sheet.name)}!${rectAddress(r)}`)
        .join(', ');
    });
    return this;
  }
}

/** `range.format` and its parts: every property set is recorded per cell as `part.property`. */
class FakeRangeFormat extends Proxy {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
    private readonly rectsOf: () => Rect[],
  ) {
    super(ctx, path);
    this.font = this.part('font');
    this.fill = this.part('fill');
    this.borders = { getItem: (edge: string) => this.part(`border.${edge}`) };
  }
  private part(prefix: string): Record<string, unknown> {
    return new Proxy_(
      {},
      { set: (_t, prop, value) => (this.apply(`${prefix}.${String(prop)}`, value), true) },
    ) as Record<string, unknown>;
  }
  private apply(prop: string, value: unknown): void {
    this.ctx.queue({ path: this.path, set: prop, value }, () => {
      const sheet = this.sheetOf();
      checkWritable(sheet);
      for (const rect of this.rectsOf()) {
        const edge = /^border\.(\w+)\.(\w+)$/.exec(prop);
        if (edge) {
          for (const [r, c, side] of edgeSides(rect, edge[1])) {
            const cell = ensureCell(sheet, r, c);
            cell.format = { ...cell.format, [`border.${side}.${edge[2]}`]: value };
          }
          continue;
        }
        if (prop === 'columnWidth') {
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(value));
          continue;
        }
        if (prop === 'rowHeight') {
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, Number(value));
          continue;
        }
        for (const [r, c] of cellsOf(rect)) {
          const cell = ensureCell(sheet, r, c);
          cell.format = { ...cell.format, [prop]: value };
        }
      }
    });
  }
  set wrapText(v: boolean) {
    this.apply('wrapText', v);
  }
  set horizontalAlignment(v: string) {
    this.apply('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.apply('verticalAlignment', v);
  }
  /** "An integer from 0 to 250": https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-indentlevel-member */
  set indentLevel(v: number) {
    if (!Number.isInteger(v) || v < 0 || v > 250) {
      this.ctx.queue({ path: this.path, set: 'indentLevel', value: v }, () => {
        throw new FakeOfficeError('InvalidArgument', `indentLevel ${v} di luar 0–250`);
      });
      return;
    }
    this.apply('indentLevel', v);
  }
  set columnWidth(v: number) {
    this.apply('columnWidth', v);
  }
  set rowHeight(v: number) {
    this.apply('rowHeight', v);
  }
}

/**
 * The cells and sides a border edge of a range sets, as Excel applies it: EdgeTop the top side of the
 * first row, InsideHorizontal the bottom side of every row but the last and the top side of every row
 * but the first, and so on. https://learn.microsoft.com/javascript/api/excel/excel.borderindex
 */
function edgeSides(rect: Rect, edge: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const [r, c] of cellsOf(rect)) {
    if (edge === 'EdgeTop' && r === rect.top) out.push([r, c, 'top']);
    if (edge === 'EdgeBottom' && r === rect.bottom) out.push([r, c, 'bottom']);
    if (edge === 'EdgeLeft' && c === rect.left) out.push([r, c, 'left']);
    if (edge === 'EdgeRight' && c === rect.right) out.push([r, c, 'right']);
    if (edge === 'InsideHorizontal') {
      if (r > rect.top) out.push([r, c, 'top']);
      if (r < rect.bottom) out.push([r, c, 'bottom']);
    }
    if (edge === 'InsideVertical') {
      if (c > rect.left) out.push([r, c, 'left']);
      if (c < rect.right) out.push([r, c, 'right']);
    }
  }
  return out;
}

/** A proxy object whose every property set is queued and recorded into `into`. */
function recordingPart(ctx: FakeRequestContext, path: string, into: () => Record<string, unknown>): Record<string, unknown> {
  return new Proxy_(
    {},
    {
      set: (_t, prop, value) => {
        ctx.queue({ path, set: String(prop), value }, () => void (into()[String(prop)] = value));
        return true;
      },
    },
  ) as Record<string, unknown>;
}

/** Chart proxy: title, series (names, values and categories by range, fill), axes, legend and position. */
class FakeChart extends Proxy {
  readonly title: { text: string };
  readonly legend: Record<string, unknown>;
  readonly axes: { categoryAxis: Record<string, unknown>; valueAxis: Record<string, unknown> };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name: string): FakeChartSeries };
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly chart: FakeChartState,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx, path);
    const queueTitle = (text: string) =>
      this.ctx.queue({ path: `${path}.title`, set: 'text', value: text }, () => void (chart.title = text));
    this.title = new Proxy_({ text: '' }, { set: (_t, _p, v) => (queueTitle(String(v)), true) });
    this.legend = recordingPart(ctx, `${path}.legend`, () => chart.legend);
    this.axes = {
      categoryAxis: recordingPart(ctx, `${path}.axes.categoryAxis`, () => chart.axes.category),
      valueAxis: recordingPart(ctx, `${path}.axes.valueAxis`, () => chart.axes.value),
    };
    this.series = {
      getItemAt: (i) => new FakeChartSeries(ctx, `${path}.series[${i}]`, () => {
        const s = chart.series[i];
        if (!s) throw new FakeOfficeError('ItemNotFound', `Seri ${i} tidak ada`);
        return s;
      }, sheetOf),
      add: (name) => {
        const index = { value: -1 };
        this.ctx.queue({ path: `${path}.series`, call: 'add', args: [name] }, () => {
          index.value = chart.series.push({ name }) - 1;
        });
        return new FakeChartSeries(ctx, `${path}.series.added`, () => chart.series[index.value], sheetOf);
      },
    };
  }
  setPosition(start: string, end: string): void {
    this.ctx.queue({ path: this.path, call: 'setPosition', args: [start, end] }, () => void (this.chart.position = { start, end }));
  }
}

class FakeChartSeries extends Proxy {
  readonly format: { fill: { setSolidColor(color: string): void } };
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly seriesOf: () => FakeChartState['series'][number],
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx, path);
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          ctx.queue({ path: `${path}.format.fill`, call: 'setSolidColor', args: [color] }, () => {
            this.seriesOf().color = color;
          }),
      },
    };
  }
  set name(v: string) {
    this.ctx.queue({ path: this.path, set: 'name', value: v }, () => void (this.seriesOf().name = v));
  }
  private rangeOf(range: FakeRange): string {
    if (range.sheetOf() !== this.sheetOf()) throw new FakeOfficeError('InvalidArgument', 'Seri harus di lembar yang sama');
    return rectAddress(range.rectOf());
  }
  setValues(range: FakeRange): void {
    this.ctx.queue({ path: this.path, call: 'setValues', args: [range.path] }, () => void (this.seriesOf().values = this.rangeOf(range)));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.queue({ path: this.path, call: 'setXAxisValues', args: [range.path] }, () => void (this.seriesOf().xValues = this.rangeOf(range)));
  }
}

/** The global Proxy constructor, renamed because the class above is called Proxy. */
const Proxy_ = globalThis.Proxy;

class FakeFreezePanes extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx, path);
  }
  freezeRows(count: number): void {
    this.ctx.queue(
      { path: this.path, call: 'freezeRows', args: [count] },
      () => void (this.sheetOf().freeze = { rows: count, columns: 0 }),
    );
  }
  freezeColumns(count: number): void {
    this.ctx.queue(
      { path: this.path, call: 'freezeColumns', args: [count] },
      () => void (this.sheetOf().freeze = { rows: 0, columns: count }),
    );
  }
  freezeAt(range: FakeRange): void {
    this.ctx.queue({ path: this.path, call: 'freezeAt', args: [range.path] }, () => {
      const r = range.rectOf();
      this.sheetOf().freeze = { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
}

class FakePageLayout extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx, path);
  }
  private set_(prop: string, value: unknown): void {
    this.ctx.queue(
      { path: this.path, set: prop, value },
      () => void (this.sheetOf().pageLayout[prop] = value),
    );
  }
  set orientation(v: string) {
    this.set_('orientation', v);
  }
  set paperSize(v: string) {
    this.set_('paperSize', v);
  }
  set zoom(v: unknown) {
    this.set_('zoom', v);
  }
  setPrintTitleRows(rows: string): void {
    this.set_('printTitleRows', rows);
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly itemName: string,
  ) {
    super(ctx, path);
  }
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.peek(p));
  }
  peek(prop: string): unknown {
    const ref = this.ctx.state.names.get(this.itemName);
    if (prop === 'name') return this.itemName;
    if (prop === 'formula') {
      if (!ref) return undefined;
      const sheet = ref.sheet.deleted ? '#REF!' : `${quoteName(ref.sheet.name)}!`;
      return `=${sheet}$${columnName(ref.rect.left)}$${ref.rect.top + 1}`;
    }
    return undefined;
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  delete(): void {
    this.ctx.queue({ path: this.path, call: 'delete' }, () => {
      if (!this.ctx.state.names.delete(this.itemName))
        throw new FakeOfficeError('ItemNotFound', `Nama ${this.itemName} tidak ada`);
    });
  }
}

class FakeNamedItemCollection extends Proxy {
  private itemList: FakeNamedItem[] = [];
  get items(): FakeNamedItem[] {
    this.read('items');
    return this.itemList;
  }
  load(props: string): this {
    const list = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.queue({ path: this.path, load: props }, () => {
      const items = [...this.ctx.state.names.keys()].map((n, i) => {
        const item = new FakeNamedItem(this.ctx, `${this.path}.items[${i}]`, n);
        item.fill(list);
        return item;
      });
      this.ctx.respond(items.map((item) => list.map((p) => item.peek(p))));
      this.ctx.onSuccess(() => {
        this.itemList = items;
        this.loaded.set('items', true);
      });
    });
    return this;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, name);
  }
  add(name: string, reference: FakeRange): FakeNamedItem {
    this.ctx.queue({ path: this.path, call: 'add', args: [name, reference.path] }, () => {
      // "A resource with the same name or identifier already exists" (office-js#2875).
      if (nameTaken(this.ctx.state, name))
        throw new FakeOfficeError('ItemAlreadyExists', `Nama ${name} sudah ada`);
      this.ctx.state.names.set(name, { sheet: reference.sheetOf(), rect: reference.rectOf() });
    });
    return new FakeNamedItem(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, name);
  }
}

class FakeTable extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly table: FakeState['tables'][number],
  ) {
    super(ctx, path);
  }
  get name(): string {
    return this.read('name');
  }
  fill(props: string[]): void {
    for (const p of props) if (p === 'name') this.loaded.set(p, this.table.name);
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getRange()`,
      () => this.table.sheet,
      () => this.table.rect,
    );
  }
}

class FakeTableCollection extends Proxy {
  private itemList: FakeTable[] = [];
  get items(): FakeTable[] {
    this.read('items');
    return this.itemList;
  }
  load(props: string): this {
    const list = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.queue({ path: this.path, load: props }, () => {
      const tables = liveTables(this.ctx.state);
      const items = tables.map((t, i) => {
        const table = new FakeTable(this.ctx, `${this.path}.items[${i}]`, t);
        table.fill(list);
        return table;
      });
      this.ctx.respond(tables.map((t) => t.name));
      this.ctx.onSuccess(() => {
        this.itemList = items;
        this.loaded.set('items', true);
      });
    });
    return this;
  }
}

/** A request context over `state`, typed as Excel's so the adapter can be called with it. */
export function fakeContext(state: FakeState): Excel.RequestContext {
  return new FakeRequestContext(state) as unknown as Excel.RequestContext;
}

/** Adds a sheet to the state (test setup). */
export function addSheet(state: FakeState, name: string): FakeSheet {
  const sheet = newSheet(name);
  state.sheets.push(sheet);
  return sheet;
}

/** Live sheet by name (case-insensitive), for assertions. */
export function sheetNamed(state: FakeState, name: string): FakeSheet | undefined {
  return findSheet(state, name);
}

/** Names of the live sheets in order. */
export function sheetNames(state: FakeState): string[] {
  return liveSheets(state).map((s) => s.name);
}

/** The JSON shape of a WorkbookSnapshot (src/core/snapshot.ts), hidden rows and columns as arrays or sets. */
export interface SnapshotLike {
  name: string;
  sheets: Array<{
    name: string;
    rows: Array<
      | Array<
          { value: FakeValue | { error: string }; formula?: string; numberFormat?: string } | undefined | null
        >
      | undefined
      | null
    >;
    merges: Rect[];
    hiddenRows: Iterable<number>;
    hiddenColumns: Iterable<number>;
    tables?: Array<{ name: string; range: Rect }>;
    /** The add-in's owner mark on the sheet (a TableId such as `3.8`), kept as the name `SAKIP_3_8` → A1. */
    ownerMark?: string;
  }>;
}

/** A workbook state holding a snapshot's sheets: what Excel would show for the same workbook. */
export function stateFromSnapshot(snapshot: SnapshotLike): FakeState {
  const state = newState(snapshot.name);
  for (const s of snapshot.sheets) {
    const sheet = addSheet(state, s.name);
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const value = cell.value !== null && typeof cell.value === 'object' ? cell.value.error : cell.value;
        const fake: FakeCell = { value };
        if (cell.formula !== undefined) fake.formula = cell.formula;
        if (cell.numberFormat !== undefined) fake.numberFormat = cell.numberFormat;
        sheet.cells.set(key(r, c), fake);
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
    for (const r of s.hiddenRows) sheet.hiddenRows.add(r);
    for (const c of s.hiddenColumns) sheet.hiddenColumns.add(c);
    for (const t of s.tables ?? []) state.tables.push({ name: t.name, sheet, rect: { ...t.range } });
    if (s.ownerMark !== undefined)
      state.names.set(`SAKIP_${s.ownerMark.replace(/\./g, '_').toUpperCase()}`, {
        sheet,
        rect: { top: 0, left: 0, bottom: 0, right: 0 },
      });
  }
  state.active = state.sheets[0];
  return state;
}
