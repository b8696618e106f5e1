/**
 * Messages of the SAKIP formulas and custom functions (src/core/formulas, src/functions), Bahasa Indonesia.
 * Numbers in messages are written Indonesian style (decimal comma).
 */

/** `0.5` → `0,5`; a plain rendering for messages, not a report format. */
function angka(value: { toString(): string }): string {
  return value.toString().replace('.', ',');
}

export const PESAN_FUNGSI = {
  argumenKosong: (nama: string) => `Argumen ${nama} kosong.`,
  tipeData:
    'Sel berisi tipe data Excel (entitas, saham, geografi atau sejenisnya), bukan angka atau teks. Rujuk salah satu bidangnya, misalnya =A2.Populasi, atau salin selnya sebagai nilai.',
  argumenBukanAngka: (nama: string, teks: string) => `Argumen ${nama} bukan angka: "${teks}".`,
  argumenGalatExcel: (nama: string) => `Argumen ${nama} berisi galat Excel.`,
  argumenLogika: (nama: string) => `Argumen ${nama} berupa nilai logika (TRUE/FALSE), bukan angka atau teks.`,
  argumenTakTerbatas: (nama: string) => `Argumen ${nama} bukan angka yang terhingga.`,
  pilihanTidakDikenal: (nama: string, teks: string, pilihan: readonly string[]) =>
    `Argumen ${nama} "${teks}" tidak dikenal; pilih salah satu: ${pilihan.map((p) => `"${p}"`).join(', ')}.`,
  argumenBukanRentang: (nama: string) => `Argumen ${nama} harus berupa rentang sel.`,
  belumDinilai: (nama: string) =>
    `${nama.charAt(0).toUpperCase()}${nama.slice(1)} belum ada (Belum ada penilaian), sehingga tidak dapat dihitung.`,

  targetNol: 'Target bernilai 0: capaian tidak dapat dihitung (pembagian dengan nol).',
  realisasiNolRasio: 'Realisasi bernilai 0: rumus negatif-rasio (target ÷ realisasi) membagi dengan nol.',
  skalaBerbeda: (target: string, realisasi: string) =>
    `Target (${target}) dan realisasi (${realisasi}) tidak pada skala yang sama.`,
  polaritasPredikat:
    'Predikat kualitatif selalu berpolaritas positif (makin tinggi makin baik); polaritas negatif tidak berlaku.',

  letakRelatif: (row: number, col: number) => `baris ${row + 1}, kolom ${col + 1} rentang`,
  jawabanDiLuarRentang: (nilai: { toString(): string }, letak: string) =>
    `Jawaban ${angka(nilai)} di ${letak} di luar skala 1–4.`,
  jawabanBukanBulat: (nilai: { toString(): string }, letak: string) =>
    `Jawaban ${angka(nilai)} di ${letak} bukan bilangan bulat 1–4.`,
  selBukanAngka: (teks: string, letak: string) => `"${teks}" di ${letak} bukan angka.`,
  tidakAdaJawaban: 'Tidak ada jawaban survei: semua sel kosong.',
  nrrDiLuarRentang: (nilai: { toString(): string }, letak: string) =>
    `NRR ${angka(nilai)} di ${letak} di luar rentang 1–4.`,
  ikmDiLuarRentang: (nilai: { toString(): string }) => `IKM ${angka(nilai)} di luar rentang 25–100.`,

  anggaranNolIndeks: 'Capaian anggaran 0: indeks efisiensi (kinerja ÷ anggaran) membagi dengan nol.',
  kinerjaTidakTercapai:
    'Target kinerja tidak tercapai: metode "sisa" hanya berlaku jika capaian kinerja ≥ 100%.',

  nilaiPredikatDiLuarRentang: (nilai: { toString(): string }) =>
    `Nilai ${angka(nilai)} di luar rentang 0–100.`,

  skalaKosong: 'Skala kosong: beri rentang 2 kolom (batas bawah, label).',
  skalaBukanDuaKolom: 'Skala harus rentang 2 kolom: batas bawah dan label.',
  skalaBarisTidakSah: (letak: string) =>
    `Baris skala di ${letak} harus berisi satu batas bawah (angka) dan satu label.`,
  skalaBatasGanda: (batas: { toString(): string }) =>
    `Batas bawah ${angka(batas)} muncul dua kali dalam skala.`,

  terbilangTerlaluBesar: 'Angka terlalu besar untuk dieja: batasnya 999 triliun.',
} as const;
