/**
 * Texts of the analysis sheets (Tabel 3.6, 3.7), the Ringkasan sheet and its charts, in Bahasa
 * Indonesia. Column heads follow the seed LKjIP's Tabel 3.6 and 3.7.
 */
import type { MetodeEfisiensi } from '../settings';
import type { CascadeLevel } from '../model/indicator';

export const KOLOM_ANALISIS = {
  no: 'NO',
  uraian36: 'TUJUAN / SASARAN / PROGRAM / KEGIATAN / SUB KEGIATAN',
  tujuanSasaran: 'TUJUAN / SASARAN',
  programKegiatan: 'PROGRAM / KEGIATAN / SUB KEGIATAN',
  indikator: 'INDIKATOR KINERJA',
  target: 'TARGET',
  realisasi: 'REALISASI',
  capaian: 'CAPAIAN',
  kategori: 'KATEGORI',
  analisis: 'ANALISIS KEBERHASILAN / KEGAGALAN',
  solusi: 'SOLUSI YANG DILAKUKAN',
  menunjang: 'MENUNJANG / TIDAK MENUNJANG',
  uraian: 'URAIAN',
  nilai: 'NILAI',
  keterangan: 'KETERANGAN',
} as const;

/** The level word used in the Tabel 3.7 judgment: `program`, `kegiatan`, `sub kegiatan`. */
export const KATA_TINGKAT: Record<CascadeLevel, string> = {
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'sub kegiatan',
};

export const PENILAIAN = {
  menunjang: 'Menunjang',
  tidakMenunjang: 'Tidak menunjang',
  /** Joined after the judgment and before the level word and the kategori in lower case. */
  sambungan: ', capaian realisasi kinerja ',
  belumDinilai: 'Belum dapat dinilai: capaian belum ada',
} as const;

export const CATATAN_ANALISIS = {
  sumber: (sheet: string, range: string) => `Sumber: lembar '${sheet}' (${range}).`,
  isian:
    'Sel kuning: analisis dan solusi belum tertulis di tabel kinerja Anda untuk baris ini; isilah sendiri. ' +
    'Teks yang ada di tabel kinerja (dicocokkan menurut indikator) disalin apa adanya, tidak pernah dikarang.',
  disalin: (n: number) => `${n} analisis/solusi disalin dari tabel kinerja Anda.`,
  kosong: (n: number) => `${n} baris tujuan/sasaran/program belum memiliki analisis dan solusi (sel kuning).`,
  capaian36:
    'Capaian dihitung dengan rumus yang sama dengan Tabel 3.2: realisasi / target (indikator negatif: (2 × target − realisasi) / target).',
  aturan37: (menunjang: string[], semua: string[]) =>
    `Aturan penilaian: "Menunjang" bila kategori capaian ${daftar(menunjang)}; "Tidak menunjang" bila ${daftar(
      semua.filter((k) => !menunjang.includes(k)),
    )}; tanpa capaian angka: belum dapat dinilai.`,
  kategori: (source: string) => `Kategori capaian menurut ${source}.`,
  rujukan36:
    'Capaian merujuk ke sel Tabel 3.6 lewat nama SAKIP_3_6 (sel A1 lembar itu), sehingga tetap benar bila lembar itu berganti nama.',
  rujukanRingkasan38:
    'Angka anggaran di lembar ini merujuk ke Tabel 3.8 lewat nama SAKIP_3_8 (sel A1 lembar itu): tetap benar bila lembar berganti nama. Susun ulang Tabel 3.8 dan Ringkasan bersama-sama.',
  rujukanRingkasan:
    'Angka di lembar ini merujuk ke Tabel 3.6 dan 3.8 lewat nama SAKIP_3_6 dan SAKIP_3_8 (sel A1 lembar-lembar itu): tetap benar bila lembar berganti nama. Susun ulang Tabel 3.6, 3.8 dan Ringkasan bersama-sama.',
  terbilang:
    'Excel tidak punya fungsi terbilang bawaan: teks terbilang ditulis sebagai nilai saat disusun, dan sel NILAI di barisnya memberi tanda bila jumlahnya berubah sejak itu (kalimat anggaran pun diganti tanda itu).',
  efisiensi: (m: MetodeEfisiensi) =>
    ({
      selisih: 'Tingkat efisiensi metode selisih: rata-rata capaian sasaran − serapan anggaran.',
      indeks:
        'Tingkat efisiensi metode indeks: rata-rata capaian sasaran / serapan anggaran (> 1 berarti efisien).',
      sisa: 'Tingkat efisiensi metode sisa anggaran: 1 − serapan anggaran, hanya bila rata-rata capaian sasaran ≥ 100%.',
    })[m] + ' PermenPANRB 53/2014 tidak menetapkan rumusnya.',
  ikutDisusun: (t: string, untuk: string) => `Tabel ${t} ikut disusun karena ${untuk} merujuk ke sana.`,
  grafik:
    'Grafik: pagu dan realisasi per program, serta capaian per sasaran terhadap target 100%, dibuat dari bagian E. DATA GRAFIK.',
  nilaiSaatDisusun:
    'Angka bertanda * dihitung saat lembar ini disusun, bukan rumus: rumusnya akan melebihi 8.192 karakter, batas panjang rumus Excel, karena barisnya di Tabel 3.6 terlalu banyak. Susun ulang Ringkasan setelah mengubah Tabel 3.6.',
} as const;

function daftar(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} atau ${items[items.length - 1]}`;
}

export const RINGKASAN = {
  judul: 'Ringkasan Angka untuk Narasi LKjIP',
  kinerja: 'A. KINERJA',
  anggaran: 'B. ANGGARAN',
  terbilangBagian: 'C. TERBILANG',
  kalimatBagian: 'D. KALIMAT SIAP SALIN',
  grafikBagian: 'E. DATA GRAFIK',
  jumlah: (tingkat: string) => `Jumlah ${tingkat}`,
  jumlahIndikator: (tingkat: string) => `Jumlah indikator ${tingkat}`,
  rataRata: (tingkat: string) => `Rata-rata capaian ${tingkat}`,
  tingkat: { tujuan: 'tujuan', sasaran: 'sasaran', program: 'sasaran program' } as Record<
    'tujuan' | 'sasaran' | 'program',
    string
  >,
  pagu: 'Pagu anggaran (JUMLAH Tabel 3.8)',
  realisasi: 'Realisasi anggaran (JUMLAH Tabel 3.8)',
  serapan: 'Serapan anggaran (realisasi / pagu)',
  capaianKinerja: 'Capaian kinerja (rata-rata capaian sasaran)',
  efisiensi: (m: MetodeEfisiensi) => `Tingkat efisiensi (metode ${m})`,
  paguTerbilang: 'Pagu anggaran, terbilang',
  realisasiTerbilang: 'Realisasi anggaran, terbilang',
  perluDisusunUlang: 'teks terbilang perlu disusun ulang',
  terbilangGagal: 'jumlah di luar jangkauan terbilang (di atas 999 triliun)',
  program: 'PROGRAM',
  sasaran: 'SASARAN',
  kalimatJumlah: 'Kalimat: tujuan, sasaran dan indikator',
  kalimatTingkat: (tingkat: string) => `Kalimat: capaian ${tingkat}`,
  kalimatAnggaran: 'Kalimat: anggaran dan realisasi',
  kalimatEfisiensi: 'Kalimat: serapan dan efisiensi',
  paguKolom: 'PAGU (Rp)',
  realisasiKolom: 'REALISASI (Rp)',
  capaianKolom: 'CAPAIAN',
  targetKolom: 'TARGET',
  grafikAnggaran: 'Pagu dan Realisasi Anggaran per Program',
  grafikCapaian: 'Capaian Kinerja per Sasaran terhadap Target 100%',
  seriPagu: 'Pagu',
  seriRealisasi: 'Realisasi',
  seriCapaian: 'Capaian',
  seriTarget: 'Target 100%',
  tanpaKinerja: 'Capaian kinerja per tujuan, sasaran dan program',
  perluKinerja: 'belum dapat dihitung: perlu tabel kinerja (target dan realisasi indikator) yang dikenali',
} as const;

/**
 * Pieces of the ready-to-paste sentences (joined in formulas with live figures in between), after the
 * seed LKjIP's Bab IV. `unit` and `tahun` are fixed when planned.
 */
export const KALIMAT = {
  pembuka: (unit: string, tahun: string) => `Tahun ${tahun} ${unit} menetapkan sebanyak `,
  tujuan: ' tujuan, ',
  sasaran: ' sasaran dengan ',
  indikatorPenutup: ' indikator kinerja.',
  butir: (tingkat: string) => `- ${tingkat.charAt(0).toUpperCase()}${tingkat.slice(1)} sebanyak `,
  terdiri: ' terdiri dari ',
  rataRata: ' indikator kinerja dengan rata-rata capaian kinerja sebesar ',
  kategori: ' (Kategori ',
  butirPenutup: ');',
  anggaranPembuka: (unit: string, tahun: string) =>
    `Pada pelaksanaan pencapaian target indikator kinerja sasaran di ${unit} Tahun ${tahun} teralokasi anggaran sebesar Rp `,
  kurungBuka: ',- (',
  realisasiSambung: (tahun: string) => `) sedangkan realisasi sampai dengan 31 Desember ${tahun} sebesar Rp `,
  capaianPersentase: '), dengan capaian persentase sebesar ',
  titik: '.',
  efisiensiPembuka: 'Indikator kinerja dengan capaian sebesar ',
  penyerapan: ' sedangkan penyerapan anggaran mencapai sebesar ',
  efisiensiTengah: ' atau efisiensi sebesar ',
  unitBawaan: 'perangkat daerah ini',
  tahunBawaan: 'ini',
} as const;

/** Counts 0–20 in words, for "2 (dua) tujuan". */
export const KATA_BILANGAN = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
  'dua belas',
  'tiga belas',
  'empat belas',
  'lima belas',
  'enam belas',
  'tujuh belas',
  'delapan belas',
  'sembilan belas',
  'dua puluh',
] as const;

/** Why an analysis sheet was not generated. */
export const ALASAN_ANALISIS = {
  tanpaKinerja: (t: string) => `Tabel ${t} tidak disusun: tidak ada tabel kinerja yang dikenali.`,
  tanpaProgram: 'Tabel 3.7 tidak disusun: tabel kinerja tidak memuat program atau kegiatan di bawah sasaran.',
  ringkasanTanpaData:
    'Ringkasan tidak disusun: perlu tabel anggaran yang dikenali (Tabel 3.8 menjadi rujukan angkanya).',
  ringkasanTanpaKinerja:
    'Ringkasan memuat bagian anggaran saja: bagian kinerja dan efisiensi perlu tabel kinerja yang dikenali.',
} as const;
