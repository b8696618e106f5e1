/** Notes of the budget-table recogniser (STR-01, STR-02), in Bahasa Indonesia. */
export const recogniseAnggaranMessages = {
  /** A row with text and figures but no marker or budget code: its level is unknown. */
  barisTanpaTingkat: (teks: string): string =>
    `Baris "${teks}" tidak dapat ditempatkan dalam pohon anggaran: tidak ada nomor (I, 1, 1), -) atau kode anggaran di depannya.`,
  /** A row with figures but no name. */
  angkaTanpaUraian: (): string => 'Baris ini berisi angka tanpa uraian program/kegiatan; baris dilewati.',
  /** A row holding only a numbering marker (the seed's lone "-"). */
  penandaSaja: (penanda: string): string =>
    `Baris hanya berisi penanda "${penanda}" tanpa uraian dan tanpa angka; baris dilewati.`,
  /** A text row that continues nothing (no line above it to join). */
  sambunganTanpaInduk: (teks: string): string =>
    `Teks "${teks}" tidak bernomor dan tidak berangka, dan tidak ada baris di atasnya untuk disambung; baris dilewati.`,
  /** A figure that the number reader could not read. */
  nilaiTakTerbaca: (kolom: string, teks: string): string =>
    `Nilai "${teks}" di kolom ${kolom} tidak terbaca sebagai angka.`,
  /** More figures in a row than the table has figure columns. */
  angkaBerlebih: (teks: string): string =>
    `Angka "${teks}" berada di luar kolom tabel dan tidak dapat dipasangkan dengan kolom mana pun; diabaikan.`,
  /** A rekening group line (5.1, 5.1.02 …) in a SIPD export: the detail lines carry the amounts. */
  kelompokRekening: (kode: string): string =>
    `Baris kelompok rekening ${kode} dilewati; yang dibaca adalah rincian rekeningnya.`,
  /** Two header columns name the same field. */
  kolomGanda: (judul: string, pertama: string): string =>
    `Judul kolom "${judul}" bermakna sama dengan kolom ${pertama}; kolom ${pertama} yang dipakai.`,
} as const;

/** Indonesian column names of the budget table, for the notes. */
export const KOLOM_ANGGARAN = {
  pagu: 'Pagu',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
} as const;
