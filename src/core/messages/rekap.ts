/**
 * Texts of the rekap of many units' workbooks (issue 22): the rekap workbook's sheets, the command
 * line's report of `sakip periksa` over several files, and the task pane's file mode with several files.
 */
import type { Severity } from '../temuan';

/** Column headers of the rekap sheets. */
export const KOLOM_REKAP = {
  no: 'NO',
  unit: 'UNIT KERJA',
  perangkatDaerah: 'PERANGKAT DAERAH',
  tahun: 'TAHUN',
  tabel: 'TABEL DIKENALI',
  temuan: 'TEMUAN',
  tingkat: { galat: 'GALAT', peringatan: 'PERINGATAN', info: 'INFO' } as Record<Severity, string>,
  berkas: 'BERKAS',
  keterangan: 'KETERANGAN',
  jumlah: 'JUMLAH',
  anggaran: 'ANGGARAN',
  pagu: 'PAGU (Rp)',
  realisasi: 'REALISASI (Rp)',
  serapan: 'SERAPAN (%)',
  kinerja: 'KINERJA',
  capaian: 'CAPAIAN (%)',
  kategori: 'KATEGORI',
} as const;

/**
 * Texts in the rows of the rekap sheets; `tidakAdaTemuan` is also the command line's rekap line when no
 * unit has a finding.
 */
export const BARIS_REKAP = {
  jumlah: 'JUMLAH',
  rataRata: 'RATA-RATA CAPAIAN KINERJA',
  tidakTerbaca: (alasan: string) => `Tidak terbaca: ${alasan}`,
  namaDariBerkas: 'nama unit dari nama berkas (judul tabel tidak menyebutnya)',
  tanpaTabel: 'tidak ada tabel yang dikenali',
  tanpaAnggaran: 'tidak ada tabel anggaran',
  tanpaCapaian: 'capaian kinerja tidak dapat dihitung (tidak ada tujuan/sasaran dengan target dan realisasi)',
  tahunLain: (tahun: number) => `laporan tahun ${tahun}`,
  tanpaTahun: 'tahun laporan tidak tertulis',
  tidakAdaUnit: 'Tidak ada buku kerja yang dapat diperiksa.',
  tidakAdaTemuan: 'Tidak ada temuan di buku kerja mana pun.',
} as const;

/** Lines under the rekap sheets' titles and notes under their tables. */
export const CATATAN_REKAP = {
  subjudulUnit: (diperiksa: number, tidakTerbaca: number, dilewati: number) =>
    `${diperiksa} buku kerja diperiksa` +
    (tidakTerbaca > 0 ? `, ${tidakTerbaca} tidak terbaca` : '') +
    (dilewati > 0 ? `, ${dilewati} berkas dilewati` : ''),
  subjudulPemda: (tahun: number | undefined) => (tahun ? `Tahun ${tahun}` : undefined),
  urutan: 'Diurutkan menurut banyaknya galat, lalu peringatan.',
  tautan:
    'Kolom BERKAS bertaut ke buku kerja unit; tautannya relatif terhadap letak berkas rekap ini, jadi simpan rekap di tempat yang sama.',
  rincian:
    'Rincian temuan satu unit (lembar dan sel): sakip periksa BERKAS.xlsx, atau buka berkasnya di panel SAKIP.',
  dilewati: (berkas: string, alasan: string) => `Dilewati: ${berkas} — ${alasan}`,
  kolomAturan:
    'Satu kolom per aturan dan tingkatnya; angkanya banyaknya temuan. Kolom JUMLAH = semua temuan unit itu.',
  aturan: (rule: string, tingkat: Severity, judul: string) => `${rule} (${tingkat}): ${judul}.`,
  pagu: 'Pagu dan realisasi: jumlah rincian tabel anggaran terbesar di buku kerja unit, sama dengan baris JUMLAH Tabel 3.8 yang disusun dari buku kerja itu.',
  serapan: 'Serapan = realisasi / pagu; pagu 0 atau kosong ditampilkan "-".',
  capaian: (skala: string) =>
    `Capaian kinerja: rata-rata capaian tujuan dan sasaran tabel kinerja terbesar di buku kerja unit, seperti baris rata-rata Tabel 3.2; kategori menurut ${skala}.`,
  rataRata:
    'Rata-rata capaian kinerja perangkat daerah adalah rata-rata sederhana, tidak ditimbang dengan pagu.',
  ganda: (unit: string, berkas: string[]) =>
    `"${unit}" tercatat di ${berkas.length} berkas (${berkas.join(', ')}); semuanya ikut dijumlahkan.`,
  tahunLain: (tahun: number | undefined, units: string[]) =>
    `Unit yang melaporkan tahun lain${tahun ? ` dari ${tahun}` : ''} atau tidak menyebut tahun: ${units.join('; ')}.`,
  tidakMasuk: (n: number) =>
    `${n} berkas tidak terbaca dan tidak masuk rekap ini; alasannya di lembar Rekap Unit.`,
} as const;

/** Why a file found in a folder was left alone. */
export const ALASAN_DILEWATI = {
  bukanBukuKerja: 'bukan buku kerja .xlsx atau .xlsm',
  berkasKunci: 'berkas kunci sementara yang dibuat Excel selama buku kerjanya dibuka, bukan buku kerja',
  rekapSakip: 'buku kerja rekap SAKIP, bukan laporan unit',
  keluaranRekap: 'berkas rekap yang sedang ditulis',
  tautanFolder: 'tautan simbolik ke folder, tidak diikuti',
} as const;

/** Texts of `sakip periksa` over several files. */
export const REKAP_CLI = {
  judul: (berkas: number) => `Rekap pemeriksaan: ${berkas} berkas`,
  kolom: {
    no: 'No',
    unit: 'Unit kerja',
    tahun: 'Tahun',
    galat: 'Galat',
    peringatan: 'Peringatan',
    info: 'Info',
    pagu: 'Pagu (Rp)',
    serapan: 'Serapan',
    capaian: 'Capaian',
    berkas: 'Berkas',
  },
  tidakTerbaca: 'Tidak terbaca:',
  dilewati: 'Dilewati:',
  aturan: 'Temuan per aturan, semua unit:',
  /** `temuan` and `unit` are the counts as shown, padded to line up. */
  aturanBaris: (p: { rule: string; tingkat: string; temuan: string; unit: string; judul: string }) =>
    `${p.rule}  ${p.tingkat}  ${p.temuan} temuan di ${p.unit} unit — ${p.judul}`,
  ringkasan: (p: { galat: number; peringatan: number; info: number; unit: number; unitGalat: number }) =>
    `Ringkasan: ${p.galat} galat, ${p.peringatan} peringatan, ${p.info} info di ${p.unit} buku kerja; ` +
    `${p.unitGalat} buku kerja dengan galat.`,
  tidakTerbacaJumlah: (n: number) => `${n} berkas tidak terbaca.`,
  rincian: 'Rincian temuan satu unit: sakip periksa BERKAS.xlsx',
  rekapDitulis: (berkas: string) =>
    `Rekap ditulis ke ${berkas} (lembar Rekap Unit, Temuan per Aturan, Rekap Pemda).`,
  progres: (selesai: number, jumlah: number, pekerja: number) =>
    `Memeriksa ${selesai}/${jumlah} berkas (${pekerja} pekerja)…`,
  folderTidakTerbaca: (folder: string, sebab: string) => `Folder "${folder}" tidak dapat dibuka: ${sebab}.`,
  izinDitolak: 'izin akses ditolak',
  tidakAdaBerkas: 'Tidak ada berkas .xlsx atau .xlsm untuk diperiksa di berkas dan folder yang disebut.',
  pekerjaSalah: (nilai: string) => `Nilai --pekerja harus bilangan bulat 1 atau lebih, bukan "${nilai}".`,
  galatInternal: (pesan: string) =>
    `Terjadi kesalahan internal saat memeriksa berkas ini (${pesan}). Mohon laporkan kepada pengelola beserta berkasnya.`,
  /** The `sebab` of pekerjaBerhenti when the worker thread ended without an error of its own: its exit code. */
  kodeKeluar: (kode: number) => `kode ${kode}`,
  pekerjaBerhenti: (sebab: string) =>
    `Pemeriksaan berkas ini menghentikan pekerjanya (${sebab}); berkas mungkin terlalu besar untuk memori komputer ini. Periksa berkas ini sendiri: sakip periksa BERKAS.xlsx`,
  rekapBukanXlsx: (berkas: string) => `Berkas rekap "${berkas}" harus berakhiran .xlsx.`,
  rekapSudahAda: (berkas: string) =>
    `Berkas rekap "${berkas}" sudah ada dan tidak ditimpa. Tambahkan --timpa untuk menimpanya, atau pilih nama lain untuk --rekap.`,
  gagalTulisRekap: (berkas: string, alasan: string) =>
    `Berkas rekap ${berkas} tidak dapat ditulis: ${alasan}`,
} as const;

/** Texts of the task pane's file mode with several files. */
export const REKAP_PANE = {
  intro:
    'Pilih beberapa berkas sekaligus untuk rekap: setiap buku kerja diperiksa di peramban ini, lalu rekapnya (Rekap Unit, Temuan per Aturan, Rekap Pemda) dapat diunduh.',
  berjalan: (selesai: number, jumlah: number) => `Memeriksa ${selesai} dari ${jumlah} berkas…`,
  ringkasan: (diperiksa: number, tidakTerbaca: number) =>
    `${diperiksa} buku kerja diperiksa${tidakTerbaca > 0 ? `, ${tidakTerbaca} tidak terbaca` : ''}.`,
  unduh: 'Unduh rekap (.xlsx)',
  siap: 'Rekap siap diunduh.',
  tidakTerbaca: 'Tidak terbaca',
  dilewati: 'Dilewati',
  header: (n: number) => `Rekap ${n} berkas`,
  jumlahBerkas: (n: number) => `${n} berkas`,
  judulDaftar: 'Unit kerja, diurutkan menurut banyaknya galat',
  satuBerkas: 'Untuk memeriksa dan menyusun satu buku kerja, buka satu berkas saja.',
  namaBerkas: 'rekap-sakip.xlsx',
} as const;
