/**
 * Notes of the indicator, survey and template recognisers (STR-*, NUM-02), in Bahasa Indonesia.
 * Each function takes what the note names and returns the sentence shown in "Periksa struktur".
 */
export const recogniseKinerjaMessages = {
  /** A header that appears twice: the first column is used, this one ignored. */
  headerGanda: (header: string, usedColumn: string) =>
    `Judul kolom "${header}" muncul lebih dari sekali; yang dipakai kolom ${usedColumn}, kolom ini diabaikan.`,
  /** A header the recogniser does not know, so the column is not read. */
  headerTidakDikenal: (header: string) => `Judul kolom "${header}" tidak dikenali; kolom ini tidak dibaca.`,
  /** A column for the target before a revision (Tabel 2.6); only the revised target is read. */
  targetSebelumPerubahan: () =>
    'Kolom target sebelum perubahan tidak dibaca; yang dipakai target setelah perubahan.',
  /** Three or more year groups: only the last two are read. */
  tahunDiabaikan: (year: string) =>
    `Kelompok kolom tahun ${year} diabaikan; yang dibaca hanya dua tahun terakhir.`,
  /** A yearly target of a Renstra table other than the last year, which is read as the end-period target. */
  targetTahunDiabaikan: (year: string, lastYear: string) =>
    `Target tahun ${year} tidak dibaca; yang dibaca target akhir periode (tahun ${lastYear}).`,
  /** A row read as the tail of the text of the row above (text continued after a line or page break). */
  barisLanjutan: (previousRow: number) => `Baris ini dibaca sebagai lanjutan teks baris ${previousRow}.`,
  /** A numbered row whose parent numbering is missing; attached to the nearest higher row instead. */
  indukTidakAda: (numbering: string, parent: string) =>
    `Nomor ${numbering} tidak punya induk bernomor ${parent}; baris ini ditempatkan di bawah baris bernomor di atasnya.`,
  /** An unnumbered row before any numbered row: it becomes a top-level row. */
  tanpaIndukBernomor: () =>
    'Baris tanpa nomor sebelum baris bernomor mana pun; dibaca sebagai tingkat teratas.',
  /** Numbering deeper than sub kegiatan. */
  terlaluDalam: (numbering: string) =>
    `Nomor ${numbering} lebih dalam dari tingkat sub kegiatan; dibaca sebagai sub kegiatan.`,
  /** A polaritas text that is not one of positif / negatif / negatif-rasio. */
  polaritasTidakDikenal: (text: string) =>
    `Polaritas "${text}" tidak dikenali (pakai positif, negatif atau negatif-rasio); dianggap tidak diisi.`,
  /** A number read with a guess (DESIGN.md §3.8). */
  tebakanAngka: (text: string, read: string, guess: string) =>
    `"${text}" dibaca sebagai ${read} (${guess}); periksa apakah itu yang dimaksud.`,
  /** A row of an indicator table that has text outside the columns read and no figures. */
  barisTidakDitempatkan: (text: string) =>
    `Baris "${text}" tidak dapat ditempatkan di tabel indikator (tanpa nomor, target atau realisasi); tidak dibaca.`,
  /** A total row inside an indicator table, which the cascade does not hold. */
  barisJumlah: (label: string) =>
    `Baris "${label}" adalah jumlah, bukan indikator; tidak dibaca di tabel kinerja.`,
  /** A row of a survey table that is neither a respondent nor a known summary row. */
  barisSurveiTidakDikenal: (label: string) =>
    `Baris "${label}" di tabel survei tidak dikenali dan tidak dibaca.`,
  /** A stated IKM or NRR that is not a number. */
  nilaiSurveiBukanAngka: (label: string, text: string) => `${label} "${text}" bukan angka; tidak dibaca.`,
  /** A canonical template table whose headers are not the template's. */
  templateHeaderBeda: (table: string, expected: string, actual: string) =>
    `Tabel ${table} tidak sesuai template: judul kolom seharusnya "${expected}", tertulis "${actual}". Tabel ini tidak dibaca sebagai template.`,
  /** A template row whose Level is not one of the template's levels. */
  templateLevelTidakDikenal: (level: string, allowed: string) =>
    `Level "${level}" tidak dikenali (pilih salah satu: ${allowed}); baris ini tidak dibaca.`,
  /** A template row whose level has no parent above it (a kegiatan before any program). */
  templateTanpaInduk: (level: string) =>
    `Baris ${level} tanpa induk di atasnya; dibaca sebagai tingkat teratas.`,
} as const;

/** Lines shown after the pane creates the template sheets (plan-template.ts). */
export const templateMessages = {
  dibuat: (sheet: string, table: string) =>
    `Lembar ${sheet} dibuat dengan tabel Excel "${table}"; baris contoh boleh diganti atau dihapus.`,
  petunjukLevel: (levels: string) =>
    `Kolom Level diisi dari daftar: ${levels}. Urutan baris mengikuti pohon (induk di atas anaknya).`,
  petunjukPersen: () => 'Untuk Satuan "%", tulis 100 untuk 100%.',
  petunjukSkm: () => 'Satu baris per responden; jawaban 1–4 per unsur, kosongkan unsur yang tidak dijawab.',
} as const;

/** Indonesian names of the number reader's guesses, for NUM-02 notes. */
export const tebakanAngkaNama: Record<string, string> = {
  'pemisah-tunggal': 'satu pemisah diikuti tiga angka',
  'desimal-rupiah': 'desimal pada kolom Rupiah',
  'persen-tanpa-tanda': 'persen tanpa tanda %',
  'persen-pecahan': 'pecahan pada kolom persen',
};
