import { CellLooks, STYLE_LOOK } from '../../src/core/plan/look';
import type { PlanStyle } from '../../src/core/plan/sheet-plan';
import { applyLook, lookSets } from '../../src/excel/apply-look';
import { addSheet, fakeContext, getCell, newState } from './fake-excel';

const looks = new CellLooks();

describe('applyLook', () => {
  it.each(Object.keys(STYLE_LOOK))('sets as many properties for %s as lookSets counts', async (style) => {
    const state = newState();
    addSheet(state, 'Lembar');
    const context = fakeContext(state);
    const look = looks.of({ value: 'teks', style: style as PlanStyle }, 1)!;
    applyLook(context.workbook.worksheets.getItem('Lembar').getRange('A1:C3').format, look, true);
    await context.sync();
    expect(state.syncs[0].actions).toBe(lookSets(look, true));
    expect(lookSets(look, true)).toBeGreaterThan(0);
  });

  it('boxes every cell of a range on all four sides, in the look’s grey', async () => {
    const state = newState();
    const sheet = addSheet(state, 'Lembar');
    const context = fakeContext(state);
    const look = looks.of({ value: 'x', style: 'teks' }, 1)!;
    applyLook(context.workbook.worksheets.getItem('Lembar').getRange('A1:B2').format, look, true);
    await context.sync();
    for (const [r, c] of [[0, 0], [0, 1], [1, 0], [1, 1]])
      for (const side of ['top', 'bottom', 'left', 'right'])
        expect(getCell(sheet, r, c)?.format).toMatchObject({
          [`border.${side}.style`]: 'Continuous',
          [`border.${side}.color`]: '#808080',
        });
  });

  it('indents only where ExcelApi 1.9 is there to take it', async () => {
    const state = newState();
    const sheet = addSheet(state, 'Lembar');
    const context = fakeContext(state);
    const look = looks.of({ value: 'Belanja', style: 'rekening' }, 1)!;
    applyLook(context.workbook.worksheets.getItem('Lembar').getRange('A1').format, look, false);
    applyLook(context.workbook.worksheets.getItem('Lembar').getRange('A2').format, look, true);
    await context.sync();
    expect(getCell(sheet, 0, 0)?.format?.indentLevel).toBeUndefined();
    expect(getCell(sheet, 1, 0)?.format?.indentLevel).toBe(3);
  });

  it('is refused by Excel (as the fake) for an indent past 250, at the sync', async () => {
    const state = newState();
    addSheet(state, 'Lembar');
    const context = fakeContext(state);
    applyLook(context.workbook.worksheets.getItem('Lembar').getRange('A1').format, { wrap: false, indent: 251 }, true);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
