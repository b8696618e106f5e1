import { isUnsurHeader } from '../../../src/core/recognise/read-survey';
import { surveyTablesOf as recogniseSurveyTables } from './recognise-sheet';
import type { SurveyTable } from '../../../src/core/model/survey';
import {
  SURVEY_SUMS,
  surveyNrrSheet,
  surveySheet,
  surveyTransposedSheet,
  surveyUnsurSheet,
} from '../../fixtures/survey';
import { sheetFromValues } from '../../fixtures/text-sheet';

function only(result: { tables: SurveyTable[] }): SurveyTable {
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

describe('isUnsurHeader', () => {
  it.each([
    'U1',
    'u 9',
    'Unsur 3',
    'Persyaratan',
    'Sistem, Mekanisme dan Prosedur',
    'Biaya/Tarif',
    'Sarana dan Prasarana',
  ])('knows %s', (t) => expect(isUnsurHeader(t)).toBe(true));
  it.each(['No', 'Responden', 'U15', 'Jumlah', 'Indikator Kinerja'])('rejects %s', (t) =>
    expect(isUnsurHeader(t)).toBe(false),
  );
});

describe('recogniseSurveyTables on respondents × unsur', () => {
  const result = recogniseSurveyTables(surveySheet());
  const table = only(result);

  it('finds the header at B3 with the nine unsur and the title above', () => {
    expect(table.form).toBe('responden');
    expect(table.headerRange).toEqual({ top: 2, left: 1, bottom: 2, right: 10 });
    expect(table.unsur.map((u) => [u.name, u.col])).toEqual(
      Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, i + 2]),
    );
    expect(table.title).toBe('Tabel Hasil Survei Kepuasan Masyarakat Tahun 2023');
  });

  it('reads ten respondents, whose sums and answer counts per unsur are the hand-worked ones', () => {
    expect(table.answers).toHaveLength(10);
    const sums = table.unsur.map((_, u) => {
      const values = table.answers.map((a) => a[u].value).filter((v): v is number => v !== null);
      return [values.reduce((s, v) => s + v, 0), values.length];
    });
    expect(sums).toEqual(SURVEY_SUMS);
  });

  it('keeps blanks as null and a typed dash as text', () => {
    expect(table.answers[4][7]).toEqual({ ref: { sheet: 'SKM 2023', row: 7, col: 9 }, value: null });
    expect(table.answers[9][1]).toMatchObject({ value: null, text: '-' });
  });

  it('reads the stated NRR row but not the Jumlah or NRR tertimbang rows', () => {
    expect(table.nrr?.map((n) => n?.value.toString())).toEqual([
      '3.6',
      '3.33',
      '4',
      '4',
      '3',
      '3.5',
      '3.8',
      '3',
      '3.33',
    ]);
    expect(table.nrr?.[0]?.ref.row).toBe(14);
  });

  it('reads the stated IKM and mutu under the table (rows 18 and 19, after a blank row)', () => {
    expect(table.ikm?.value.toString()).toBe('87.69');
    expect(table.ikm?.ref).toEqual({ sheet: 'SKM 2023', row: 17, col: 3 });
    expect(table.mutu?.text).toBe('B (Baik)');
    expect(table.range.bottom).toBe(18);
    expect(result.notes).toEqual([]);
  });
});

describe('recogniseSurveyTables on other forms', () => {
  it('reads one row of NRR under the nine unsur names, with the IKM written as text', () => {
    const table = only(recogniseSurveyTables(surveyNrrSheet()));
    expect(table.form).toBe('nrr');
    expect(table.answers).toEqual([]);
    expect(table.unsur).toHaveLength(9);
    expect(table.nrr?.map((n) => n?.value.toString())).toEqual([
      '3.6',
      '3.33',
      '4',
      '4',
      '3',
      '3.5',
      '3.8',
      '3',
      '3.33',
    ]);
    expect(table.ikm?.value.toString()).toBe('87.69');
  });

  it('reads the transposed form: one row per unsur under "Unsur Pelayanan | NRR", then IKM and mutu', () => {
    const table = only(recogniseSurveyTables(surveyTransposedSheet()));
    expect(table.form).toBe('nrr');
    expect(table.unsur.map((u) => u.name)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(table.nrr?.map((n) => n?.value.toString())).toEqual([
      '3.6',
      '3.33',
      '4',
      '4',
      '3',
      '3.5',
      '3.8',
      '3',
      '3.33',
    ]);
    expect(table.nrr?.map((n) => n?.ref.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.ikm?.value.toString()).toBe('87.69');
    expect(table.mutu?.text).toBe('B (Baik)');
    expect(table.range).toEqual({ top: 1, left: 0, bottom: 13, right: 3 });
    expect(table.title).toBe('Tabel 2.3 Nilai Survei Kepuasan Masyarakat');
  });

  it('reads "Unsur n" headers and keeps a worded answer as text', () => {
    const table = only(recogniseSurveyTables(surveyUnsurSheet()));
    expect(table.answers).toHaveLength(2);
    expect(table.answers[1][1]).toMatchObject({ value: null, text: 'baik' });
    expect(table.answers[1][0].value).toBe(3);
  });

  it('reads a two-row header: No merged down, "Nilai Unsur Pelayanan" over U1…U9', () => {
    const sheet = sheetFromValues('Dua baris', [
      ['No', 'Nilai Unsur Pelayanan'],
      [undefined, 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      [1, 4, 4, 3, 4, 4, 3, 4, 4, 3],
      [2, 3, 4, 3, 4, 4, 3, 4, 3, 3],
      ['NRR', 3.5, 4, 3, 4, 4, 3, 4, 3.5, 3],
    ]);
    const table = only(recogniseSurveyTables(sheet));
    expect(table.headerRange).toEqual({ top: 0, left: 0, bottom: 1, right: 9 });
    expect(table.answers.map((a) => a[0].value)).toEqual([4, 3]);
    expect(table.nrr?.[0]?.value.toString()).toBe('3.5');
    expect(table.range.bottom).toBe(4);
  });

  it('notes a row it cannot place and finds nothing on a sheet without unsur headers', () => {
    const sheet = sheetFromValues('X', [
      ['No', 'U1', 'U2', 'U3'],
      [1, 4, 3, 4],
      ['Catatan petugas', 'lihat lampiran'],
    ]);
    const result = recogniseSurveyTables(sheet);
    expect(only(result).answers).toHaveLength(1);
    // The row it cannot place (STR-01), and the table's three unsur where the regulation has nine (STR-02).
    expect(result.notes.map((n) => [n.rule, n.cell])).toEqual([
      ['STR-01', 'A3'],
      ['STR-02', 'A1'],
    ]);
    const none = sheetFromValues('Y', [
      ['No', 'Program', 'Pagu'],
      [1, 'A', 100],
    ]);
    expect(recogniseSurveyTables(none).tables).toEqual([]);
  });
});
