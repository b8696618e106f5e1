import { recogniseWorkbook } from '../../../src/core/recognise/recognise-workbook';
import { checkWorkbook, summarizeTemuan } from '../../../src/core/checks/check-workbook';
import type { WorkbookModel } from '../../../src/core/model/workbook-model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { templateWorkbook } from '../../fixtures/template-workbook';

/** The model of the template workbook, as Periksa recognises it. */
function templateModel(): WorkbookModel {
  return recogniseWorkbook(templateWorkbook());
}

describe('the canonical template filled consistently', () => {
  const model = templateModel();
  const findings = checkWorkbook(model, DEFAULT_SETTINGS);

  it('is read as its three tables, so the check below judges something', () => {
    expect(model.budgets.map((t) => [t.style, t.nodes.length])).toEqual([['template', 16]]);
    expect(model.indicators.map((t) => t.style)).toEqual(['template']);
    expect(model.surveys.map((t) => t.style)).toEqual(['template']);
  });

  it('gives zero galat and zero peringatan', () => {
    expect(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
    ).toEqual([]);
    expect(summarizeTemuan(findings)).toMatchObject({ galat: 0, peringatan: 0 });
  });

  it('still finds a mistake planted in it (a rekening one Rupiah off)', () => {
    const planted = templateModel();
    const rekening = planted.budgets[0].nodes[3];
    const pagu = rekening.pagu!;
    rekening.pagu = { ref: pagu.ref, value: pagu.value.plus(1), reading: pagu.reading };
    expect(
      checkWorkbook(planted, DEFAULT_SETTINGS)
        .filter((f) => f.severity === 'galat')
        .map((f) => f.rule),
    ).toEqual(['ANG-01']);
  });
});
