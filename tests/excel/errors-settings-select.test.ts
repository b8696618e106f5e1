import { ExcelAdapterError, toExcelError } from '../../src/excel/errors';
import { selectRange } from '../../src/excel/select';
import { loadSettings, parseStoredSettings, saveSettings, SETTINGS_KEY } from '../../src/excel/settings';
import { addSheet, fakeContext, newState, setCells } from './fake-excel';

describe('toExcelError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit'],
    ['AccessDenied', 'protected'],
    ['ApiNotFound', 'api-missing'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['ItemNotFound', 'not-found'],
    ['Conflict', 'busy'],
    ['GeneralException', 'office'],
  ])('maps Office code %s to %s', (code, kind) => {
    const error = toExcelError(Object.assign(new Error('x'), { code }));
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['ItemAlreadyExists', 'exists', /sudah dipakai/],
    ['InvalidArgument', 'invalid', /argumen tidak sah.*: The argument is invalid/],
    ['RangeExceedsLimit', 'too-large', /5 juta sel/],
    ['FormulaLengthExceedsLimit', 'invalid', /rumus yang terlalu panjang/],
  ])('gives %s its own Indonesian message', (code, kind, said) => {
    const error = toExcelError(
      Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code }),
    );
    expect(error).toMatchObject({ kind, code });
    expect(error.message).toMatch(said);
    expect(error.message).not.toMatch(/^Excel menolak permintaan:/);
  });

  it('advises on the payload limit by what was refused: a read is no "susun satu per satu" matter', () => {
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']) {
      const e = Object.assign(new Error('x'), { code });
      expect(toExcelError(e, 'write').message).toMatch(/satu per satu/);
      expect(toExcelError(e, 'read').message).not.toMatch(/susun/);
      expect(toExcelError(e, 'read').message).toMatch(/dibaca/);
    }
  });

  it('recognises a protected sheet from the message when Office gives no specific code', () => {
    expect(
      toExcelError(
        Object.assign(new Error('The cell or chart you are trying to change is protected'), {
          code: 'InvalidOperation',
        }),
      ).kind,
    ).toBe('protected');
  });

  it('keeps an adapter error as it is', () => {
    const e = new ExcelAdapterError('busy', 'sibuk');
    expect(toExcelError(e)).toBe(e);
  });
});

/** An in-memory Office.Settings that saves successfully or with the given error. */
function memorySettings(failure?: { code: number; message: string }) {
  const values = new Map<string, unknown>();
  let saves = 0;
  const settings = {
    get: (k: string) => (values.has(k) ? values.get(k) : null),
    set: (k: string, v: unknown) => void values.set(k, v),
    remove: (k: string) => void values.delete(k),
    saveAsync: (cb: (r: { status: string; error?: unknown }) => void) => {
      saves++;
      cb(failure ? { status: 'failed', error: { name: 'Save Error', ...failure } } : { status: 'succeeded' });
    },
  };
  return { settings: settings as unknown as Office.Settings, values, saves: () => saves };
}

describe('document settings', () => {
  it('returns the defaults for a workbook without settings', () => {
    expect(loadSettings(memorySettings().settings)).toEqual({ efisiensi: 'selisih', penimbangIkm: 'eksak' });
  });

  it('saves and loads the settings under one key', async () => {
    const m = memorySettings();
    await saveSettings({ efisiensi: 'sisa', penimbangIkm: '0,111', tahun: 2023 }, m.settings);
    expect(m.saves()).toBe(1);
    expect(m.values.get(SETTINGS_KEY)).toEqual({ efisiensi: 'sisa', penimbangIkm: '0,111', tahun: 2023 });
    expect(loadSettings(m.settings)).toEqual({ efisiensi: 'sisa', penimbangIkm: '0,111', tahun: 2023 });
  });

  it('rejects with the mapped error when saving fails', async () => {
    const m = memorySettings({ code: 5009, message: 'ditolak' });
    const save = saveSettings({ efisiensi: 'selisih', penimbangIkm: 'eksak' }, m.settings);
    await expect(save).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(save).rejects.toMatchObject({ kind: 'office', code: '5009' });
  });

  it('keeps each valid stored field and defaults the rest', () => {
    expect(parseStoredSettings({ efisiensi: 'indeks', penimbangIkm: 'lain', tahun: '2023' })).toEqual({
      efisiensi: 'indeks',
      penimbangIkm: 'eksak',
    });
    expect(parseStoredSettings('rusak')).toEqual({ efisiensi: 'selisih', penimbangIkm: 'eksak' });
    expect(
      parseStoredSettings({
        skalaKategori: [
          { lower: 0.91, label: 'Sangat Tinggi' },
          { lower: 'x', label: 'y' },
        ],
      }),
    ).toEqual({
      efisiensi: 'selisih',
      penimbangIkm: 'eksak',
    });
    expect(parseStoredSettings({ skalaPredikat: [{ lower: 90, label: 'AA' }] }).skalaPredikat).toEqual([
      { lower: 90, label: 'AA' },
    ]);
  });
});

describe('selectRange', () => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    const state = newState();
    addSheet(state, 'Ringkasan');
    setCells(addSheet(state, 'Bab III'), 9, 4, [[1961049864]]);
    await selectRange(fakeContext(state), 'Bab III', 'E10');
    expect(state.selections).toEqual([{ sheet: 'Bab III', address: 'E10' }]);
    expect(state.active?.name).toBe('Bab III');
    expect(state.syncs).toHaveLength(1);
  });

  it('reports a sheet that no longer exists', async () => {
    await expect(selectRange(fakeContext(newState()), 'Hilang', 'A1')).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
