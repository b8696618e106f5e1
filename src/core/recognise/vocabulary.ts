/**
 * The header vocabulary of LKjIP tables, kept as data (DESIGN.md §5, docs/recognition.md): what header
 * words name, with the synonyms and misspellings real reports contain. A header cell is read in two
 * steps (header-words.ts): its qualifiers are taken off (a year, `(Rp)`, `%`, "Sebelum/Setelah
 * Perubahan", a KINERJA or ANGGARAN group), then what is left is matched whole against the patterns
 * below, after one-letter slips in long words are mended against KEYWORDS.
 *
 * Patterns are regular-expression sources matched against the whole key (lower case, punctuation as
 * spaces, `%` as the word `persen`); each table kind decides what a concept means in it
 * (classify-table.ts).
 */

/** What a header cell names, before the table's kind says what it means there. */
export type Concept =
  | 'nomor'
  | 'kode'
  | 'uraian'
  | 'tujuan'
  | 'sasaran'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'pagu'
  | 'sisa'
  | 'efisiensi'
  | 'kategori'
  | 'polaritas'
  | 'targetAkhir'
  | 'standar'
  | 'kemajuan'
  | 'analisis'
  | 'solusi'
  | 'menunjang'
  | 'keterangan'
  | 'unsur'
  | 'nrr'
  | 'nrrTertimbang'
  | 'ikm'
  | 'mutu'
  | 'jumlah'
  | 'nilai'
  | 'kinerja';

/**
 * Concepts and the header keys that name them, in the order tried. A weak concept (`jumlah`, `nilai`)
 * says little alone; strong ones are the words that make a header.
 */
export const HEADER_VOCABULARY: ReadonlyArray<{
  concept: Concept;
  strong: boolean;
  patterns: readonly string[];
}> = [
  // Physical progress and the work schedule of a monthly realisation report (RFK): no indicator, no
  // budget figure. Tried first, before "Target …" and "Realisasi …" claim them.
  {
    concept: 'keterangan',
    strong: false,
    patterns: [
      '(target |realisasi |capaian |progres )?fisik.*',
      'progres.*',
      'target keuangan.*',
      '(jadwal )?(pengadaan|pelaksanaan|selesai)( bulan.*| serah terima)?',
      'serah terima',
      'akumulasi.*',
      '(permasalahan|kendala).*',
    ],
  },
  {
    concept: 'nomor',
    strong: false,
    patterns: [
      'no',
      'nomor',
      'no urut',
      'nmr',
      'n0',
      'no resp',
      'no responden',
      '(no|nomor) (misi|tujuan|sasaran|indikator|program|kegiatan)',
    ],
  },
  {
    concept: 'kode',
    strong: true,
    patterns: [
      'kode',
      'kode (rekening|rek|program|kegiatan|sub kegiatan|subkegiatan|anggaran|urusan)',
      'kode rekening anggaran',
    ],
  },
  {
    concept: 'nrrTertimbang',
    strong: true,
    patterns: ['nrr tertimbang( per unsur)?', 'nilai rata rata tertimbang', 'nilai tertimbang'],
  },
  {
    concept: 'nrr',
    strong: true,
    patterns: [
      'nrr( per unsur| unsur)?',
      'nilai rata rata( per unsur| unsur)?',
      'rata rata nilai',
      'nilai unsur( pelayanan)?',
      'nilai persepsi( rata rata)?',
      'nilai per unsur',
    ],
  },
  {
    concept: 'unsur',
    strong: true,
    patterns: [
      'unsur( pelayanan)?',
      'jenis unsur( pelayanan)?',
      'unsur unsur pelayanan',
      'unsur layanan',
      'u ?[1-9]|u1[0-4]',
      'unsur ?[1-9]|unsur 1[0-4]',
    ],
  },
  {
    concept: 'ikm',
    strong: true,
    patterns: ['ikm', 'nilai ikm', 'skm', 'nilai skm', 'indeks kepuasan masyarakat', 'nilai indeks'],
  },
  {
    concept: 'mutu',
    strong: true,
    patterns: ['mutu( pelayanan)?', 'kinerja unit( pelayanan)?', 'kriteria ikm'],
  },
  {
    concept: 'indikator',
    strong: true,
    patterns: [
      'indikator( [a-z ]+)?',
      'iku',
      'indikator kinerja (program|kegiatan|sub kegiatan)( outcome| output)?',
      'ukuran keberhasilan',
    ],
  },
  { concept: 'satuan', strong: true, patterns: ['satuan', 'sat', 'satuan indikator'] },
  { concept: 'polaritas', strong: true, patterns: ['polaritas', 'sifat indikator', 'arah indikator'] },
  {
    concept: 'targetAkhir',
    strong: true,
    patterns: [
      'target akhir( periode)?( renstra| rpjmd)?',
      'target (renstra|rpjmd)( akhir)?( periode)?',
      'target akhir tahun',
    ],
  },
  {
    concept: 'standar',
    strong: true,
    patterns: [
      '(standar|standart|standard)( nasional| provinsi| pelayanan minimal| spm)?',
      'capaian nasional',
    ],
  },
  {
    concept: 'kemajuan',
    strong: true,
    patterns: [
      '(tingkat )?kemajuan( capaian)?',
      // "Capaian Tahun 2016 terhadap Target Akhir Renstra (%)": progress toward the end target, not the
      // year's capaian. The Renstra (or RPJMD, or period) must be named: "Target Akhir Tahun" is the year's.
      '(capaian|pencapaian|realisasi)( [a-z ]+)? terhadap (target )?(akhir )?(renstra|rpjmd|periode)( [a-z ]+)?',
    ],
  },
  {
    concept: 'efisiensi',
    strong: true,
    patterns: [
      '(tingkat |nilai |persentase )?efisiensi( anggaran| penggunaan (sumber daya|anggaran))?',
      'efisien( tidak efisien)?',
    ],
  },
  {
    concept: 'sisa',
    strong: true,
    patterns: [
      'sisa( anggaran| dana| pagu( alokasi)?( dana| anggaran)?)?',
      'selisih( anggaran)?',
      'silpa',
      'sisa lebih',
    ],
  },
  {
    concept: 'capaian',
    strong: true,
    patterns: [
      '(persentase|prosentase|presentase|persentasi) (capaian|realisasi|serapan|penyerapan)',
      '(tingkat )?(capaian|pencapaian)( [a-z ]+)?',
      'capaian realisasi (anggaran|keuangan|kinerja)',
      'tingkat (realisasi|serapan|penyerapan)( [a-z ]+)?',
      'persentase',
      'prosentase',
      'persen',
      'serapan persen',
      'daya serap',
      'penyerapan',
      'rasio capaian',
    ],
  },
  {
    concept: 'pagu',
    strong: true,
    patterns: [
      'pagu( anggaran| dpa| indikatif| definitif| akhir| awal| revisi| perubahan| alokasi( dana| anggaran)?)?',
      // `Anggaran Murni` / `Induk` are read through the revision words (before the change), not here.
      'anggaran( pagu| dpa| belanja( daerah| langsung)?| kas| tersedia)?',
      'alokasi( anggaran| dana)?',
      'dpa',
      'dpa p',
      'jumlah anggaran',
      'nilai anggaran',
      'target (anggaran|keuangan|rp)',
      'rencana (anggaran|keuangan)',
    ],
  },
  {
    concept: 'realisasi',
    strong: true,
    patterns: ['realisasi( [a-z ]+)?', 'serapan( anggaran)?', 'capaian realisasi', 'hasil'],
  },
  {
    concept: 'target',
    strong: true,
    patterns: ['target( [a-z ]+)?', 'rencana( tingkat capaian| target)?', 'sasaran target'],
  },
  {
    concept: 'kategori',
    strong: true,
    patterns: [
      'kategori( capaian)?',
      'predikat( capaian| kinerja)?',
      'interpretasi',
      'kriteria( penilaian| capaian)?',
      'status( capaian)?',
      'skala nilai',
      'keterangan capaian',
      'nilai predikat',
    ],
  },
  {
    concept: 'analisis',
    strong: true,
    patterns: ['analisis.*', 'penyebab.*', 'faktor (penghambat|pendukung).*'],
  },
  {
    concept: 'solusi',
    strong: true,
    patterns: ['solusi.*', 'upaya.*', 'alternatif solusi.*', 'tindak lanjut'],
  },
  { concept: 'menunjang', strong: true, patterns: ['menunjang.*', 'mendukung.*'] },
  {
    concept: 'keterangan',
    strong: false,
    patterns: [
      'keterangan',
      'ket',
      'sumber( data| dana)?',
      'penanggung jawab',
      'pj',
      'pelaksana',
      'lokasi',
      'catatan',
      'formulasi',
      'cara (pengukuran|perhitungan)',
      'definisi operasional',
    ],
  },
  { concept: 'tujuan', strong: true, patterns: ['tujuan( strategis)?'] },
  { concept: 'sasaran', strong: true, patterns: ['sasaran( strategis| program| kegiatan)?'] },
  { concept: 'subkegiatan', strong: true, patterns: ['sub ?kegiatan'] },
  { concept: 'kegiatan', strong: true, patterns: ['kegiatan'] },
  { concept: 'program', strong: true, patterns: ['program'] },
  {
    concept: 'uraian',
    strong: true,
    patterns: [
      'uraian.*',
      'rincian( output| kegiatan)?.*',
      'nama( program| kegiatan| sub kegiatan| rekening)?',
      '(urusan |bidang )?(tujuan |sasaran )?(program|kegiatan|sub ?kegiatan|rekening)( (kegiatan|sub ?kegiatan|rekening|indikator kinerja))*( [a-z ]+)?',
      'urusan( bidang)?( urusan)?( pemerintahan)?( daerah)?( dan)? program( kegiatan)?( sub kegiatan)?',
      '(tujuan )?sasaran( strategis)? (program|indikator).*',
      'tujuan sasaran.*',
      'jenis belanja',
      'belanja',
    ],
  },
  { concept: 'jumlah', strong: false, patterns: ['jumlah( rp| dana)?', 'total', 'nilai rp'] },
  { concept: 'nilai', strong: false, patterns: ['nilai', 'skor', 'nilai rata rata ikm'] },
  {
    concept: 'kinerja',
    strong: false,
    patterns: ['kinerja', 'fisik', 'output', 'outcome', 'capaian kinerja'],
  },
];

/**
 * Words a header can be built from, for mending one-letter slips in long words (`realiasi`,
 * `prediket`, `indiktor`): a header token of six letters or more within one edit of one of these is
 * read as it. Misspellings seen in real reports that are further off are listed in MISSPELLINGS.
 */
export const KEYWORDS: readonly string[] = [
  'realisasi',
  'capaian',
  'pencapaian',
  'predikat',
  'indikator',
  'anggaran',
  'persentase',
  'prosentase',
  'kategori',
  'efisiensi',
  'kegiatan',
  'program',
  'sasaran',
  'strategis',
  'satuan',
  'target',
  'analisis',
  'keterangan',
  'polaritas',
  'standar',
  'kemajuan',
  'tertimbang',
  'pelayanan',
  'interpretasi',
  'keuangan',
  'penyerapan',
  'kinerja',
  'tingkat',
];

/**
 * Words a header can run together when a PDF's text loses the space (`INDIKATORKINERJA`,
 * `PAGUANGGARAN`): a token that is two of these glued is read as the two.
 */
export const GLUED_WORDS: readonly string[] = [
  ...KEYWORDS,
  'kinerja',
  'utama',
  'strategis',
  'pagu',
  'tahun',
  'persen',
  'rata',
  'nilai',
  'sub',
];

/** Misspellings real reports contain that one edit does not mend, with what they mean. */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  // Abbreviations reports print in narrow header cells.
  capkin: 'capaian kinerja',
  capain: 'capaian',
  capaiaan: 'capaian',
  realsasi: 'realisasi',
  realisai: 'realisasi',
  relisasi: 'realisasi',
  anlisis: 'analisis',
  persentasi: 'persentase',
  presentasi: 'persentase',
  prosentasi: 'persentase',
  presentase: 'persentase',
  standart: 'standar',
  standard: 'standar',
  indokator: 'indikator',
  angaran: 'anggaran',
};

/**
 * Qualifier words that are not the header's meaning but say something about its column: a group
 * (KINERJA / ANGGARAN, input / output), a revision (Sebelum / Setelah Perubahan), the previous year.
 */
export const QUALIFIERS = {
  anggaran: ['anggaran', 'keuangan', 'input', 'dana', 'rp', 'rupiah', 'biaya'],
  kinerja: ['kinerja', 'output', 'outcome', 'fisik', 'sasaran', 'indikator'],
  sebelum: ['sebelum perubahan', 'sebelum', 'murni', 'awal', 'induk'],
  setelah: ['setelah perubahan', 'sesudah perubahan', 'setelah', 'sesudah', 'perubahan', 'p'],
  lalu: ['tahun lalu', 'tahun sebelumnya', 'n 1'],
  persen: ['persen'],
  rupiah: ['rp', 'rupiah', 'ribu rupiah', 'juta rupiah'],
  periode: ['s d', 'sd', 'sampai dengan', 'tw iv', 'triwulan iv', 'semester ii', 'per 31 desember'],
} as const;

/**
 * The unsur of the public-satisfaction survey, by their usual words: the nine of PermenPANRB 14/2017
 * (and the questionnaire's wording: "kesesuaian persyaratan", "kecepatan waktu" …), and the older
 * fourteen of KepmenPAN 25/2004 that reports before 2018 still use.
 */
export const UNSUR_NAMES: ReadonlyArray<{ id: string; words: RegExp }> = [
  { id: 'persyaratan', words: /persyaratan|syarat/ },
  { id: 'prosedur', words: /sistem|mekanisme|prosedur|alur/ },
  { id: 'waktu', words: /waktu|kecepatan/ },
  { id: 'biaya', words: /biaya|tarif/ },
  { id: 'produk', words: /produk|spesifikasi|hasil pelayanan/ },
  { id: 'kompetensi', words: /kompetensi|kemampuan petugas|kemampuan pelaksana/ },
  { id: 'perilaku', words: /perilaku|sikap|kesopanan|keramahan/ },
  { id: 'pengaduan', words: /pengaduan|saran dan masukan|keluhan/ },
  { id: 'sarana', words: /sarana|prasarana|kenyamanan lingkungan/ },
  { id: 'maklumat', words: /maklumat/ },
  { id: 'kejelasan', words: /kejelasan petugas/ },
  { id: 'kedisiplinan', words: /kedisiplinan|disiplin/ },
  { id: 'tanggung jawab', words: /tanggung jawab/ },
  { id: 'keadilan', words: /keadilan/ },
  { id: 'kepastian jadwal', words: /kepastian jadwal/ },
  { id: 'keamanan', words: /keamanan/ },
  { id: 'pungutan', words: /pungutan/ },
];
