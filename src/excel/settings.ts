import {
  DEFAULT_SETTINGS,
  type MetodeEfisiensi,
  type PenimbangIkm,
  type ScaleBand,
  type Settings,
} from '../core/settings';
import { toExcelError } from './errors';

/** Key of the settings in the workbook's document settings (they travel with the file). */
export const SETTINGS_KEY = 'sakip.settings';

const METODE: readonly MetodeEfisiensi[] = ['selisih', 'indeks', 'sisa'];
const PENIMBANG: readonly PenimbangIkm[] = ['eksak', '0,111'];

/** The settings stored in this workbook; the default for every field missing or unreadable. */
export function loadSettings(settings: Office.Settings = Office.context.document.settings): Settings {
  return parseStoredSettings(settings.get(SETTINGS_KEY));
}

/** Stores the settings in the workbook's document settings and saves them; rejects with the Office error. */
export function saveSettings(
  value: Settings,
  settings: Office.Settings = Office.context.document.settings,
): Promise<void> {
  settings.set(SETTINGS_KEY, { ...value });
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === 'succeeded') resolve();
      else reject(toExcelError(result.error));
    });
  });
}

/**
 * Settings from whatever was stored (another version of the add-in, or a hand-edited file may have
 * written anything): each known field is kept when valid, the default used otherwise.
 * Example: `parseStoredSettings({efisiensi: 'indeks', tahun: '2023'})` → `{efisiensi: 'indeks', penimbangIkm: 'eksak'}`.
 */
export function parseStoredSettings(stored: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return out;
  const s = stored as Record<string, unknown>;
  if (METODE.includes(s.efisiensi as MetodeEfisiensi)) out.efisiensi = s.efisiensi as MetodeEfisiensi;
  if (PENIMBANG.includes(s.penimbangIkm as PenimbangIkm)) out.penimbangIkm = s.penimbangIkm as PenimbangIkm;
  if (typeof s.tahun === 'number' && Number.isInteger(s.tahun) && s.tahun >= 1900 && s.tahun <= 2999)
    out.tahun = s.tahun;
  const kategori = parseScale(s.skalaKategori);
  if (kategori) out.skalaKategori = kategori;
  const predikat = parseScale(s.skalaPredikat);
  if (predikat) out.skalaPredikat = predikat;
  return out;
}

function parseScale(value: unknown): ScaleBand[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const bands = value.filter(
    (b): b is ScaleBand =>
      typeof b?.lower === 'number' && Number.isFinite(b.lower) && typeof b?.label === 'string',
  );
  return bands.length === value.length ? bands.map((b) => ({ lower: b.lower, label: b.label })) : undefined;
}
