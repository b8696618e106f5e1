import { budgetTablesOf } from './recognise-sheet';
import { sheetFromValues } from '../../fixtures/text-sheet';

describe('settleColumnReadings: columns that write sen', () => {
  // Every line counts: these tables are decided on their last lines, one each way.
  it('marks a column whose later lines, the most, write sen', () => {
    const { tables } = budgetTablesOf(
      sheetFromValues('Uji', [
        ['No', 'Kegiatan', 'Pagu', 'Realisasi'],
        ['1', 'Kegiatan A', '1.000.000', '900.000'],
        ['2', 'Kegiatan B', '2.000.000', '1.900.000'],
        ['3', 'Kegiatan C', '3.000.000,00', '2.900.000'],
        ['4', 'Kegiatan D', '4.000.000,00', '3.900.000'],
        ['5', 'Kegiatan E', '5.000.000,00', '4.900.000'],
      ]),
    );
    const t = tables[0];
    expect(t.nodes.map((_, i) => t.figures.isSen('pagu', i))).toEqual([true, true, true, true, true]);
    expect(t.nodes.map((_, i) => t.figures.isSen('realisasi', i))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('leaves a column where sen is written on half the lines only', () => {
    const { tables } = budgetTablesOf(
      sheetFromValues('Uji', [
        ['No', 'Kegiatan', 'Pagu'],
        ['1', 'Kegiatan A', '1.000.000'],
        ['2', 'Kegiatan B', '2.000.000'],
        ['3', 'Kegiatan C', '3.000.000,00'],
        ['4', 'Kegiatan D', '4.000.000,00'],
      ]),
    );
    expect(tables[0].nodes.map((_, i) => tables[0].figures.isSen('pagu', i))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
