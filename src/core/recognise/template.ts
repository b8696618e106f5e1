import type { CellRange, SheetSnapshot } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import { packBudgetTable, type BudgetLevel, type BudgetNode, type BudgetTable } from '../model/budget';
import { BUDGET_LEVELS } from '../model/budget';
import {
  CASCADE_LEVELS,
  type CascadeLevel,
  type IndicatorRow,
  type IndicatorTable,
} from '../model/indicator';
import type { SurveyTable } from '../model/survey';
import { BUKTI, PESAN_PENGENALAN as msg } from '../messages/recognise';
import type { ColumnRole, Role } from '../model/roles';
import { cellText, isBlankRow, note, readMeasure, statedNumber, statedText } from './cells';
import { readPolaritas } from './read-indicator';
import { readSurveyAnswer } from './read-survey';
import {
  ANGGARAN_LEVELS,
  KINERJA_LEVELS,
  TEMPLATE_HEADERS,
  firstHeaderMismatch,
  headerTexts,
  templateKindOf,
} from './template-spec';

/** What the canonical template tables of one sheet hold. */
export interface TemplateTables {
  budgets: BudgetTable[];
  indicators: IndicatorTable[];
  surveys: SurveyTable[];
  notes: Temuan[];
}

/** A Level cell as one of `levels` (`Sub Kegiatan` → `subkegiatan`); undefined when it is none of them. */
function readLevel(text: string, levels: readonly string[]): string | undefined {
  const k = nameKey(text).replace(/ /g, '');
  return levels.find((l) => l === k);
}

/** The roles of a template table: each column as the template states it, the Excel table's name its evidence. */
function templateRoles(
  sheet: SheetSnapshot,
  range: CellRange,
  table: string,
  roles: ReadonlyArray<readonly [Role, number]>,
): ColumnRole[] {
  return roles.map(([role, col]) => ({
    role,
    col,
    header: cellText(sheet, range.top, col),
    evidence: [{ kind: 'judul', text: BUKTI.template(table, cellText(sheet, range.top, col)) }],
  }));
}

/** The data rows of a table: every row under the header that is not blank. */
function dataRows(sheet: SheetSnapshot, range: CellRange): number[] {
  const rows: number[] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    if (!isBlankRow(sheet, r, range.left, range.right)) rows.push(r);
  }
  return rows;
}

/**
 * The nearest earlier entry with a smaller depth, i.e. the parent of a line at `depth` in a tree listed
 * in order; undefined for a top line. `depths[i]` is the depth of entry i.
 */
function parentByDepth(depths: number[], depth: number): number | undefined {
  for (let i = depths.length - 1; i >= 0; i--) if (depths[i] < depth) return i;
  return undefined;
}

function readAnggaran(sheet: SheetSnapshot, range: CellRange, notes: Temuan[]): BudgetTable {
  const c = range.left;
  const columns = { code: c, name: c + 2, pagu: c + 3, realisasi: c + 4 };
  const nodes: BudgetNode[] = [];
  const roots: number[] = [];
  for (const r of dataRows(sheet, range)) {
    const levelText = cellText(sheet, r, c + 1);
    const level = readLevel(levelText, ANGGARAN_LEVELS) as BudgetLevel | undefined;
    if (level === undefined) {
      notes.push(
        note(
          sheet.name,
          r,
          c + 1,
          'STR-01',
          'peringatan',
          msg.templateLevelTidakDikenal(levelText, ANGGARAN_LEVELS.join(', ')),
        ),
      );
      continue;
    }
    const depth = BUDGET_LEVELS.indexOf(level);
    const parent = parentByDepth(
      nodes.map((n) => BUDGET_LEVELS.indexOf(n.level)),
      depth,
    );
    if (parent === undefined && depth > 0) {
      notes.push(note(sheet.name, r, c + 1, 'STR-01', 'peringatan', msg.templateTanpaInduk(level)));
    }
    const nameRef = statedText(sheet, r, columns.name) ?? {
      ref: { sheet: sheet.name, row: r, col: columns.name },
      text: '',
    };
    const node: BudgetNode = {
      index: nodes.length,
      level,
      name: nameRef.text,
      row: r,
      lastRow: r,
      nameRef,
      children: [],
    };
    const code = cellText(sheet, r, columns.code);
    if (code !== '') node.code = code;
    const pagu = statedNumber(sheet, r, columns.pagu, 'rupiah');
    const realisasi = statedNumber(sheet, r, columns.realisasi, 'rupiah');
    if (pagu !== undefined) node.pagu = pagu;
    if (realisasi !== undefined) node.realisasi = realisasi;
    if (parent === undefined) roots.push(node.index);
    else {
      node.parent = parent;
      nodes[parent].children.push(node.index);
    }
    nodes.push(node);
  }
  return packBudgetTable({
    kind: 'anggaran',
    sheet: sheet.name,
    range,
    headerRange: { ...range, bottom: range.top },
    style: 'template',
    columns,
    roles: templateRoles(sheet, range, 'Anggaran', [
      ['code', columns.code],
      ['name', columns.name],
      ['pagu', columns.pagu],
      ['realisasi', columns.realisasi],
    ]),
    context: {},
    unplaced: [],
    nodes,
    roots,
  });
}

function readKinerja(sheet: SheetSnapshot, range: CellRange, notes: Temuan[]): IndicatorTable {
  const c = range.left;
  const col = {
    numbering: c,
    level: c + 1,
    name: c + 2,
    indikator: c + 3,
    satuan: c + 4,
    polaritas: c + 5,
    target: c + 6,
    realisasi: c + 7,
    targetLalu: c + 8,
    realisasiLalu: c + 9,
    targetAkhir: c + 10,
    standarNasional: c + 11,
    code: c + 12,
    analisis: c + 13,
    solusi: c + 14,
  };
  const rows: IndicatorRow[] = [];
  const roots: number[] = [];
  for (const r of dataRows(sheet, range)) {
    const levelText = cellText(sheet, r, col.level);
    const level = readLevel(levelText, KINERJA_LEVELS) as CascadeLevel | undefined;
    if (level === undefined) {
      notes.push(
        note(
          sheet.name,
          r,
          col.level,
          'STR-01',
          'peringatan',
          msg.templateLevelTidakDikenal(levelText, KINERJA_LEVELS.join(', ')),
        ),
      );
      continue;
    }
    const depth = CASCADE_LEVELS.indexOf(level);
    const parent = parentByDepth(
      rows.map((x) => x.depth),
      depth,
    );
    if (parent === undefined && depth > 0) {
      notes.push(note(sheet.name, r, col.level, 'STR-01', 'peringatan', msg.templateTanpaInduk(level)));
    }
    const satuan = statedText(sheet, r, col.satuan);
    const unit = satuan?.text;
    const measureOptions = { defaultUnit: unit, percentPoints: unit === '%' };
    const measure = (at: number) => readMeasure(sheet, r, at, measureOptions);
    const row: IndicatorRow = {
      index: rows.length,
      row: r,
      lastRow: r,
      depth,
      level,
      name: statedText(sheet, r, col.name) ?? { ref: { sheet: sheet.name, row: r, col: col.name }, text: '' },
      target: measure(col.target),
      realisasi: measure(col.realisasi),
      children: [],
    };
    const numbering = cellText(sheet, r, col.numbering);
    if (numbering !== '') row.numbering = numbering.replace(/\.$/, '');
    const code = cellText(sheet, r, col.code);
    if (code !== '') row.code = code;
    const indikator = statedText(sheet, r, col.indikator);
    if (indikator !== undefined) row.indikator = indikator;
    if (satuan !== undefined) row.satuan = satuan;
    const polaritas = statedText(sheet, r, col.polaritas);
    if (polaritas !== undefined) {
      const p = readPolaritas(polaritas.text);
      if (p === undefined)
        notes.push(
          note(
            sheet.name,
            r,
            col.polaritas,
            'STR-02',
            'peringatan',
            msg.polaritasTidakDikenal(polaritas.text),
          ),
        );
      else row.polaritas = p;
    }
    const laluTarget = measure(col.targetLalu);
    const laluRealisasi = measure(col.realisasiLalu);
    if (laluTarget.kind !== 'kosong' || laluRealisasi.kind !== 'kosong')
      row.lalu = { target: laluTarget, realisasi: laluRealisasi };
    const targetAkhir = measure(col.targetAkhir);
    if (targetAkhir.kind !== 'kosong') row.targetAkhir = targetAkhir;
    const standar = measure(col.standarNasional);
    if (standar.kind !== 'kosong') row.standarNasional = standar;
    const analisis = statedText(sheet, r, col.analisis);
    if (analisis !== undefined) row.analisis = analisis;
    const solusi = statedText(sheet, r, col.solusi);
    if (solusi !== undefined) row.solusi = solusi;
    if (parent === undefined) roots.push(row.index);
    else {
      row.parent = parent;
      rows[parent].children.push(row.index);
    }
    rows.push(row);
  }
  return {
    kind: 'kinerja',
    sheet: sheet.name,
    range,
    headerRange: { ...range, bottom: range.top },
    style: 'template',
    columns: { ...col },
    roles: templateRoles(
      sheet,
      range,
      'Kinerja',
      (Object.entries(col) as Array<[Role | 'level', number]>).filter(
        (e): e is [Role, number] => e[0] !== 'level',
      ),
    ),
    context: {},
    unplaced: [],
    rows,
    roots,
  };
}

function readSkm(sheet: SheetSnapshot, range: CellRange): SurveyTable {
  const unsur = TEMPLATE_HEADERS.skm.slice(1).map((name, i) => ({ name, col: range.left + 1 + i }));
  const answers = dataRows(sheet, range).map((r) => unsur.map((u) => readSurveyAnswer(sheet, r, u.col)));
  return {
    kind: 'skm',
    sheet: sheet.name,
    range,
    headerRange: { ...range, bottom: range.top },
    style: 'template',
    roles: templateRoles(sheet, range, 'SKM', [
      ['numbering', range.left],
      ...unsur.map((u) => ['unsur', u.col] as const),
    ]),
    context: {},
    unplaced: [],
    form: 'responden',
    unsur,
    answers,
  };
}

/**
 * Reads the canonical template tables of a sheet — Excel tables named Anggaran, Kinerja and SKM with
 * exactly the template's headers (template-spec.ts) — into a budget tree, an indicator cascade and a
 * survey (style `template`). Levels come from the Level column; a parent is the nearest line above with
 * a higher level. A table named like the template whose headers differ is noted (STR-03) and left to the
 * other recognisers. Example: a sheet with table `Kinerja` whose rows are tujuan, sasaran, program →
 * one IndicatorTable with depths 0, 1, 2, each the parent of the next.
 */
export function recogniseTemplateTables(sheet: SheetSnapshot): TemplateTables {
  const out: TemplateTables = { budgets: [], indicators: [], surveys: [], notes: [] };
  for (const t of sheet.tables ?? []) {
    const kind = templateKindOf(t.name);
    if (kind === undefined) continue;
    const headers = headerTexts(sheet, t.range);
    const bad = firstHeaderMismatch(kind, headers);
    if (bad >= 0) {
      const expected = TEMPLATE_HEADERS[kind][bad] ?? '';
      out.notes.push(
        note(
          sheet.name,
          t.range.top,
          t.range.left + bad,
          'STR-03',
          'peringatan',
          msg.templateHeaderBeda(t.name, expected, headers[bad] ?? ''),
        ),
      );
      continue;
    }
    if (kind === 'anggaran') out.budgets.push(readAnggaran(sheet, t.range, out.notes));
    else if (kind === 'kinerja') out.indicators.push(readKinerja(sheet, t.range, out.notes));
    else out.surveys.push(readSkm(sheet, t.range));
  }
  return out;
}
