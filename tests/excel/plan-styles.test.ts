import { applyExcelStyle, EXCEL_STYLES, excelStyleSets } from '../../src/excel/plan-styles';
import { addSheet, fakeContext, newState } from './fake-excel';

describe('excelStyleSets', () => {
  it.each(Object.keys(EXCEL_STYLES))('counts the properties applyExcelStyle sets for %s', async (name) => {
    const state = newState();
    addSheet(state, 'Lembar');
    const context = fakeContext(state);
    const look = EXCEL_STYLES[name as keyof typeof EXCEL_STYLES];
    applyExcelStyle(context.workbook.worksheets.getItem('Lembar').getRange('A1:C3').format, look);
    await context.sync();
    expect(state.syncs[0].actions).toBe(excelStyleSets(look));
    expect(excelStyleSets(look)).toBeGreaterThan(0);
  });
});
