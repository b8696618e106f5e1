import { dirname, extname, relative, resolve } from 'node:path';
import { REKAP_CLI } from '../core/messages/rekap';
import { planRekap } from '../core/plan/plan-rekap';
import type { Rekap } from '../core/rekap/rekap';
import type { Settings } from '../core/settings';
import { writePlansToNewWorkbook } from '../xlsx/write-package';
import { outputExists } from './command';
import type { CliIO } from './io';

/**
 * Why `--rekap OUT` cannot be written, checked before any file is read: OUT must be an .xlsx and not
 * exist already unless `--timpa`. Undefined when it can. Example: `await refusedRekapOutput('r.xls', false, io)`
 * → `'Berkas rekap "r.xls" harus berakhiran .xlsx.'`.
 */
export async function refusedRekapOutput(
  output: string,
  overwrite: boolean,
  io: CliIO,
): Promise<string | undefined> {
  if (extname(output).toLowerCase() !== '.xlsx') return REKAP_CLI.rekapBukanXlsx(output);
  if (!overwrite && (await outputExists(output, io))) return REKAP_CLI.rekapSudahAda(output);
  return undefined;
}

/**
 * Writes the rekap workbook (Rekap Unit, Temuan per Aturan, Rekap Pemda) to `output`, each unit's file
 * linked by its path relative to the rekap's folder. Resolves to the Indonesian reason when it cannot
 * be written, else undefined.
 */
export async function writeRekap(
  output: string,
  rekap: Rekap,
  settings: Settings,
  io: CliIO,
): Promise<string | undefined> {
  const folder = dirname(resolve(output));
  const plans = planRekap(rekap, { settings, linkOf: (file) => relative(folder, resolve(file)) });
  try {
    await io.writeFile(output, (await writePlansToNewWorkbook(plans)).bytes);
    return undefined;
  } catch (e) {
    return REKAP_CLI.gagalTulisRekap(output, e instanceof Error ? e.message : String(e));
  }
}
