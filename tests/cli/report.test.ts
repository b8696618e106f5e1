import { renderReport, toContractJson } from '../../src/cli/report';
import { checkWorkbook, summarizeTemuan } from '../../src/core/checks/check-workbook';
import type { PeriksaResult } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { budgetTable, cleanBudgetLines, model } from '../core/checks/builders';

/**
 * Two budget sheets: Tabel 3.8 with one pagu stored as text (one info); Tabel 3.10 whose last kegiatan
 * is 1.100.000 where its program says 1.000.000 (ANG-01 twice) and Tabel 3.8 says 1.000.000 (XTB-01 twice).
 */
function result(): PeriksaResult {
  const wrong = cleanBudgetLines().map((l, i) =>
    i === 8 ? { ...l, pagu: 1_100_000, realisasi: 1_100_000 } : l,
  );
  const text = cleanBudgetLines().map((l, i) => (i === 3 ? { ...l, pagu: '1.000.000' } : l));
  const m = model({
    sheetOrder: ['Tabel 3.8', 'Tabel 3.10'],
    budgets: [
      budgetTable({ sheet: 'Tabel 3.10', lines: wrong }),
      budgetTable({ sheet: 'Tabel 3.8', top: 4, lines: text }),
    ],
  });
  const findings = checkWorkbook(m, DEFAULT_SETTINGS);
  return { model: m, findings, summary: summarizeTemuan(findings) };
}

describe('renderReport', () => {
  it('lists the tables, then the findings grouped by sheet in workbook order, then the summary', () => {
    const text = renderReport({ file: 'lkjip.xlsx', result: result() }, { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toContain('lkjip.xlsx');
    expect(text).toContain('Tabel 3.8!A5:E14');
    const sheet38 = lines.findIndex((l) => l.startsWith('Lembar "Tabel 3.8"'));
    const sheet310 = lines.findIndex((l) => l.startsWith('Lembar "Tabel 3.10"'));
    expect(sheet38).toBeGreaterThan(0);
    expect(sheet310).toBeGreaterThan(sheet38);
    expect(lines[sheet38 + 1]).toMatch(/INFO\s+NUM-01\s+C9/);
    expect(lines[sheet310 + 1]).toMatch(/GALAT\s+ANG-01\s+C9/);
    expect(lines[sheet310 + 2]).toContain('harapan 1.100.000 · tertulis 1.000.000');
    expect(lines.filter((l) => l.startsWith('Ringkasan'))).toEqual([
      'Ringkasan: 4 galat, 0 peringatan, 1 info.',
    ]);
    expect(text).not.toContain('\u001b[');
  });

  it('colours severities only when asked', () => {
    const text = renderReport({ file: 'lkjip.xlsx', result: result() }, { color: true });
    expect(text).toContain('\u001b[31mGALAT');
    expect(text).toContain('\u001b[36mINFO');
  });

  it('says so when there is nothing to report', () => {
    const m = model({ budgets: [budgetTable({ lines: cleanBudgetLines() })] });
    const text = renderReport(
      { file: 'a.xlsx', result: { model: m, findings: [], summary: summarizeTemuan([]) } },
      { color: false },
    );
    expect(text).toContain('Tidak ada temuan');
    expect(text).toContain('Ringkasan: 0 galat, 0 peringatan, 0 info.');
  });
});

describe('toContractJson', () => {
  it('has the DESIGN.md §9 shape, tables in workbook order, null where a value does not apply', () => {
    const json = toContractJson('lkjip.xlsx', result());
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings', 'summary']);
    expect(json.tables).toEqual([
      { sheet: 'Tabel 3.8', range: 'A5:E14', kind: 'anggaran', rows: 9 },
      { sheet: 'Tabel 3.10', range: 'A1:E10', kind: 'anggaran', rows: 9 },
    ]);
    expect(json.findings[0]).toEqual({
      rule: 'NUM-01',
      severity: 'info',
      sheet: 'Tabel 3.8',
      cell: 'C9',
      message: expect.any(String),
      expected: null,
      actual: null,
    });
    expect(json.findings.slice(1).map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['ANG-01', 'C9', '1.100.000', '1.000.000'],
      ['ANG-01', 'D9', '1.100.000', '1.000.000'],
      ['XTB-01', 'C10', '1.000.000', '1.100.000'],
      ['XTB-01', 'D10', '1.000.000', '1.100.000'],
    ]);
    expect(json.summary).toEqual({ galat: 4, peringatan: 0, info: 1 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
