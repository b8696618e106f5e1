import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { formatCapaian, temuanAt, type RuleDescriptor } from './rule';
import { numberColumns, someShape, type NumberSite } from './number-sites';
import { dominantGroupSeparator, loneSeparator } from './number-style';
import { formatAngka, formatRupiah } from '../numbers/format-number';
import { cellAddress } from '../snapshot';
import type { NumberKind } from '../numbers/types';

/**
 * NUM-02 is a peringatan for an amount read ×1000 because an Indonesian-locale Excel had coerced it
 * (recognise/column-readings.ts), for a lone separator followed by three digits (`36,800`) that goes against
 * its column's grouping or was read as a decimal mark, and an info for one in a column with no grouping
 * to compare with (`4.800 Paket` among `485 Paket`) and for a percentage read from a bare number
 * (`75,25` in a % column without % sign or format).
 */
export const NUM_02: RuleDescriptor = { id: 'NUM-02', severity: 'peringatan', title: JUDUL_ATURAN['NUM-02'] };
const NUM_02_INFO: RuleDescriptor = { ...NUM_02, severity: 'info' };

/**
 * NUM-02: readings the number reader had to guess (DESIGN.md §3.8), one finding per cell — except
 * percentages written without a % sign, said once per column with its range.
 * A lone separator read as a thousands group that agrees with the grouping most of its column uses
 * (`36.800` among `2.399.800`, `579.000`) is not reported — nothing about it is surprising; one that
 * disagrees (`36,800` in a column grouped with dots), or one read as a decimal mark, is.
 * The reading is in the message (`dibaca 36.800`); expected and actual are left out, since what was
 * written is the text itself. Example: `36,800` in the pagu column of a pasted Tabel 3.8 → peringatan.
 */
export function checkGuessedReadings(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const column of numberColumns(model)) {
    if (!someShape(column, (shape) => shape.guesses.length > 0)) continue;
    const dominant = dominantGroupSeparator(column);
    // Percentages without a % sign are how a column is written, not a doubt about one cell: said once.
    const bare: NumberSite[] = [];
    const guessed: number[] = [];
    for (let k = 0; k < column.size; k++) {
      const guesses = column.reading(k).guesses;
      if (guesses.length === 0) continue;
      guessed.push(k);
      if (guesses.includes('persen-tanpa-tanda') && !guesses.includes('koreksi-lokal'))
        bare.push(column.site(k));
    }
    if (bare.length > 0) {
      const first = bare[0].ref;
      const last = bare[bare.length - 1].ref;
      const rentang =
        bare.length === 1
          ? cellAddress(first.row, first.col)
          : `${cellAddress(first.row, first.col)}:${cellAddress(last.row, last.col)}`;
      const message = PESAN_TEMUAN.persenTanpaTanda({
        jumlah: bare.length,
        rentang,
        dibaca: shown(bare[0], column.kind),
      });
      out.push(temuanAt(NUM_02_INFO, first, message));
    }
    for (const k of guessed) {
      const t = guessFinding(column.site(k), column.kind, dominant);
      if (t !== undefined) out.push(t);
    }
  }
  return out;
}

function shown(site: NumberSite, kind: NumberKind): string {
  const v = site.reading.value;
  if (kind === 'persen') return formatCapaian(v, site.reading.decimals);
  return kind === 'rupiah' ? formatRupiah(v) : formatAngka(v);
}

function guessFinding(
  site: NumberSite,
  kind: NumberKind,
  dominant: '.' | ',' | undefined,
): Temuan | undefined {
  const { reading } = site;
  if (reading.guesses.includes('koreksi-lokal')) {
    const dibaca = shown(site, kind);
    return temuanAt(
      NUM_02,
      site.ref,
      PESAN_TEMUAN.koreksiLokal({ dibaca, tertulis: formatAngka(site.reading.value.div(1000)) }),
    );
  }
  if (reading.guesses.includes('pemisah-tunggal')) {
    const sebagai = reading.groupSeparator !== undefined ? 'ribuan' : 'desimal';
    if (sebagai === 'ribuan' && dominant === reading.groupSeparator) return undefined;
    const dibaca = shown(site, kind);
    const message = PESAN_TEMUAN.pemisahTunggal({
      dibaca,
      pemisah: loneSeparator(reading),
      sebagai,
      gayaKolom: dominant,
    });
    const rule = sebagai === 'ribuan' && dominant === undefined ? NUM_02_INFO : NUM_02;
    return temuanAt(rule, site.ref, message);
  }
  if (reading.guesses.includes('persen-pecahan')) {
    const dibaca = shown(site, kind);
    return temuanAt(NUM_02_INFO, site.ref, PESAN_TEMUAN.persenPecahan({ dibaca }));
  }
  return undefined;
}
