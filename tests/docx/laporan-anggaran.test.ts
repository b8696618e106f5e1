/**
 * A workbook with only a budget table (the template's Anggaran sheet, totals worked by hand in
 * tests/fixtures/template-workbook.ts: pagu 9.052.490, realisasi 9.000.240) still gets its Ringkasan
 * budget part and a Bab III document: the budget sentence with both amounts in words, and the kinerja
 * parts saying they need an indicator table.
 */
import { runLaporan } from '../../src/cli/laporan';
import { memoryIO } from '../reliability/fixtures';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { PlanEvaluator } from '../../src/core/laporan/evaluate-plans';
import { displayText } from '../../src/core/laporan/format-code';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { templateWorkbookXlsx } from '../fixtures/template-workbook-xlsx';
import { readDocx } from '../support/docx';

const PAGU_KATA = 'Sembilan Juta Lima Puluh Dua Ribu Empat Ratus Sembilan Puluh Rupiah';
const REALISASI_KATA = 'Sembilan Juta Dua Ratus Empat Puluh Rupiah';
// 9.000.240 / 9.052.490 = 0,994228…: 99,42%.
const KALIMAT =
  `Rp 9.052.490,- (${PAGU_KATA}) sedangkan realisasi sampai dengan 31 Desember ini sebesar Rp 9.000.240,- ` +
  `(${REALISASI_KATA}), dengan capaian persentase sebesar 99,42%.`;

describe('a budget-only workbook', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await templateWorkbookXlsx(['Anggaran']);
  });

  it('gets a Ringkasan with pagu, realisasi, serapan, terbilang and the budget sentence', async () => {
    const snapshot = await readSnapshot(new Uint8Array(bytes), 'anggaran.xlsx');
    const periksa = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
    expect(periksa.model.indicators).toHaveLength(0);
    const { plans } = susunWorkbook(periksa, DEFAULT_SETTINGS, ['ringkasan']);
    const ringkasan = plans.find((p) => p.table === 'ringkasan')!;
    const evaluator = new PlanEvaluator(plans);
    const shown = new Map<string, string[]>();
    ringkasan.cells.forEach((row, r) => {
      const label = row?.[0]?.value;
      if (typeof label === 'string')
        shown.set(label, [1, 2].map((c) => displayText(evaluator.value(ringkasan, r, c), row?.[c]?.numberFormat)));
    });
    expect(shown.get('Pagu anggaran (JUMLAH Tabel 3.8)')?.[0]).toBe('9.052.490');
    expect(shown.get('Realisasi anggaran (JUMLAH Tabel 3.8)')?.[0]).toBe('9.000.240');
    expect(shown.get('Serapan anggaran (realisasi / pagu)')?.[0]).toBe('99,42%');
    expect(shown.get('Pagu anggaran, terbilang')).toEqual(['', PAGU_KATA]);
    expect(shown.get('Realisasi anggaran, terbilang')).toEqual(['', REALISASI_KATA]);
    expect(shown.get('Kalimat: anggaran dan realisasi')?.[1]).toBe(
      `Pada pelaksanaan pencapaian target indikator kinerja sasaran di perangkat daerah ini Tahun ini teralokasi anggaran sebesar ${KALIMAT}`,
    );
    expect(shown.get('Kalimat: serapan dan efisiensi')?.[1]).toMatch(/perlu tabel kinerja/);
    expect(shown.get('Capaian kinerja (rata-rata capaian sasaran)')).toEqual(['-', expect.stringMatching(/perlu tabel kinerja/)]);
  });

  it('gets a Bab III document: Tabel 3.1, 3.8 and 3.10, the budget sentence and chart, and says what needs indicators', async () => {
    const io = memoryIO({ 'anggaran.xlsx': new Uint8Array(bytes) });
    expect(await runLaporan(['anggaran.xlsx', '-o', 'bab3.docx'], io)).toBe(0);
    expect(io.err).toBe('');
    const doc = await readDocx(io.files.get('bab3.docx')!);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    for (const t of ['Tabel 3.1', 'Tabel 3.8', 'Tabel 3.10']) expect(paragraphs).toContain(t);
    for (const t of ['Tabel 3.2', 'Tabel 3.6', 'Tabel 3.9']) expect(paragraphs).not.toContain(t);
    expect(paragraphs.some((p) => p.endsWith(KALIMAT))).toBe(true);
    expect(paragraphs.filter((p) => p.startsWith('Bagian ini belum dapat disusun: buku kerja tidak memuat tabel kinerja'))).toHaveLength(1);
    expect(doc.media).toHaveLength(1);
    const jumlah = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).filter((r) => r[0] === 'JUMLAH');
    expect(jumlah.map((r) => r.filter(Boolean))).toEqual([
      ['JUMLAH', '9.052.490', '9.000.240', '99,42%'],
      ['JUMLAH', '9.052.490', '9.000.240', '99,42%'],
    ]);
    expect(io.out).toMatch(/Tabel 3.9 tidak disusun/);
  });
});
