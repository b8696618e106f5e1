import type { PeriksaResult } from '../core/engine';
import type { RecognisedTable } from '../core/model/workbook-model';
import type { Severity, Temuan } from '../core/temuan';
import { describeTables } from '../core/structure';
import { LAPORAN_PERIKSA } from '../core/messages/temuan';

/**
 * ANSI colours per severity; bold and dim for emphasis. Used only when the output is a terminal, by this
 * report and the rekap of many files (report-rekap.ts).
 */
export const ANSI = {
  galat: '\u001b[31m',
  peringatan: '\u001b[33m',
  info: '\u001b[36m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
};

/** The JSON object of `sakip periksa --json` (DESIGN.md §9). */
export interface ContractJson {
  file: string;
  tables: Array<{ sheet: string; range: string; kind: RecognisedTable['kind']; rows: number }>;
  findings: Array<{
    rule: string;
    severity: Severity;
    sheet: string;
    cell: string;
    message: string;
    expected: string | null;
    actual: string | null;
  }>;
  summary: { galat: number; peringatan: number; info: number };
}

/**
 * The DESIGN.md §9 object for a checked workbook: file, tables (sheet, range, kind, rows), findings
 * (expected/actual null where they do not apply) and the count per severity.
 * Example: `toContractJson('lkjip.xlsx', result).summary` → `{ galat: 12, peringatan: 9, info: 3 }`.
 */
export function toContractJson(file: string, result: PeriksaResult): ContractJson {
  return {
    file,
    tables: describeTables(result.model).map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      rows: t.rows,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    })),
    summary: {
      galat: result.summary.galat,
      peringatan: result.summary.peringatan,
      info: result.summary.info,
    },
  };
}

/** Findings grouped by sheet, keeping their order (they arrive ordered by sheet, row, column). */
function bySheet(findings: readonly Temuan[]): Array<{ sheet: string; findings: Temuan[] }> {
  const groups: Array<{ sheet: string; findings: Temuan[] }> = [];
  for (const f of findings) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.sheet === f.sheet) last.findings.push(f);
    else groups.push({ sheet: f.sheet, findings: [f] });
  }
  return groups;
}

/**
 * The readable Indonesian report of `sakip periksa` without `--json`: the recognised tables, then the
 * findings grouped by sheet (severity, rule, cell, message, and "harapan … · tertulis …" where they
 * apply), then the count per severity. ANSI colours only when `options.color` (a terminal).
 * Example: `renderReport({ file: 'a.xlsx', result }, { color: false })` → `'Hasil pemeriksaan konsistensi: a.xlsx\n…'`.
 */
export function renderReport(
  input: { file: string; result: PeriksaResult },
  options: { color: boolean },
): string {
  const { file, result } = input;
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const lines: string[] = [paint(ANSI.bold, LAPORAN_PERIKSA.judul(file)), ''];
  const tables = describeTables(result.model);
  if (tables.length === 0) lines.push(LAPORAN_PERIKSA.tidakAdaTabel);
  else {
    lines.push(LAPORAN_PERIKSA.tabelDikenali(tables.length));
    for (const t of tables) {
      lines.push(
        LAPORAN_PERIKSA.tabel({
          sheet: t.sheet,
          range: t.range,
          jenis: LAPORAN_PERIKSA.jenisTabel[t.kind] ?? t.kind,
          baris: t.rows,
        }),
      );
      if (t.year !== undefined) lines.push(paint(ANSI.dim, LAPORAN_PERIKSA.tahunTabel(t.year)));
      for (const c of t.columns)
        lines.push(paint(ANSI.dim, LAPORAN_PERIKSA.kolom(c.column, c.role, c.evidence)));
    }
  }
  lines.push('');
  if (result.findings.length === 0) lines.push(LAPORAN_PERIKSA.tidakAdaTemuan, '');
  const width = Math.max(...Object.values(LAPORAN_PERIKSA.tingkat).map((w) => w.length));
  for (const group of bySheet(result.findings)) {
    lines.push(paint(ANSI.bold, LAPORAN_PERIKSA.lembar(group.sheet, group.findings.length)));
    for (const f of group.findings) {
      const tingkat = paint(ANSI[f.severity], LAPORAN_PERIKSA.tingkat[f.severity].padEnd(width));
      lines.push(`  ${tingkat}  ${paint(ANSI.bold, f.rule)}  ${f.cell.padEnd(6)} ${f.message}`);
      const nilai = [
        f.expected === undefined ? undefined : `${LAPORAN_PERIKSA.harapan} ${f.expected}`,
        f.actual === undefined ? undefined : `${LAPORAN_PERIKSA.tertulis} ${f.actual}`,
      ].filter((x): x is string => x !== undefined);
      if (nilai.length > 0)
        lines.push(
          paint(
            ANSI.dim,
            `  ${' '.repeat(width)}  ${' '.repeat(f.rule.length)}  ${' '.repeat(6)} ${nilai.join(' · ')}`,
          ),
        );
    }
    lines.push('');
  }
  lines.push(paint(ANSI.bold, LAPORAN_PERIKSA.ringkasan(result.summary)));
  return `${lines.join('\n')}\n`;
}
