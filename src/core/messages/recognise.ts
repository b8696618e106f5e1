/**
 * Texts of table recognition ("Periksa struktur", DESIGN.md §5), in Bahasa Indonesia: the notes the
 * recognisers leave (STR-01 a row not placed, STR-02 a header, STR-03 a table or a sheet), the evidence
 * for each column's role, and the names of the roles.
 */
import type { Role } from '../model/roles';

/** The roles as the user reads them. */
export const NAMA_PERAN: Record<Role, string> = {
  numbering: 'nomor',
  code: 'kode',
  name: 'uraian',
  indikator: 'indikator',
  satuan: 'satuan',
  polaritas: 'polaritas',
  target: 'target',
  realisasi: 'realisasi',
  capaian: 'capaian',
  kategori: 'kategori',
  targetLalu: 'target tahun lalu',
  realisasiLalu: 'realisasi tahun lalu',
  capaianLalu: 'capaian tahun lalu',
  history: 'tahun-tahun sebelumnya',
  targetAkhir: 'target akhir Renstra',
  kemajuan: 'tingkat kemajuan',
  standarNasional: 'standar nasional',
  perbandinganStandar: 'capaian terhadap standar',
  analisis: 'analisis',
  solusi: 'solusi',
  pagu: 'pagu',
  realisasiAnggaran: 'realisasi anggaran',
  capaianAnggaran: 'capaian anggaran',
  efisiensi: 'tingkat efisiensi',
  sisa: 'sisa anggaran',
  unsur: 'unsur',
  nrr: 'NRR',
  nrrTertimbang: 'NRR tertimbang',
  'child.name': 'program/kegiatan pendukung',
  'child.indikator': 'indikator program/kegiatan',
  'child.capaian': 'capaian program/kegiatan',
  'child.analisis': 'keterangan menunjang',
};

const baris = (n: number, dari: number) => `${n} dari ${dari} baris`;

/** Evidence for a column's role, one short phrase each (shown after the role: "pagu: judul 'Alokasi'; …"). */
export const BUKTI = {
  judul: (teks: string) => `judul "${teks}"`,
  judulDibetulkan: (teks: string, dibaca: string) => `judul "${teks}" (dibaca "${dibaca}")`,
  tahun: (tahun: number) => `tahun ${tahun}`,
  judulBedaIsi: (teks: string) => `judul "${teks}" tetapi isinya angka Rupiah`,
  isiRupiah: (n: number, dari: number) => `angka Rupiah bulat di ${baris(n, dari)}`,
  isiPersen: (n: number, dari: number) => `persentase di ${baris(n, dari)}`,
  isiSatuan: (n: number, dari: number) => `angka dengan satuan di ${baris(n, dari)}`,
  isiPredikat: (n: number, dari: number) => `predikat (AA–D, WTP …) di ${baris(n, dari)}`,
  isiUnsur: (n: number, dari: number) => `nama unsur pelayanan SKM di ${baris(n, dari)}`,
  isiPenanda: (n: number, dari: number) => `nomor urut (I, 1, 1), -, a.) di ${baris(n, dari)}`,
  isiUraian: (n: number, dari: number) => `teks uraian di ${baris(n, dari)}`,
  isiAngka: (n: number, dari: number) => `angka di ${baris(n, dari)}`,
  isiTeksPendek: (n: number, dari: number) => `teks pendek di ${baris(n, dari)}`,
  posisiNama: () => 'kolom teks pertama, tanpa kolom uraian atau indikator lain',
  posisiRupiah: (urutan: number) => (urutan === 1 ? 'kolom Rupiah pertama' : 'kolom Rupiah kedua'),
  rasio: (n: number, dari: number, pembilang: string, penyebut: string) =>
    `= ${pembilang} ÷ ${penyebut} di ${baris(n, dari)}`,
  selisih: (n: number, dari: number, a: string, b: string) => `= ${a} − ${b} di ${baris(n, dari)}`,
  efisiensi: (n: number, dari: number) => `cocok dengan salah satu metode efisiensi di ${baris(n, dari)}`,
  induk: (n: number, dari: number) => `induk = jumlah rinciannya di ${n} dari ${dari} baris induk`,
  jumlah: (cocok: boolean) =>
    cocok ? 'baris JUMLAH = jumlah program' : 'baris JUMLAH berbeda dari jumlah program',
  tahunLaporan: (tahun: number, sumber: string) =>
    `tahun laporan ${tahun} (${SUMBER_TAHUN[sumber] ?? sumber})`,
  template: (tabel: string, teks: string) => `kolom "${teks}" tabel Excel template "${tabel}"`,
} as const;

/** Where the report year came from. */
export const SUMBER_TAHUN: Record<string, string> = {
  judul: 'dari judul tabel',
  buku: 'dari judul buku kerja',
  pengaturan: 'dari pengaturan',
  kolom: 'tahun terakhir yang berisi realisasi',
};

export const PESAN_PENGENALAN = {
  // Why a header block was not read as a table.
  kurangUraian: () => 'tidak ada kolom uraian (Program/Kegiatan/Uraian) atau indikator',
  kurangPagu: () => 'tidak ada kolom pagu/anggaran (Rupiah) yang dapat dibaca',
  kurangAngka: () => 'tidak ada kolom pagu, target atau realisasi, dan tidak ada kolom angka Rupiah',
  kurangJenis: () => 'judul dan angkanya tidak cocok dengan tabel anggaran, kinerja, efisiensi atau survei',
  headerDitolak: (judul: string, alasan: string) =>
    `Judul kolom ${judul} ditemukan di sini, tetapi tabel ini tidak dikenali: ${alasan}.`,
  lembarTanpaTabel: (lembar: string, jumlah: number) =>
    `Lembar "${lembar}" berisi ${jumlah} angka di luar tabel yang dikenali. Tabel tanpa baris judul kolom ` +
    '(misalnya "Uraian | Pagu | Realisasi" atau "Indikator | Target | Realisasi") tidak dapat dikenali dan tidak diperiksa.',
  barisTakTertempatkan: (jumlah: number) =>
    `${jumlah} baris berangka di tabel ini tidak dapat ditempatkan (lihat temuan STR-01 di barisnya): ` +
    'capaian dan realisasinya tetap diperiksa, tetapi jumlah induk dan baris JUMLAH yang melibatkannya tidak diperiksa.',

  // Header columns (STR-02).
  headerGanda: (header: string, usedColumn: string) =>
    `Judul kolom "${header}" bermakna sama dengan kolom ${usedColumn}; yang dipakai kolom ${usedColumn}, kolom ini diabaikan.`,
  headerTidakDikenal: (header: string) => `Judul kolom "${header}" tidak dikenali; kolom ini tidak dibaca.`,
  targetSebelumPerubahan: () =>
    'Kolom target sebelum perubahan tidak dibaca; yang dipakai target setelah perubahan.',
  paguSebelumPerubahan: () =>
    'Kolom anggaran sebelum perubahan tidak dibaca; yang dipakai anggaran setelah perubahan.',
  tahunDiabaikan: (header: string) => `Kolom "${header}" (tahun lain) tidak dibaca.`,
  targetTahunDiabaikan: (year: string, lastYear: string) =>
    `Target tahun ${year} tidak dibaca; yang dibaca target akhir periode (tahun ${lastYear}).`,
  tahunDiperiksa: (tahun: number, sumber: string, lain: number[]) =>
    `Kolom tahun ${tahun} yang diperiksa (${SUMBER_TAHUN[sumber] ?? sumber}); kolom tahun ${lain.join(', ')} ` +
    'dibaca sebagai tahun sebelumnya.',
  kolomAnggaranDiKinerja: (header: string) =>
    `Kolom "${header}" berisi anggaran; di tabel kinerja ini kolom itu tidak dibaca.`,
  kolomKinerjaDiAnggaran: (header: string) =>
    `Kolom "${header}" berisi kinerja, bukan Rupiah; di tabel anggaran ini kolom itu tidak dibaca.`,
  judulBedaIsi: (kolom: string, header: string, peran: string) =>
    `Kolom ${kolom} berjudul "${header}" tetapi berisi angka Rupiah; dibaca sebagai ${peran}.`,
  polaritasTidakDikenal: (text: string) =>
    `Polaritas "${text}" tidak dikenali (pakai positif, negatif atau negatif-rasio); dianggap tidak diisi.`,
  sasaranDariJudul: (text: string) =>
    `Tabel tanpa kolom sasaran: sasarannya diambil dari judul di atas tabel ("${text}").`,
  surveiKurangUnsur: (n: number) =>
    `Hanya ${n} unsur pelayanan yang terbaca; PermenPANRB 14/2017 menetapkan 9 unsur. IKM dihitung dari ${n} unsur ini.`,
  surveiUnsurLama: (n: number) =>
    `${n} unsur pelayanan terbaca, seperti survei menurut KepmenPAN 25/2004 (14 unsur); IKM dihitung dari ${n} unsur ini.`,

  // Rows (STR-01).
  barisTanpaTingkat: (teks: string) =>
    `Baris "${teks}" tidak dapat ditempatkan dalam pohon anggaran: tidak ada nomor (I, 1, 1), -), kata ` +
    'Program/Kegiatan/Sub Kegiatan, atau kode anggaran di depannya, dan angkanya bukan jumlah baris di bawahnya.',
  angkaTanpaUraian: () => 'Baris ini berisi angka tanpa uraian program/kegiatan; baris dilewati.',
  penandaSaja: (penanda: string) =>
    `Baris hanya berisi penanda "${penanda}" tanpa uraian dan tanpa angka; baris dilewati.`,
  sambunganTanpaInduk: (teks: string) =>
    `Teks "${teks}" tidak bernomor dan tidak berangka, dan tidak ada baris di atasnya untuk disambung; baris dilewati.`,
  nilaiTakTerbaca: (kolom: string, teks: string) =>
    `Nilai "${teks}" di kolom ${kolom} tidak terbaca sebagai angka.`,
  angkaBerlebih: (teks: string) =>
    `Angka "${teks}" berada di luar kolom tabel dan tidak dapat dipasangkan dengan kolom mana pun; diabaikan.`,
  barisSubtotal: (teks: string) =>
    `Baris "${teks}" dibaca sebagai subtotal di tengah tabel: capaiannya diperiksa, tetapi tidak dihitung sebagai program atau kegiatan dan tidak ikut dijumlahkan.`,
  kodeSalahKetik: (kode: string) =>
    `Kode "${kode}" tampaknya salah ketik: baris-baris di bawahnya berkode di bawah kode induknya, yang tidak ada di tabel; baris ini dibaca sebagai induknya.`,
  daftarTanpaTingkat: (tingkat: string) =>
    `Baris-baris tabel ini tidak bernomor dan tidak berkode: semuanya dibaca sebagai ${tingkat} yang setara, dijumlahkan ke baris JUMLAH.`,
  kelompokRekening: (kode: string) =>
    `Baris kelompok rekening ${kode} dilewati; yang dibaca adalah rincian rekeningnya.`,
  barisLanjutan: (previousRow: number) => `Baris ini dibaca sebagai lanjutan teks baris ${previousRow}.`,
  indukTidakAda: (numbering: string, parent: string) =>
    `Nomor ${numbering} tidak punya induk bernomor ${parent}; baris ini ditempatkan di bawah baris bernomor di atasnya.`,
  tanpaIndukBernomor: () =>
    'Baris tanpa nomor sebelum baris bernomor mana pun; dibaca sebagai tingkat teratas.',
  terlaluDalam: (numbering: string) =>
    `Nomor ${numbering} lebih dalam dari tingkat sub kegiatan; dibaca sebagai sub kegiatan.`,
  barisTidakDitempatkan: (text: string) =>
    `Baris "${text}" tidak dapat ditempatkan di tabel indikator (tanpa nomor, target atau realisasi); tidak dibaca.`,
  barisJumlah: (label: string) =>
    `Baris "${label}" adalah jumlah, bukan indikator; tidak dibaca sebagai indikator.`,
  barisEfisiensiTidakDitempatkan: (text: string) =>
    `Baris "${text}" tidak dapat ditempatkan di tabel efisiensi (tanpa uraian atau angka); tidak dibaca.`,
  barisJudulDalamTabel: (text: string) =>
    `Baris "${text}" dibaca sebagai judul kelompok di dalam tabel: baris di bawahnya termasuk kelompok ini.`,
  barisSurveiTidakDikenal: (label: string) =>
    `Baris "${label}" di tabel survei tidak dikenali dan tidak dibaca.`,
  nilaiSurveiBukanAngka: (label: string, text: string) => `${label} "${text}" bukan angka; tidak dibaca.`,

  // The canonical template.
  templateHeaderBeda: (table: string, expected: string, actual: string) =>
    `Tabel ${table} tidak sesuai template: judul kolom seharusnya "${expected}", tertulis "${actual}". Tabel ini tidak dibaca sebagai template.`,
  templateLevelTidakDikenal: (level: string, allowed: string) =>
    `Level "${level}" tidak dikenali (pilih salah satu: ${allowed}); baris ini tidak dibaca.`,
  templateTanpaInduk: (level: string) =>
    `Baris ${level} tanpa induk di atasnya; dibaca sebagai tingkat teratas.`,
} as const;

/** Indonesian column names of the budget table, for the notes. */
export const KOLOM_ANGGARAN = {
  pagu: 'Pagu',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
  sisa: 'Sisa Anggaran',
} as const;

/** Lines shown after the pane creates the template sheets (plan-template.ts). */
export const PESAN_TEMPLAT = {
  dibuat: (sheet: string, table: string) =>
    `Lembar ${sheet} dibuat dengan tabel Excel "${table}"; baris contoh boleh diganti atau dihapus.`,
  petunjukLevel: (levels: string) =>
    `Kolom Level diisi dari daftar: ${levels}. Urutan baris mengikuti pohon (induk di atas anaknya).`,
  petunjukPersen: () => 'Untuk Satuan "%", tulis 100 untuk 100%.',
  petunjukSkm: () => 'Satu baris per responden; jawaban 1–4 per unsur, kosongkan unsur yang tidak dijawab.',
} as const;
