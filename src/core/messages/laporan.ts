/**
 * Texts of the Bab III document (`sakip laporan`, "Unduh Bab III (.docx)"): headings after the seed
 * LKjIP, captions, and the placeholders staff replace with their own words. The document never
 * invents prose: every sentence is either the Ringkasan's (built from the figures) or a placeholder.
 */
export const LAPORAN = {
  bab: 'BAB III',
  judulBab: 'AKUNTABILITAS KINERJA',
  pengukuran: 'Pengukuran Kinerja',
  bagianKinerja: 'A. Capaian Kinerja Organisasi',
  bagianAnggaran: 'B. Realisasi Anggaran',
  bagianEfisiensi: 'C. Tingkat Efisiensi Penggunaan Sumber Daya',
  pengantarBab: '[isi pengantar Bab III: dasar pengukuran kinerja dan cara membaca tabel-tabel berikut]',
  pengantarSkala:
    'Capaian kinerja dikelompokkan dalam kategori berikut, yang dipakai pada seluruh tabel bab ini:',
  uraianTabel: 'Uraian penjelasan tabel:',
  isiUraian: (nama: string) => `[isi analisis ${nama}: penjelasan angka, penyebab dan tindak lanjut]`,
  isiSel: (kolom: string) => `[isi ${kolom.toLowerCase()}]`,
  sumber: 'Sumber: ',
  isiSumber: '[isi sumber data]',
  grafik: (n: number, judul: string) => `Grafik 3.${n} ${judul}`,
  tanpaKinerja:
    'Bagian ini belum dapat disusun: buku kerja tidak memuat tabel kinerja (target dan realisasi indikator) yang dikenali. Tambahkan tabel kinerja lalu unduh ulang Bab III.',
  tanpaAnggaran:
    'Bagian ini belum dapat disusun: buku kerja tidak memuat tabel anggaran (pagu dan realisasi) yang dikenali.',
  tanpaEfisiensi:
    'Tabel efisiensi per sasaran (Tabel 3.9) perlu tabel kinerja dan tabel anggaran yang programnya dapat dicocokkan.',
  skala: {
    judul: 'Pengkategorian Capaian Kinerja',
    no: 'NO',
    kategori: 'KATEGORI',
    rentang: 'RATA-RATA CAPAIAN (%)',
    atas: (batas: string) => `≥ ${batas}`,
    antara: (bawah: string, atas: string, inklusif: boolean) =>
      inklusif ? `≥ ${bawah} dan < ${atas}` : `> ${bawah} dan ≤ ${atas}`,
    bawah: (batas: string, inklusif: boolean) => (inklusif ? `< ${batas}` : `≤ ${batas}`),
    sumber: (source: string) => `Sumber: ${source}.`,
  },
} as const;

/** What `sakip laporan` says about a written document. */
export const LAPORAN_CLI = {
  tanpaBerkas: 'Sebutkan berkas .xlsx yang menjadi sumber Bab III.',
  tanpaKeluaran: 'Sebutkan berkas hasil dengan -o BAB-III.docx.',
  pemakaian:
    'Pemakaian: sakip laporan BERKAS.xlsx -o BAB-III.docx [--timpa] [--efisiensi selisih|indeks|sisa]',
  keluaranBukanDocx: (file: string) => `Berkas hasil "${file}" harus berakhiran .docx (dokumen Word).`,
  ditulis: (file: string) => `Bab III ditulis ke ${file}:`,
  tabel: (nama: string, judul: string, orientasi: 'portrait' | 'landscape') =>
    `  - ${nama} ${judul} (${orientasi === 'landscape' ? 'mendatar' : 'tegak'})`,
  grafik: (n: number) => `  - ${n} grafik sebagai gambar`,
  kalimat: (n: number) => `  - ${n} kalimat Ringkasan`,
  isian: (n: number) => `  - ${n} isian bertanda kuning untuk ditulis staf (analisis, uraian, sumber data)`,
  dilewati: 'Tidak dimuat:',
} as const;
