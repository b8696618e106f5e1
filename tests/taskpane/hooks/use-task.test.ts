/** What the pane says when a task fails: the adapters' own Indonesian message, else "unexpected". */
import { errorMessage } from '../../../src/taskpane/hooks/use-task';
import { ExcelAdapterError } from '../../../src/excel/errors';
import { XlsxReadError } from '../../../src/xlsx/read-error';
import { XlsxWriteError } from '../../../src/xlsx/write-error';
import { BERKAS } from '../../../src/core/messages/berkas';
import { PANEL } from '../../../src/core/messages/pane';

describe('errorMessage', () => {
  it('shows a write refusal of file mode (a Strict Open XML workbook) as the writer says it', () => {
    const error = new XlsxWriteError('strict');
    expect(errorMessage(error)).toBe(BERKAS.tidakTertulis('strict'));
    expect(errorMessage(error)).not.toContain(PANEL.errUnknown);
  });

  it('shows the readers’ and the Office adapter’s errors as they are', () => {
    const read = new XlsxReadError('zip-rusak');
    expect(errorMessage(read)).toBe(BERKAS.tidakTerbaca('zip-rusak'));
    const excel = new ExcelAdapterError('protected', 'Lembar ini diproteksi.');
    expect(errorMessage(excel)).toBe(excel.message);
  });

  it('calls anything else unexpected, with its detail', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe(`${PANEL.errUnknown}: x is undefined`);
    expect(errorMessage('putus')).toBe(`${PANEL.errUnknown}: putus`);
  });
});
