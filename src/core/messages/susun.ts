/**
 * Texts of the generated sheets ("Susun") and of the susun summary, in Bahasa Indonesia.
 * Table titles and headers follow the seed LKjIP's wording.
 */
import type { MetodeEfisiensi } from '../settings';
import type { TableId } from '../plan/sheet-plan';

export const JUDUL_TABEL: Record<TableId, { nama: string; judul: string }> = {
  '3.2': { nama: 'Tabel 3.2', judul: 'Capaian Indikator Kinerja Utama' },
  '3.3': { nama: 'Tabel 3.3', judul: 'Perbandingan Capaian Kinerja dengan Tahun Sebelumnya' },
  '3.4': { nama: 'Tabel 3.4', judul: 'Tingkat Kemajuan Capaian Sasaran Strategis' },
  '3.5': { nama: 'Tabel 3.5', judul: 'Perbandingan Capaian dengan Standar Nasional' },
  '3.6': { nama: 'Tabel 3.6', judul: 'Analisis Keberhasilan, Kegagalan dan Solusi' },
  '3.7': { nama: 'Tabel 3.7', judul: 'Analisis Keberhasilan dan Kegagalan Program dan Kegiatan' },
  '3.8': { nama: 'Tabel 3.8', judul: 'Capaian Anggaran Program dan Kegiatan' },
  '3.9': { nama: 'Tabel 3.9', judul: 'Perbandingan Pencapaian Kinerja dan Anggaran' },
  '3.10': { nama: 'Tabel 3.10', judul: 'Perbandingan Pencapaian Kinerja dan Anggaran Program dan Kegiatan' },
  catatan: { nama: 'Catatan Pemeriksaan', judul: 'Catatan Pemeriksaan Konsistensi' },
  ringkasan: { nama: 'Ringkasan', judul: 'Ringkasan' },
  'rekap.unit': { nama: 'Rekap Unit', judul: 'Hasil Pemeriksaan Buku Kerja Unit Kerja' },
  'rekap.aturan': { nama: 'Temuan per Aturan', judul: 'Temuan Pemeriksaan per Aturan dan Unit Kerja' },
  'rekap.pemda': { nama: 'Rekap Pemda', judul: 'Capaian Kinerja dan Anggaran Perangkat Daerah' },
};

export const KOLOM = {
  no: 'NO',
  kode: 'KODE',
  uraian38: 'PROGRAM / KEGIATAN / SUB KEGIATAN / REKENING',
  uraian310: 'PROGRAM / KEGIATAN',
  pagu: 'PAGU ANGGARAN (Rp)',
  realisasiRp: 'REALISASI (Rp)',
  capaianPersen: 'CAPAIAN (%)',
  sasaranProgram: 'SASARAN STRATEGIS / PROGRAM',
  tujuanSasaran: 'TUJUAN / SASARAN',
  indikator: 'INDIKATOR KINERJA',
  kinerja: 'KINERJA',
  anggaran: 'ANGGARAN',
  target: 'TARGET',
  realisasi: 'REALISASI',
  capaian: 'CAPAIAN',
  efisiensi: 'TINGKAT EFISIENSI',
  kategori: 'KATEGORI',
  realisasiTahun: (tahun?: number) => (tahun ? `REALISASI KINERJA TAHUN ${tahun}` : 'REALISASI KINERJA'),
  targetAkhir: 'TARGET AKHIR RENSTRA',
  kemajuan: 'TINGKAT KEMAJUAN',
  standar: 'STANDAR NASIONAL',
  tahun: (tahun: number | undefined, lalu: boolean) =>
    tahun ? String(lalu ? tahun - 1 : tahun) : lalu ? 'TAHUN LALU' : 'TAHUN INI',
  aturan: 'ATURAN',
  tingkat: 'TINGKAT',
  lembar: 'LEMBAR',
  sel: 'SEL',
  uraianTemuan: 'URAIAN TEMUAN',
  seharusnya: 'SEHARUSNYA',
  tertulis: 'TERTULIS',
} as const;

export const BARIS = {
  jumlah: 'JUMLAH',
  rataRata: 'Rata-Rata Capaian Kinerja',
  belumAdaPenilaian: 'Belum ada penilaian',
  targetTidakTercapai: 'Target tidak tercapai',
  tidakAdaTemuan: 'Tidak ada temuan: tabel yang dikenali konsisten.',
  /** "Kecamatan Kalianget Tahun 2023" under the title, when the unit or year is known. */
  unit: (unit: string | undefined, tahun: number | undefined): string | undefined => {
    if (!unit && !tahun) return undefined;
    if (!unit) return `Tahun ${tahun}`;
    return tahun ? `${unit} Tahun ${tahun}` : unit;
  },
} as const;

export const CATATAN = {
  sumber: (sheet: string, range: string) => `Sumber: lembar '${sheet}' (${range}).`,
  induk: 'Pagu dan realisasi setiap induk adalah jumlah rinciannya (rumus SUM); rincian disalin dari sumber.',
  kegiatan310:
    'Pagu dan realisasi kegiatan adalah jumlah rincian di bawahnya pada tabel sumber, sama dengan Tabel 3.8.',
  capaianAnggaran: 'Capaian = realisasi / pagu; pagu 0 ditampilkan "-".',
  metode: (m: MetodeEfisiensi) =>
    ({
      selisih: 'Tingkat efisiensi dihitung dengan metode selisih: capaian kinerja − capaian anggaran.',
      indeks:
        'Tingkat efisiensi dihitung dengan metode indeks: capaian kinerja / capaian anggaran (> 1 berarti efisien).',
      sisa: 'Tingkat efisiensi dihitung dengan metode sisa anggaran: 1 − capaian anggaran, hanya bila target kinerja tercapai.',
    })[m] + ' PermenPANRB 53/2014 tidak menetapkan rumusnya.',
  programTanpaSasaran: (names: string[]) =>
    `Program dalam anggaran yang tidak terhubung ke sasaran mana pun: ${names.join('; ')}.`,
  programTanpaAnggaran: (names: string[]) =>
    `Program pada tabel kinerja yang tidak ditemukan dalam anggaran: ${names.join('; ')}.`,
  programGanda: (name: string) =>
    `Program "${name}" tercantum pada lebih dari satu sasaran; anggarannya hanya dihitung pada yang pertama.`,
  anggaranProgram39:
    'Pagu dan realisasi program = jumlah rinciannya pada tabel anggaran (sama dengan Tabel 3.8); program dicocokkan dengan sasaran menurut kode, atau menurut nama.',
  jumlah39:
    'Baris JUMLAH: pagu dan realisasi = jumlah seluruh sasaran; capaian kinerja = rata-rata capaian sasaran.',
  kategori: (source: string) => `Kategori capaian menurut ${source}.`,
  polaritas: 'Capaian indikator negatif (makin kecil makin baik) = (2 × target − realisasi) / target.',
  kemajuan: 'Tingkat kemajuan = realisasi tahun ini dibandingkan target akhir periode Renstra.',
  standar: 'Capaian = realisasi tahun ini dibandingkan standar nasional.',
  tabelDipilih: (jenis: string, sheet: string, range: string, lain: number) =>
    `${jenis} diambil dari lembar '${sheet}' (${range})${lain > 0 ? `; ${lain} tabel ${jenis.toLowerCase()} lain tidak dipakai` : ''}.`,
  temuanDicatat: (n: number) => `${n} temuan dicatat, masing-masing bertaut ke selnya.`,
} as const;

/** Why a table was not generated. */
export const ALASAN_LEWAT = {
  tanpaAnggaran: (t: TableId) => `Tabel ${t} tidak disusun: tidak ada tabel anggaran yang dikenali.`,
  tanpaKinerja: (t: TableId) => `Tabel ${t} tidak disusun: tidak ada tabel kinerja yang dikenali.`,
  tanpaSasaran: 'Tabel 3.9 tidak disusun: tabel kinerja tidak memuat sasaran dengan program di bawahnya.',
  tanpaIku: (t: TableId) => `Tabel ${t} tidak disusun: tabel kinerja tidak memuat tujuan atau sasaran.`,
  tanpaTahunLalu:
    'Tabel 3.3 tidak disusun: tabel kinerja tidak memuat target dan realisasi tahun sebelumnya.',
  tanpaTargetAkhir: 'Tabel 3.4 tidak disusun: tabel kinerja tidak memuat target akhir Renstra.',
  tanpaStandar: 'Tabel 3.5 tidak disusun: tabel kinerja tidak memuat standar nasional.',
  tidakDidukung: (t: TableId) => `Tabel ${t} tidak disusun: tabel ini belum dapat disusun otomatis.`,
} as const;

/** Texts of `sakip susun`. */
export const SUSUN_CLI = {
  pemakaian:
    'Pemakaian: sakip susun BERKAS.xlsx -o HASIL.xlsx [--timpa] [--tabel 3.2,3.3,…,3.10,ringkasan,catatan] [--efisiensi selisih|indeks|sisa]',
  tanpaBerkas: 'Sebutkan berkas .xlsx yang akan disusun.',
  satuBerkas: (lebih: string) => `Sebutkan satu berkas saja; "${lebih}" berlebih.`,
  tanpaKeluaran: 'Sebutkan berkas hasil dengan -o HASIL.xlsx.',
  keluaranSamaDenganMasukan:
    'Berkas hasil tidak boleh sama dengan berkas sumber: sumber tidak pernah diubah. Pilih nama lain untuk -o.',
  keluaranBermakro: (berkas: string) =>
    `Berkas sumber bermakro, jadi salinannya juga bermakro dan harus berakhiran .xlsm, bukan "${berkas}": Excel menolak membuka buku kerja bermakro yang berakhiran .xlsx.`,
  keluaranTanpaMakro: (berkas: string) =>
    `Berkas sumber tidak bermakro, jadi salinannya berakhiran .xlsx, bukan "${berkas}": Excel menolak membuka berkas yang akhirannya tidak sesuai isinya.`,
  tabelTakDikenal: (t: string, pilihan: readonly string[]) =>
    `Tabel tidak dikenal: ${t}. Pilihan: ${pilihan.join(', ')}.`,
  tidakDapatDisusun: (berkas: string, alasan: string) =>
    `${berkas}: lembar tidak dapat ditambahkan. ${alasan}`,
  gagalTulis: (berkas: string, alasan: string) => `Berkas hasil ${berkas} tidak dapat ditulis: ${alasan}`,
  ditulis: (berkas: string) => `Lembar yang disusun, ditulis ke ${berkas}:`,
  grafik: (n: number) => `  - ${n} grafik Excel di lembar Ringkasan`,
  lembar: (nama: string, diganti: boolean, diminta?: string) =>
    `  - ${nama}${diganti ? ' (menggantikan susunan sebelumnya)' : ''}${
      diminta ? ` — nama "${diminta}" sudah dipakai lembar Anda, jadi diberi nama baru` : ''
    }`,
  tidakAdaLembar: 'Tidak ada lembar yang disusun.',
  dilewati: 'Tidak disusun:',
  catatan: 'Catatan:',
  pemeriksaan: (galat: number, peringatan: number, info: number, lembarCatatan?: string) =>
    `Pemeriksaan: ${galat} galat, ${peringatan} peringatan, ${info} info${
      lembarCatatan ? ` (rinciannya di lembar ${lembarCatatan})` : ' (rinciannya: sakip periksa)'
    }.`,
} as const;
