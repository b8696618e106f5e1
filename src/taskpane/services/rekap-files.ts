import { periksaWorkbook } from '../../core/engine';
import { PESAN_CLI } from '../../core/messages/cli';
import { ALASAN_DILEWATI, REKAP_CLI, REKAP_PANE } from '../../core/messages/rekap';
import { planRekap } from '../../core/plan/plan-rekap';
import { isRekapWorkbook, unitsByGalat, type Rekap } from '../../core/rekap/rekap';
import { summariseUnit } from '../../core/rekap/unit-summary';
import type { Settings } from '../../core/settings';
import { writePlansToNewWorkbook } from '../../xlsx/write-package';
import { XlsxReadError } from '../../xlsx/read-error';
import { readSnapshot } from '../../xlsx/read-snapshot';
import { WORKBOOK_TYPE } from './media-types';

/** What the pane shows of a rekap: the units (most galat first), the files not read or left alone. */
export interface RekapView extends Rekap {
  /** The rekap workbook (Rekap Unit, Temuan per Aturan, Rekap Pemda) as a download. */
  download: { url: string; fileName: string };
}

/**
 * The rekap of several .xlsx files opened in the page, as `sakip periksa --rekap` makes it: each file
 * read, recognised, checked and reduced to its unit's summary, one after another (only one workbook is
 * held at a time), a file that cannot be read listed with the reason while the others go on. The rekap
 * workbook links each unit by its file name, so it belongs in the folder the files are in.
 * `onProgress(done, total)` after each file. Rejects only where the host cannot write .xlsx.
 */
export async function rekapFiles(
  files: readonly File[],
  settings: Settings,
  onProgress: (done: number, total: number) => void,
): Promise<RekapView> {
  const rekap: Rekap = { units: [], unreadable: [], skipped: [] };
  for (const [i, file] of files.entries()) {
    const name = file.name;
    const ext = /\.[^.]*$/.exec(name)?.[0].toLowerCase() ?? '';
    const refused = PESAN_CLI.jenisBerkas[ext];
    if (name.startsWith('~$')) rekap.skipped.push({ file: name, reason: ALASAN_DILEWATI.berkasKunci });
    else if (refused !== undefined)
      rekap.unreadable.push({ file: name, error: PESAN_CLI.jenisBerkasDitolak(name, refused) });
    else {
      try {
        const snapshot = await readSnapshot(new Uint8Array(await file.arrayBuffer()), name);
        if (isRekapWorkbook(snapshot)) rekap.skipped.push({ file: name, reason: ALASAN_DILEWATI.rekapSakip });
        else rekap.units.push(summariseUnit(name, periksaWorkbook(snapshot, settings), settings));
      } catch (e) {
        const error =
          e instanceof XlsxReadError
            ? PESAN_CLI.berkasTidakTerbaca(name, e.message)
            : REKAP_CLI.galatInternal(e instanceof Error ? e.message : String(e));
        rekap.unreadable.push({ file: name, error });
      }
    }
    onProgress(i + 1, files.length);
    // Lets the page paint the progress between two workbooks.
    await new Promise((ok) => setTimeout(ok, 0));
  }
  const bytes = (await writePlansToNewWorkbook(planRekap(rekap, { settings }))).bytes;
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: WORKBOOK_TYPE });
  return {
    ...rekap,
    units: unitsByGalat(rekap.units),
    download: { url: URL.createObjectURL(blob), fileName: REKAP_PANE.namaBerkas },
  };
}
