/**
 * Indonesian texts of the consistency check ("Periksa konsistensi", DESIGN.md §7): one template per rule
 * (and per variant of a rule), the rule titles, and the words of the command-line report.
 * Values arrive already formatted in id-ID (`2.702.337.210`, `79,41%`).
 */

/** Rule titles, shown in reports beside the rule id. */
export const JUDUL_ATURAN = {
  'ANG-01': 'Induk tidak sama dengan jumlah rinciannya',
  'ANG-02': 'Capaian anggaran tidak sama dengan realisasi ÷ pagu',
  'ANG-03': 'Realisasi melebihi pagu',
  'ANG-04': 'Baris JUMLAH tidak sama dengan jumlah program',
  'ANG-05': 'Penomoran berulang atau melompat',
  'ANG-06': 'Sisa anggaran tidak sama dengan pagu − realisasi',
  'NUM-01': 'Angka tersimpan sebagai teks',
  'NUM-02': 'Cara membaca angka ditebak',
  'NUM-03': 'Rupiah memuat pecahan',
  'NUM-04': 'Satu kolom mencampur gaya angka',
  'KIN-01': 'Capaian kinerja tidak sama dengan hitungan target dan realisasi',
  'KIN-02': 'Kategori tidak sesuai skala',
  'KIN-03': 'Rata-rata capaian tidak sama dengan rata-rata barisnya',
  'KIN-04': 'Satu indikator, target berbeda di tabel lain',
  'KIN-05': 'Realisasi dalam satuan lain dari targetnya',
  'EFI-01': 'Tingkat efisiensi tidak cocok dengan metodenya',
  'IKM-01': 'IKM tidak sama dengan hitungan nilai unsur',
  'IKM-02': 'Mutu pelayanan tidak sesuai skala',
  'XTB-01': 'Angka berbeda antartabel atau dengan teks',
  'NAM-01': 'Nama dicocokkan walau ejaannya berbeda',
  'STR-01': 'Baris yang tidak dapat ditempatkan di tabelnya',
  'STR-02': 'Judul kolom yang tidak jelas atau tidak ada',
  'STR-03': 'Tabel atau lembar berangka yang tidak dapat dibaca',
} as const;

/** Indonesian names of budget levels and fields, for messages. */
export const NAMA_TINGKAT_ANGGARAN = {
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'sub kegiatan',
  rekening: 'rekening',
} as const;

export const NAMA_BIDANG = { pagu: 'Pagu', realisasi: 'Realisasi' } as const;

/** Names of table columns, for the NUM-* messages that speak of a column as a whole. */
export const NAMA_KOLOM = {
  pagu: 'pagu',
  realisasi: 'realisasi',
  capaian: 'capaian',
  target: 'target',
  targetLalu: 'target tahun lalu',
  realisasiLalu: 'realisasi tahun lalu',
  capaianLalu: 'capaian tahun lalu',
  targetAkhir: 'target akhir',
  standarNasional: 'standar nasional',
  kemajuan: 'tingkat kemajuan',
  perbandinganStandar: 'perbandingan dengan standar',
  efisiensi: 'tingkat efisiensi',
  paguAnggaran: 'pagu anggaran',
  realisasiAnggaran: 'realisasi anggaran',
  capaianAnggaran: 'capaian anggaran',
  sisa: 'sisa anggaran',
  nrr: 'NRR',
  ikm: 'IKM',
} as const;

/** Names of the efficiency methods (DESIGN.md §3.4). */
export const NAMA_METODE_EFISIENSI = {
  selisih: 'selisih (capaian kinerja − capaian anggaran)',
  indeks: 'indeks (capaian kinerja ÷ capaian anggaran)',
  sisa: 'sisa anggaran (1 − capaian anggaran)',
} as const;

/** Short, quoted form of a name for messages (long sub kegiatan names are cut). */
function kutipNama(nama: string): string {
  const t = nama.trim();
  return `"${t.length > 70 ? `${t.slice(0, 67).trimEnd()}…` : t}"`;
}

const JENIS_CAPAIAN = {
  capaian: { judul: 'Capaian', acuan: 'target' },
  kemajuan: { judul: 'Tingkat kemajuan', acuan: 'target akhir Renstra' },
  standar: { judul: 'Perbandingan dengan standar nasional', acuan: 'standar' },
} as const;

/** Names of the kategori scale in use, for KIN-02 messages. */
export const NAMA_SKALA_KATEGORI = {
  bawaan: 'skala Permendagri 86/2017',
  pengguna: 'skala kategori pengguna',
} as const;

/** How a polaritas is named in messages (the formula where it is not the usual one). */
export const NAMA_POLARITAS = {
  positif: 'positif',
  negatif: 'negatif, rumus (2 × target − realisasi) ÷ target',
  'negatif-rasio': 'negatif, rumus target ÷ realisasi',
} as const;

export const PESAN_TEMUAN = {
  jumlahInduk: (p: {
    bidang: string;
    tingkat: string;
    nama: string;
    jumlahAnak: number;
    tingkatAnak: string;
    tertulis: string;
    harapan: string;
    selisih: string;
  }) =>
    `${p.bidang} ${p.tingkat} ${kutipNama(p.nama)} tertulis ${p.tertulis}, padahal jumlah ${p.jumlahAnak} ${p.tingkatAnak} di bawahnya ${p.harapan} (selisih ${p.selisih}).`,
  capaianAnggaran: (p: {
    tingkat: string;
    nama: string;
    tertulis: string;
    harapan: string;
    realisasi: string;
    pagu: string;
  }) =>
    `Capaian ${p.tingkat} ${kutipNama(p.nama)} tertulis ${p.tertulis}, padahal realisasi ${p.realisasi} ÷ pagu ${p.pagu} = ${p.harapan}.`,
  sisaAnggaran: (p: {
    tingkat: string;
    nama: string;
    tertulis: string;
    harapan: string;
    pagu: string;
    realisasi: string;
  }) =>
    `Sisa anggaran ${p.tingkat} ${kutipNama(p.nama)} tertulis ${p.tertulis}, padahal pagu ${p.pagu} − realisasi ${p.realisasi} = ${p.harapan}.`,
  realisasiLebihPagu: (p: { tingkat: string; nama: string; realisasi: string; pagu: string }) =>
    `Realisasi ${p.tingkat} ${kutipNama(p.nama)} (${p.realisasi}) melebihi pagunya (${p.pagu}).`,
  jumlahTotal: (p: {
    bidang: string;
    label: string;
    jumlahProgram: number;
    tertulis: string;
    harapan: string;
    selisih: string;
  }) =>
    `${p.bidang} baris ${kutipNama(p.label)} tertulis ${p.tertulis}, padahal jumlah ${p.jumlahProgram} program di atasnya ${p.harapan} (selisih ${p.selisih}).`,
  jumlahBaris: (p: {
    bidang: string;
    label: string;
    jumlahBaris: number;
    tertulis: string;
    harapan: string;
    selisih: string;
  }) =>
    `${p.bidang} baris ${kutipNama(p.label)} tertulis ${p.tertulis}, padahal jumlah ${p.jumlahBaris} baris di atasnya ${p.harapan} (selisih ${p.selisih}).`,
  nomorBerulang: (p: { nomor: string; nama: string }) =>
    `Nomor "${p.nomor}" pada ${kutipNama(p.nama)} berulang: nomor itu sudah dipakai baris sebelumnya di bawah induk yang sama.`,
  nomorMelompat: (p: { nomor: string; nama: string; harapan: string }) =>
    `Nomor "${p.nomor}" pada ${kutipNama(p.nama)} tidak berurutan: seharusnya "${p.harapan}".`,
  angkaSebagaiTeks: (p: { jumlah: number; kolom: string; rentang: string }) =>
    `${p.jumlah} angka di kolom ${p.kolom} (${p.rentang}) tersimpan sebagai teks, sehingga Excel tidak dapat menghitungnya; ini yang pertama.`,
  pemisahTunggal: (p: {
    dibaca: string;
    pemisah: string;
    sebagai: 'ribuan' | 'desimal';
    gayaKolom?: string;
  }) =>
    `Angka dengan satu pemisah "${p.pemisah}" diikuti tiga angka dibaca sebagai ${p.sebagai === 'ribuan' ? 'pemisah ribuan' : 'tanda desimal'}: ${p.dibaca}` +
    (p.gayaKolom === undefined
      ? '.'
      : `, padahal kolom ini umumnya memakai "${p.gayaKolom}" sebagai pemisah ribuan.`) +
    ' Pastikan nilainya.',
  koreksiLokal: (p: { dibaca: string; tertulis: string }) =>
    `Sel ini berisi ${p.tertulis}, tampaknya angka seperti "${p.dibaca.replace(/\./g, ',')}" yang diubah Excel berbahasa Indonesia saat ditempel ` +
    `(koma dibaca sebagai desimal). Dari jumlah induk atau capaian barisnya, nilai ini dibaca ${p.dibaca}. Ketik ulang angkanya sebagai ${p.dibaca}.`,
  persenTanpaTanda: (p: { jumlah: number; rentang: string; dibaca: string }) =>
    p.jumlah === 1
      ? `Nilai di kolom persen ditulis tanpa tanda % dan dibaca sebagai ${p.dibaca}.`
      : `${p.jumlah} nilai di kolom persen (${p.rentang}) ditulis tanpa tanda % dan dibaca sebagai persen (yang pertama: ${p.dibaca}).`,
  persenPecahan: (p: { dibaca: string }) =>
    `Nilai kecil di kolom persen tanpa format persen dibaca sebagai pecahan: ${p.dibaca}.`,
  rupiahPecahan: (p: { dibaca: string }) =>
    `Nilai Rupiah memuat pecahan (dibaca ${p.dibaca}); Rupiah ditulis tanpa desimal. Periksa pemisah ribuannya.`,
  gayaCampuran: (p: {
    kolom: string;
    mayoritas: string;
    jumlahMayoritas: number;
    minoritas: string;
    jumlahMinoritas: number;
    denganAngkaExcel: boolean;
  }) =>
    `Kolom ${p.kolom} mencampur gaya angka: ${p.jumlahMayoritas} sel bergaya ${p.mayoritas}` +
    (p.denganAngkaExcel ? ' (termasuk angka Excel)' : '') +
    ` dan ${p.jumlahMinoritas} sel bergaya ${p.minoritas}; ini sel pertama yang berbeda.`,
  capaianKinerja: (p: {
    jenis: 'capaian' | 'kemajuan' | 'standar';
    indikator: string;
    tertulis: string;
    harapan: string;
    target: string;
    realisasi: string;
    polaritas: string;
  }) =>
    `${JENIS_CAPAIAN[p.jenis].judul} ${kutipNama(p.indikator)} tertulis ${p.tertulis}, padahal dari ${JENIS_CAPAIAN[p.jenis].acuan} ${p.target} dan realisasi ${p.realisasi} (polaritas ${p.polaritas}) hasilnya ${p.harapan}.`,
  capaianKinerjaTerbalik: (p: {
    jenis: 'capaian' | 'kemajuan' | 'standar';
    indikator: string;
    tertulis: string;
    harapan: string;
    target: string;
    realisasi: string;
    polaritas: string;
    rumus: string;
  }) =>
    `${JENIS_CAPAIAN[p.jenis].judul} ${kutipNama(p.indikator)} tertulis ${p.tertulis}, padahal dari ${JENIS_CAPAIAN[p.jenis].acuan} ${p.target} dan realisasi ${p.realisasi} (polaritas ${p.polaritas}) hasilnya ${p.harapan}. ` +
    `Angka ${p.tertulis} cocok dengan rumus indikator yang makin kecil makin baik (${p.rumus}): bila indikator ini memang demikian, tuliskan polaritasnya di tabel; bila tidak, pembagiannya terbalik.`,
  capaianNegatif: (p: {
    jenis: 'capaian' | 'kemajuan' | 'standar';
    indikator: string;
    tertulis: string;
    target: string;
    realisasi: string;
    polaritas: string;
  }) =>
    `${JENIS_CAPAIAN[p.jenis].judul} ${kutipNama(p.indikator)} tertulis ${p.tertulis}: cocok dengan rumus indikator yang makin kecil makin baik ` +
    `(polaritas ${p.polaritas}) dari ${JENIS_CAPAIAN[p.jenis].acuan} ${p.target} dan realisasi ${p.realisasi}. Tabel tidak menyebut polaritasnya; pastikan indikator ini memang negatif.`,
  kategori: (p: { tertulis: string; harapan: string; capaian: string; skala: string }) =>
    `Kategori "${p.tertulis}" tidak sesuai ${p.skala} untuk capaian ${p.capaian}: seharusnya "${p.harapan}".`,
  kategoriSkalaLain: (p: { contoh: string }) =>
    `Label kategori tabel ini (mis. "${p.contoh}") sebagian besar tidak sesuai batas skala Permendagri 86/2017 ` +
    '(91, 76, 66, 51): tabel ini memakai skala lain, atau labelnya keliru. Label tidak diperiksa satu per satu; ' +
    'bila tabel memakai skala lain, atur skalanya di Pengaturan agar dapat diperiksa.',
  kategoriTakDikenal: (p: { tertulis: string }) =>
    `Label kategori "${p.tertulis}" bukan label skala yang dikenal, jadi kategori tabel ini tidak diperiksa terhadap capaiannya.`,
  rataRata: (p: { tertulis: string; harapan: string; jumlahBaris: number }) =>
    `Rata-rata capaian tertulis ${p.tertulis}, padahal rata-rata capaian ${p.jumlahBaris} baris indikatornya ${p.harapan}.`,
  targetBerbeda: (p: { indikator: string; tertulis: string; harapan: string; acuan: string }) =>
    `Target indikator ${kutipNama(p.indikator)} di sini ${p.tertulis}, sedangkan di ${p.acuan} ${p.harapan}.`,
  satuanBerbeda: (p: {
    indikator: string;
    target: string;
    realisasi: string;
    alasan: 'satuan' | 'besaran';
  }) =>
    `Realisasi ${p.realisasi} tidak sesatuan dengan target ${p.target} untuk ${kutipNama(p.indikator)}` +
    (p.alasan === 'satuan'
      ? ' (satuannya berbeda)'
      : ' (besarnya berlipat lebih dari seratus kali; tampaknya angka lain, mis. Rupiah)') +
    '; capaiannya tidak dapat diperiksa.',
  efisiensiTanpaMetode: (p: { tertulis: string; harapan?: string; metode: string; alasan?: string }) =>
    `Tingkat efisiensi tertulis ${p.tertulis} tidak cocok dengan metode mana pun dari capaian kinerja dan capaian anggaran baris ini; ` +
    (p.harapan !== undefined
      ? `dengan metode ${p.metode} seharusnya ${p.harapan}.`
      : `metode ${p.metode} pun tidak dapat dipakai di sini (${p.alasan ?? ''}).`),
  efisiensiMetodeLain: (p: { tertulis: string; harapan?: string; metode: string; metodeBaris: string }) =>
    `Tingkat efisiensi tertulis ${p.tertulis} dihitung dengan metode ${p.metodeBaris}, sedangkan baris lain tabel ini memakai metode ${p.metode}` +
    (p.harapan !== undefined ? ` (hasilnya ${p.harapan}).` : '.'),
  ikm: (p: { tertulis: string; harapan: string; jumlahUnsur: number }) =>
    `IKM tertulis ${p.tertulis}, padahal dari nilai ${p.jumlahUnsur} unsur IKM-nya ${p.harapan}.`,
  ikmPenimbang: (p: { tertulis: string; penimbang: string }) =>
    `IKM tertulis ${p.tertulis} dihitung dengan penimbang ${p.penimbang} per unsur, bukan penimbang yang dipilih di pengaturan; ` +
    'hasilnya sedikit berbeda (sembilan unsur bernilai 4,00 memberi 100 dengan 1/9, 99,9 dengan 0,111).',
  jawabanSurvei: (p: { unsur: string; tertulis: string }) =>
    `Jawaban survei unsur ${p.unsur} tertulis "${p.tertulis}", padahal jawaban SKM harus bilangan bulat 1–4 (PermenPANRB 14/2017); IKM tabel ini tidak dapat dihitung sebelum diperbaiki.`,
  nrr: (p: { unsur: string; tertulis: string; harapan: string }) =>
    `NRR unsur ${p.unsur} tertulis ${p.tertulis}, padahal rata-rata jawabannya ${p.harapan}.`,
  mutu: (p: { tertulis: string; harapan: string; ikm: string }) =>
    `Mutu pelayanan "${p.tertulis}" tidak sesuai IKM ${p.ikm}: seharusnya "${p.harapan}".`,
  antarTabel: (p: {
    bidang: string;
    tingkat: string;
    nama: string;
    tertulis: string;
    harapan: string;
    acuan: string;
  }) =>
    `${p.bidang} ${p.tingkat} ${kutipNama(p.nama)} di sini ${p.tertulis}, sedangkan di ${p.acuan} ${p.harapan}.`,
  namaDicocokkan: (p: { nama: string; lain: string; acuan: string; cara: 'ejaan' | 'mirip' }) =>
    `Nama ${kutipNama(p.nama)} dicocokkan dengan ${kutipNama(p.lain)} di ${p.acuan}: ` +
    (p.cara === 'ejaan'
      ? 'ejaan atau singkatannya berbeda, tetapi maksudnya sama.'
      : 'tulisannya berbeda beberapa huruf saja. Pastikan keduanya memang sama dan samakan ejaannya.'),
  namaRagu: (p: { nama: string; kandidat: Array<{ nama: string; acuan: string }> }) =>
    `Nama ${kutipNama(p.nama)} tidak dicocokkan: sama miripnya dengan ${p.kandidat
      .map((k) => `${kutipNama(k.nama)} (${k.acuan})`)
      .join(' dan ')}. Samakan penulisan namanya agar angkanya dapat dibandingkan.`,
  antarTabelJumlah: (p: { bidang: string; tertulis: string; harapan: string; acuan: string }) =>
    `${p.bidang} baris JUMLAH di sini ${p.tertulis}, sedangkan di ${p.acuan} ${p.harapan}.`,
  teksRupiah: (p: { disebut: string[]; jumlahTabel: string }) =>
    `Teks ini menyebut ${p.disebut.map((x) => `Rp ${x}`).join(' dan ')}, yang tidak sama dengan angka mana pun di tabel anggaran (jumlah tabel: ${p.jumlahTabel}).`,
  teksPersen: (p: { disebut: string; capaianTabel: string }) =>
    `Teks ini menyebut serapan anggaran ${p.disebut}, yang tidak sama dengan capaian baris JUMLAH tabel anggaran (${p.capaianTabel}).`,
};

/** Words of the readable report of `sakip periksa`. */
export const LAPORAN_PERIKSA = {
  judul: (berkas: string) => `Hasil pemeriksaan konsistensi: ${berkas}`,
  tabelDikenali: (n: number) => `${n} tabel dikenali:`,
  tabel: (p: { sheet: string; range: string; jenis: string; baris: number }) =>
    `  • ${p.sheet}!${p.range} — ${p.jenis}, ${p.baris} baris`,
  jenisTabel: {
    anggaran: 'tabel anggaran',
    kinerja: 'tabel kinerja',
    efisiensi: 'tabel efisiensi',
    skm: 'tabel SKM',
  } as Record<string, string>,
  tahunTabel: (tahun: string) => `      tahun yang diperiksa: ${tahun}`,
  kolom: (kolom: string, peran: string, bukti: string[]) => `      ${kolom} ${peran}: ${bukti.join('; ')}`,
  tidakAdaTabel: 'Tidak ada tabel yang dikenali.',
  lembar: (sheet: string, n: number) => `Lembar "${sheet}" — ${n} temuan`,
  harapan: 'harapan',
  tertulis: 'tertulis',
  tidakAdaTemuan: 'Tidak ada temuan: tabel-tabel konsisten.',
  ringkasan: (p: { galat: number; peringatan: number; info: number }) =>
    `Ringkasan: ${p.galat} galat, ${p.peringatan} peringatan, ${p.info} info.`,
  tingkat: { galat: 'GALAT', peringatan: 'PERINGATAN', info: 'INFO' },
};
