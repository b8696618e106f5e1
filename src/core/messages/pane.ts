/**
 * Texts of the task pane and of the Office.js adapter, in Bahasa Indonesia.
 * Fixed texts are plain strings; texts with figures are small functions.
 */
import type { Severity } from '../temuan';
import type { TableId } from '../plan/sheet-plan';
import { JUDUL_TABEL } from './susun';

const TEKS = {
  appTitle: 'SAKIP untuk Excel',
  headerUnitUnknown: 'Unit belum dikenali',
  headerYearUnknown: 'tahun belum dikenali',

  tabStruktur: 'Struktur',
  tabPeriksa: 'Periksa',
  tabSusun: 'Susun',
  tabPengaturan: 'Pengaturan',
  tabsLabel: 'Bagian',

  strukturIntro: 'Tabel yang dikenali di buku kerja ini.',
  strukturRun: 'Periksa struktur',
  strukturEmpty: 'Belum ada tabel yang dikenali. Buat lembar isian baru bila buku kerja masih kosong.',
  strukturTemplate: 'Buat lembar isian (Anggaran, Kinerja, SKM)',
  strukturSelect: 'pilih',
  kindAnggaran: 'Anggaran',
  kindKinerja: 'Kinerja',
  kindEfisiensi: 'Efisiensi',
  kindSkm: 'SKM',
  strukturNotes: 'Catatan pengenalan tabel',
  strukturColumns: 'Kolom dan alasannya',
  strukturYear: (tahun: string) => `Tahun yang diperiksa: ${tahun}`,
  strukturUnplaced: (n: number) => `${n} baris tidak dapat ditempatkan`,

  periksaRun: 'Periksa konsistensi',
  periksaClean: 'Tidak ada temuan. Buku kerja konsisten.',
  periksaFilterLabel: 'Tampilkan',
  periksaFilterAll: 'Semua',
  periksaCopy: 'Salin ke Catatan Pemeriksaan',
  periksaNotRun: 'Klik "Periksa konsistensi" untuk memeriksa buku kerja.',

  susunIntro: 'Susun tabel Bab III sebagai lembar baru. Lembar buatan Anda tidak pernah ditimpa.',
  susunAll: 'Semua',
  laporan: 'Unduh Bab III (.docx)',
  laporanIntro:
    'Bab III sebagai dokumen Word: tabel 3.1–3.10 dengan angka yang sama dengan lembar yang disusun, kalimat Ringkasan, dua grafik, dan isian kuning untuk analisis Anda.',
  laporanRunning: 'Menyusun Bab III…',
  laporanReady: 'Bab III siap:',
  laporanSave: 'Simpan',
  laporanSkipped: 'Tidak dimuat',
  laporanTanpaKanvas: 'Grafik tidak dapat digambar: peramban ini tidak menyediakan kanvas gambar.',
  susunWritten: 'Ditulis',
  susunSkipped: 'Tidak disusun',
  susunRunning: 'Menyusun…',

  pengaturanEfisiensi: 'Metode efisiensi',
  efisiensiSelisih: 'Selisih: capaian kinerja − capaian anggaran',
  efisiensiIndeks: 'Indeks: capaian kinerja ÷ capaian anggaran',
  efisiensiSisa: 'Sisa anggaran: 1 − capaian anggaran (bila target tercapai)',
  pengaturanIkm: 'Penimbang IKM',
  ikmEksak: 'Eksak (1/jumlah unsur)',
  ikm0111: '0,111 (seperti tercetak di laporan)',
  pengaturanTahun: 'Tahun laporan',
  pengaturanTahunHint: 'Kosongkan untuk memakai tahun yang tertulis di buku kerja.',
  pengaturanSkalaKategori: 'Skala kategori capaian (opsional)',
  pengaturanSkalaKategoriHint:
    'Satu baris per kategori: batas bawah (%) lalu namanya, misalnya "91 Sangat Tinggi". Kosongkan untuk skala Permendagri 86/2017.',
  pengaturanSkalaPredikat: 'Skala predikat SAKIP (opsional)',
  pengaturanSkalaPredikatHint:
    'Satu baris per predikat: batas bawah (nilai) lalu predikatnya, misalnya "90 AA". Kosongkan untuk skala PermenPANRB 88/2021.',
  pengaturanSave: 'Simpan pengaturan',
  pengaturanSaved: 'Pengaturan disimpan di buku kerja.',
  pengaturanFileNote: 'Dalam mode berkas pengaturan hanya berlaku selama halaman terbuka.',
  pengaturanTahunInvalid: 'Tahun harus berupa angka empat digit, misalnya 2023.',

  fileIntro:
    'Pane ini dibuka di luar Excel. Buka berkas .xlsx (atau .xlsm) untuk diperiksa dan disusun; berkas tidak dikirim ke mana pun.',
  fileOpen: 'Buka berkas .xlsx/.xlsm',
  fileDownload: 'Unduh hasil',
  fileNone: 'Belum ada berkas dibuka.',

  periksaExpected: 'seharusnya',
  periksaActual: 'tertulis',
  periksaSelectHint: 'Klik alamat sel untuk memilihnya di Excel.',
  susunOther: 'Tabel lain',
  susunNotes: 'Catatan penyusunan',
  susunOpen: 'buka',
  fileOpened: 'Berkas dibuka',
  fileResultReady: 'Hasil siap diunduh.',
  templateWritten: 'Lembar isian dibuat',
  templateSkipped: 'Sudah ada, dibiarkan',
  modeFile: 'Mode berkas',
  errorTitle: 'Gagal',
  dismiss: 'Tutup',

  errCellEdit:
    'Excel sedang dalam mode sunting sel. Tekan Enter atau Esc di sel yang sedang disunting, lalu coba lagi.',
  errProtected:
    'Buku kerja atau lembar dilindungi. Buka proteksinya (Tinjau › Buka Proteksi) lalu coba lagi.',
  errBusy: 'Excel sedang sibuk. Tunggu sebentar lalu coba lagi.',
  errTooLarge: 'Permintaan ke Excel terlalu besar. Coba susun tabel satu per satu.',
  errTooLargeRead:
    'Buku kerja terlalu besar untuk dibaca Excel, juga bila dibaca sepotong-sepotong. Hapus isi sel yang tidak dipakai jauh di luar tabel (Ctrl+End menunjukkan sel terakhir yang dipakai), lalu coba lagi.',
  errRangeTooLarge:
    'Excel menolak rentang yang terlalu besar (lebih dari 5 juta sel sekaligus). Hapus isi sel yang tidak dipakai jauh di luar tabel (Ctrl+End menunjukkan sel terakhir yang dipakai), lalu coba lagi.',
  errItemExists:
    'Excel menolak membuat lembar, tabel atau nama karena namanya sudah dipakai di buku kerja. Ganti nama yang lama (Rumus › Pengelola Nama, atau klik kanan tab lembar), lalu coba lagi.',
  errInvalidArgument:
    'Excel menolak isi yang dikirim add-in (argumen tidak sah). Ini kesalahan add-in, bukan kesalahan Anda; sampaikan pesan ini kepada pengelola add-in',
  errFormulaTooLong:
    'Excel menolak rumus yang terlalu panjang. Perpendek teks yang ikut masuk ke rumus (misalnya nama unit kerja di judul tabel), lalu susun ulang.',
  errNotFound: 'Lembar atau sel yang dituju tidak ditemukan; mungkin sudah dihapus atau diganti namanya.',
  errOffice: 'Excel menolak permintaan',
  errUnknown: 'Terjadi kesalahan yang tidak terduga',
} as const;

/** A planned formula longer than Excel takes (8 192 characters), named by its sheet and cell. */
function formulaTooLong(sheet: string, cell: string): string {
  return `Rumus untuk sel ${cell} di lembar "${sheet}" lebih panjang dari 8.192 karakter, batas Excel. Perpendek teks yang ikut masuk ke rumus (misalnya nama unit kerja di judul tabel), lalu susun ulang.`;
}

/** A sheet whose data, with the empty cells between it, is too much to read (over 10 million cells). */
function sheetTooWide(sheet: string): string {
  return `Lembar "${sheet}" terlalu luas untuk dibaca: datanya, dengan sel kosong di antaranya, melebihi 10 juta sel. Hapus isi sel yang tidak dipakai jauh di luar tabel (Ctrl+End menunjukkan sel terakhir yang dipakai), lalu coba lagi.`;
}

/** Name of a severity as shown in the pane: `galat` → `Galat`. */
function severityLabel(severity: Severity): string {
  return { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' }[severity];
}

/** Header line for the unit and year: `Kecamatan Kalianget · 2023`. */
function headerLine(unit: string | undefined, year: number | undefined): string {
  return `${unit ?? TEKS.headerUnitUnknown} · ${year ?? TEKS.headerYearUnknown}`;
}

/** `3 galat · 5 peringatan · 1 info`. */
function summaryLine(summary: Record<Severity, number>): string {
  return `${summary.galat} galat · ${summary.peringatan} peringatan · ${summary.info} info`;
}

/** Title of a generated table, its sheet's name: `3.8` → `Tabel 3.8`, `catatan` → `Catatan Pemeriksaan`. */
function tableTitle(table: string): string {
  return JUDUL_TABEL[table as TableId]?.nama ?? `Tabel ${table}`;
}

/** Label of the button that generates one table: `Susun Tabel 3.8`. */
function susunLabel(table: string): string {
  return `Susun ${tableTitle(table)}`;
}

/** Summary line of one written sheet: `Tabel 3.8 → lembar "Tabel 3.8" (120 baris)`. */
function writtenLine(title: string, sheet: string, rows: number): string {
  return `${title} → lembar "${sheet}" (${rows} baris)`;
}

/** Why a sheet got another name than planned. */
function renamedNote(wanted: string, used: string): string {
  return `Lembar "${wanted}" milik Anda dibiarkan; hasil ditulis ke "${used}".`;
}

/** What the add-in was doing when Excel lacked a requirement set. */
export type ExcelFeature = 'baca' | 'tulis' | 'lain';

const FITUR: Record<ExcelFeature, string> = {
  baca: 'pembacaan buku kerja',
  tulis: 'penulisan lembar',
  lain: 'fungsi yang dibutuhkan',
};

/** An Excel requirement set the add-in needs is missing. */
function apiMissing(version: string, feature: ExcelFeature): string {
  return `Versi Excel ini belum mendukung ${FITUR[feature]} (ExcelApi ${version}). Perbarui Office atau gunakan Excel untuk web.`;
}

/** A staging sheet could not be removed after a failure. */
function staleSheets(names: string[]): string {
  return `Lembar sementara ${names.map((n) => `"${n}"`).join(', ')} mungkin tertinggal dan boleh dihapus.`;
}

/** Counts of recognised rows: `48 baris`, with the range. */
function tableLine(sheet: string, range: string, rows: number): string {
  return `${sheet}!${range} · ${rows} baris`;
}

/** What the summary of a written Bab III says. Example: `laporanSummary(10, 2, 41)`. */
function laporanSummary(tables: number, charts: number, placeholders: number): string {
  return `${tables} tabel, ${charts} grafik, ${placeholders} isian kuning untuk ditulis.`;
}

/** `Buku Kerja.xlsx` → `Buku Kerja-BAB-III.docx` (the document offered for download). */
function laporanFileName(source: string): string {
  const base = source.replace(/\.xl[st][xm]$/i, '') || 'LKjIP';
  return `${base}-BAB-III.docx`;
}

/** Name of the downloaded file: `data.xlsx` → `data-sakip.xlsx`; a macro-enabled one `data-sakip.xlsm`. */
function resultFileName(source: string, macroEnabled: boolean): string {
  const base = source.replace(/\.xl[st][xm]$/i, '');
  return `${base}-sakip.${macroEnabled ? 'xlsm' : 'xlsx'}`;
}

/** Accessible name of a finding's link: `Pilih sel D12 di lembar Bab III`. */
function selectCellLabel(sheet: string, cell: string): string {
  return `Pilih sel ${cell} di lembar ${sheet}`;
}

/** A group heading: `Galat (3)`. */
function countLabel(label: string, count: number): string {
  return `${label} (${count})`;
}

/** A line of a custom scale that cannot be read. */
function scaleLineInvalid(line: number): string {
  return `Baris ${line} tidak terbaca: tulis batas bawah lalu namanya, misalnya "76 Tinggi".`;
}

/** The pane's and the Office adapter's texts: fixed texts as strings, texts with figures as functions. */
export const PANEL = {
  ...TEKS,
  formulaTooLong,
  sheetTooWide,
  severityLabel,
  headerLine,
  summaryLine,
  tableTitle,
  susunLabel,
  writtenLine,
  renamedNote,
  apiMissing,
  staleSheets,
  tableLine,
  laporanSummary,
  laporanFileName,
  resultFileName,
  selectCellLabel,
  countLabel,
  scaleLineInvalid,
} as const;
