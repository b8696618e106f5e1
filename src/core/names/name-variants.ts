/**
 * How the same name is written differently across the tables of one report, kept as data so it can
 * be reviewed and extended. Each entry maps a word as found (lower case, after nameKey) to its
 * standard form (KBBI spelling, or the words an abbreviation stands for).
 */

/** Indonesian spelling variants that reports really contain: the non-standard form → the standard one. */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    tentram: 'tenteram',
    ketentraman: 'ketenteraman',
    praktek: 'praktik',
    propinsi: 'provinsi',
    resiko: 'risiko',
    aktifitas: 'aktivitas',
    efektifitas: 'efektivitas',
    produktifitas: 'produktivitas',
    kreatifitas: 'kreativitas',
    obyek: 'objek',
    subyek: 'subjek',
    ijin: 'izin',
    perijinan: 'perizinan',
    analisa: 'analisis',
    sistim: 'sistem',
    kwalitas: 'kualitas',
    kwantitas: 'kuantitas',
    tehnis: 'teknis',
    tehnik: 'teknik',
    nasehat: 'nasihat',
    jadual: 'jadwal',
    apotik: 'apotek',
    hakekat: 'hakikat',
    kongkrit: 'konkret',
    ekstrim: 'ekstrem',
    frekwensi: 'frekuensi',
    kwitansi: 'kuitansi',
    managemen: 'manajemen',
    menejemen: 'manajemen',
    insfrastruktur: 'infrastruktur',
    kordinasi: 'koordinasi',
    standarisasi: 'standardisasi',
    kesejahtraan: 'kesejahteraan',
    pemberdayaaan: 'pemberdayaan',
    sekertariat: 'sekretariat',
    sekretariant: 'sekretariat',
    sarpras: 'sarana prasarana',
  }),
);

/** Abbreviations used in names of units, programs and indicators → the words they stand for. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    kab: 'kabupaten',
    kec: 'kecamatan',
    kel: 'kelurahan',
    prov: 'provinsi',
    pemdes: 'pemerintahan desa',
    pemda: 'pemerintah daerah',
    pemkab: 'pemerintah kabupaten',
    pemkot: 'pemerintah kota',
    pemprov: 'pemerintah provinsi',
    kesra: 'kesejahteraan rakyat',
    linmas: 'perlindungan masyarakat',
    adm: 'administrasi',
    admin: 'administrasi',
    keg: 'kegiatan',
    prog: 'program',
    yg: 'yang',
    dg: 'dengan',
    dgn: 'dengan',
    thd: 'terhadap',
    pd: 'perangkat daerah',
    opd: 'organisasi perangkat daerah',
    skpd: 'satuan kerja perangkat daerah',
    asn: 'aparatur sipil negara',
  }),
);

/** Joining words a name may have or leave out without naming something else ("Sarana dan Prasarana"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['dan', 'serta']);

/** Level words a name may lead with in one table and not in another ("Program Penunjang …" = "Penunjang …"). */
export const LEADING_LEVEL_WORDS: readonly string[] = ['sub kegiatan', 'subkegiatan', 'kegiatan', 'program'];
