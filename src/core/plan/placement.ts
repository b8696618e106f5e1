/**
 * Where generated sheets go, decided once for every host (the Office adapter and the .xlsx package
 * writer only carry it out): a sheet the add-in made earlier for the same table (its owner mark
 * `SAKIP_<id>` points at it) is replaced in place, under the name it has now — the user may have
 * renamed it; otherwise the sheet takes the wanted name, or the first free one (`Tabel 3.8 (2)`) when
 * a user's sheet has it. A user's sheet is never replaced. Input sheets (the canonical template)
 * belong to the user: they are written only where no sheet has their name, and never replaced.
 */
import type { SheetPlan, TableId } from './sheet-plan';
import { freeTemplateTableName } from '../recognise/template-spec';

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

/** The sheets of a workbook as a host reads them just before writing. */
export interface ExistingSheets {
  /** Every sheet's name (worksheets and chart sheets), in the workbook's order. */
  names: readonly string[];
  /** For each table with an owner mark on a sheet that exists: that sheet's name. */
  owned: ReadonlyMap<TableId, string>;
}

/** Where one plan goes. */
export interface Placement {
  plan: SheetPlan;
  /** The sheet's name once written. */
  sheet: string;
  /** The name the plan asked for (a valid sheet name); differs from `sheet` when a user sheet had it. */
  wanted: string;
  /** The add-in's earlier sheet of this table, replaced in place (its name is `sheet`). */
  replaces?: string;
}

/**
 * A valid sheet name for `name`: no `[]:*?/\` (each becomes `-`), at most 31 characters, not empty.
 * Example: `sheetName('Tabel 3.8 / 3.10')` → `'Tabel 3.8 - 3.10'`.
 */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, MAX_SHEET_NAME)
      .trim() || 'SAKIP'
  );
}

/**
 * `wanted`, else `wanted (2)`, `(3)` … — the first name not in `taken` (lower-cased names, as Excel
 * compares sheet names), within 31 characters. Example: `freeSheetName(new Set(['tabel 3.8']), 'Tabel 3.8')` → `'Tabel 3.8 (2)'`.
 */
export function freeSheetName(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Where each generated sheet goes, in the plans' order: over the add-in's earlier sheet of its table,
 * else under its wanted name or the first free one. Names given earlier in the same run count as taken.
 * Example: with a user sheet "Tabel 3.8" and no owner mark, the plan of 3.8 goes to "Tabel 3.8 (2)".
 */
export function placeSheets(existing: ExistingSheets, plans: readonly SheetPlan[]): Placement[] {
  const taken = new Set(existing.names.map((n) => n.toLowerCase()));
  return plans.map((plan) => {
    const old = existing.owned.get(plan.table);
    if (old !== undefined) return { plan, sheet: old, wanted: old, replaces: old };
    const wanted = sheetName(plan.name);
    const sheet = freeSheetName(taken, wanted);
    taken.add(sheet.toLowerCase());
    return { plan, sheet, wanted };
  });
}

/** Where the template's input sheets go, and the ones left out because a sheet has their name. */
export interface InputPlacement {
  written: Array<{ plan: Omit<SheetPlan, 'table'>; sheet: string }>;
  skipped: string[];
}

/**
 * Input sheets (Anggaran, Kinerja, SKM as Excel tables) go only where no sheet has their name; their
 * Excel tables take free names (`Anggaran_2` when a table or defined name anywhere has `Anggaran`),
 * as Excel keeps table names unique across the workbook. `tableNames` holds the workbook's table and
 * defined names. Example: with a sheet "Anggaran", the Anggaran plan is skipped and listed.
 */
export function placeInputSheets(
  sheetNames: readonly string[],
  tableNames: readonly string[],
  plans: ReadonlyArray<Omit<SheetPlan, 'table'>>,
): InputPlacement {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  const tables = new Set(tableNames.map((n) => n.toLowerCase()));
  const out: InputPlacement = { written: [], skipped: [] };
  for (const plan of plans) {
    const sheet = sheetName(plan.name);
    if (taken.has(sheet.toLowerCase())) {
      out.skipped.push(sheet);
      continue;
    }
    taken.add(sheet.toLowerCase());
    const excelTables = plan.excelTables?.map((t) => {
      const free = freeTemplateTableName(t.name, tables);
      tables.add(free.toLowerCase());
      return { ...t, name: free };
    });
    out.written.push({ plan: excelTables ? { ...plan, excelTables } : plan, sheet });
  }
  return out;
}
