/**
 * The seed's Tabel 3.8 (Kecamatan Kalianget 2023, seed lines 813–950) as a budget tree, worked out by
 * hand from the seed text — not produced by the program. Decisions taken reading it:
 * - Roman = program, Arabic = kegiatan, `1)` = sub kegiatan, `-` = rekening, as the markers say (the two
 *   `1)`/`2)` lines under Administrasi Kepegawaian are "Belanja …" lines but stay sub kegiatan).
 * - Continuation rows are joined with a space: "… Fungsional Umum" + "PNS", "… Tingkat Kecamatan dan" +
 *   "Kelurahan", "Belanja Alat/Bahan untuk Kegiatan" + "Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya".
 * - The lone `-` row under Penyediaan Barang Cetak dan Penggandaan is no line; the duplicated `4)` stays.
 * - Amounts as stated: `2,077,687,761` = `2.077.687.761`; a single group `36,800` / `14,185` / `85,130` in a
 *   Rupiah column is a thousands group (36 800, 14 185, 85 130); `4.186,950` is 4 186,95 (DESIGN.md §3.8);
 *   `<i>8,854,400</i>` is 8 854 400.
 * - Capaian as a fraction of the stated percentage: `78,91%` → 0.7891, `70.70%` → 0.707, `100 %` → 1.
 * Counts: 5 program, 13 kegiatan, 27 sub kegiatan, 82 rekening; JUMLAH 2.702.337.210 / 2.146.644.864 / 86,17 %.
 */
export interface ExpectedNode {
  level: 'program' | 'kegiatan' | 'subkegiatan' | 'rekening';
  marker: string;
  name: string;
  /** Decimal strings, exact. */
  pagu: string;
  realisasi: string;
  capaian: string;
  children: ExpectedNode[];
}

function n(
  level: ExpectedNode['level'],
  marker: string,
  name: string,
  pagu: string,
  realisasi: string,
  capaian: string,
  children: ExpectedNode[] = [],
): ExpectedNode {
  return { level, marker, name, pagu, realisasi, capaian, children };
}

export const SEED_TABEL38_COUNTS = { program: 5, kegiatan: 13, subkegiatan: 27, rekening: 82 };

export const SEED_TABEL38_TOTAL = { pagu: '2702337210', realisasi: '2146644864', capaian: '0.8617' };

export const SEED_TABEL38_TREE: ExpectedNode[] = [
    n('program', "II", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", '2485143930', '1961049864', '0.7891', [
      n('kegiatan', "1", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", '4186.95', '4176000', '0.9974', [
        n('subkegiatan', "1)", "Penyusunan Dokumen Perencanaan Perangkat Daerah", '2399800', '2399000', '0.9997', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '579000', '579000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '36800', '36000', '0.9997'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '504000', '504000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '1280000', '1280000', '1'),
        ]),
        n('subkegiatan', "2)", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", '487450', '486000', '0.997', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '312650', '312000', '0.9995'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '36800', '36000', '0.9997'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '138000', '138000', '1'),
        ]),
        n('subkegiatan', "3)", "Koordinasi dan Penyusunan DPA-SKPD", '434900', '427000', '0.9818', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '307300', '300000', '0.9857'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '27600', '27000', '0.9997'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '100000', '100000', '1'),
        ]),
        n('subkegiatan', "4)", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", '864800', '864000', '0.9991', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '238800', '238000', '0.9991'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '46000', '46000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '260000', '260000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '320000', '320000', '1'),
        ]),
      ]),
      n('kegiatan', "2", "Administrasi Keuangan Perangkat Daerah", '2077687761', '1468864519', '0.707', [
        n('subkegiatan', "1)", "Penyediaan Gaji dan Tunjangan ASN", '1319322016', '1024817790', '0.7768', [
          n('rekening', "-", "Belanja Gaji Pokok PNS", '1056313216', '795385736', '0.753'),
          n('rekening', "-", "Belanja Tunjangan Keluarga PNS", '97088283', '90750100', '0.9347'),
          n('rekening', "-", "Belanja Tunjangan Jabatan PNS", '66871000', '59580000', '0.891'),
          n('rekening', "-", "Belanja Tunjangan Fungsional Umum PNS", '33937750', '23530000', '0.6933'),
          n('rekening', "-", "Belanja Tunjangan Beras PNS", '63392847', '55473720', '0.8751'),
          n('rekening', "-", "Belanja Tunjangan PPh/Tunjangan Khusus PNS", '1704735', '85130', '0.0499'),
          n('rekening', "-", "Belanja Pembulatan Gaji PNS", '14185', '13104', '0.9238'),
          n('rekening', "-", "Tambahan Penghasilan berdasarkan Beban Kerja PNS", '734740745', '420421729', '0.5722'),
          n('rekening', "-", "Belanja Honorarium Penanggungjawaban Pengelola Keuangan", '23625000', '23625000', '1'),
        ]),
      ]),
      n('kegiatan', "3", "Administrasi Kepegawaian Perangkat Daerah", '23301900', '23274000', '0.9988', [
        n('subkegiatan', "1)", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas", '15210000', '15210000', '1', [
        ]),
        n('subkegiatan', "2)", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Olahraga", '8091900', '8064000', '0.9988', [
        ]),
      ]),
      n('kegiatan', "4", "Administrasi Umum Perangkat Daerah", '156803474', '156696200', '0.9993', [
        n('subkegiatan', "1)", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", '3278954', '3278000', '0.9993', [
          n('rekening', "-", "Belanja Bahan-Bahan Bangunan dan Konstruksi", '78300', '78000', '0.9999'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", '3200654', '3200000', '0.9998'),
        ]),
        n('subkegiatan', "2)", "Penyediaan Peralatan dan Perlengkapan Kantor", '5035320', '5035000', '0.9999', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor", '5035320', '5035000', '0.9999'),
        ]),
        n('subkegiatan', "3)", "Penyediaan Bahan Logistik Kantor", '57973200', '57973200', '1', [
          n('rekening', "-", "Belanja Makanan dan Minuman Jamuan Tamu", '7425000', '7425000', '1'),
          n('rekening', "-", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", '12000000', '12000000', '1'),
          n('rekening', "-", "Belanja Jasa Tenaga Administrasi", '25648920', '25648920', '1'),
          n('rekening', "-", "Belanja Jasa Tenaga Keamanan", '8549640', '8549640', '1'),
        ]),
        n('subkegiatan', "4)", "Penyediaan Barang Cetak dan Penggandaan", '6060000', '6060000', '1', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '6060000', '6060000', '1'),
        ]),
        n('subkegiatan', "4)", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", '33168000', '33168000', '1', [
          n('rekening', "-", "Belanja Jasa Penyelenggaraan Acara", '30000000', '30000000', '1'),
          n('rekening', "-", "Belanja Langganan Jurnal/Surat Kabar/Majalah", '3168000', '3168000', '1'),
        ]),
        n('subkegiatan', "5)", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", '51288000', '51288000', '1', [
          n('rekening', "-", "Belanja Perjalanan Dinas Biasa", '5208000', '5208000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '46080000', '46080000', '1'),
        ]),
      ]),
      n('kegiatan', "5", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", '63517822', '63500000', '0.9997', [
        n('subkegiatan', "1)", "Pengadaan Peralatan dan Mesin Lainnya", '36700000', '36700000', '1', [
          n('rekening', "-", "Belanja Modal Kendaraan Bermotor Beroda Dua", '36700000', '36700000', '1'),
        ]),
        n('subkegiatan', "2)", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", '26817822', '26800000', '0.9998', [
          n('rekening', "-", "Belanja Modal Alat Pendingin", '9702732', '9700000', '0.9997'),
          n('rekening', "-", "Belanja Modal Personal Computer", '11599500', '11590000', '0.9996'),
          n('rekening', "-", "Belanja Modal Peralatan Personal Computer", '5515590', '5510000', '0.9989'),
        ]),
      ]),
      n('kegiatan', "6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", '39129380', '39029623', '0.9975', [
        n('subkegiatan', "1)", "Penyediaan Jasa Surat Menyurat", '18866180', '18865000', '0.9997', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", '4318280', '4318000', '0.9999'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '4292000', '4292000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '10255900', '10255000', '0.9999'),
        ]),
        n('subkegiatan', "2)", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", '20263200', '20164623', '0.9951', [
          n('rekening', "-", "Belanja Tagihan Air", '972000', '972000', '1'),
          n('rekening', "-", "Belanja Tagihan Listrik", '12331200', '12331000', '0.9998'),
          n('rekening', "-", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", '6960000', '6862623', '0.9978'),
        ]),
      ]),
      n('kegiatan', "7", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", '120516643', '120510000', '0.9999', [
        n('subkegiatan', "1)", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan", '37250000', '37250000', '1', [
          n('rekening', "-", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang", '33600000', '33600000', '1'),
          n('rekening', "-", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua", '3650000', '3650000', '1'),
        ]),
        n('subkegiatan', "2)", "Pemeliharaan Peralatan dan Mesin Lainnya", '8120000', '8120000', '1', [
          n('rekening', "-", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin", '2440000', '2440000', '1'),
          n('rekening', "-", "Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer", '2920000', '2920000', '1'),
          n('rekening', "-", "Belanja Pemeliharaan Komputer-Peralatan Komputer-Peralatan Komputer Lainnya", '2760000', '2760000', '1'),
        ]),
        n('subkegiatan', "3)", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", '75146643', '75140000', '0.9999', [
          n('rekening', "-", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor", '75146643', '75140000', '0.9999'),
        ]),
      ]),
    ]),
    n('program', "IV", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", '34208520', '34166000', '0.9989', [
      n('kegiatan', "1", "Koordinasi Kegiatan Pemberdayaan Desa", '9878000', '9878000', '1', [
        n('subkegiatan', "1)", "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan", '9878000', '9878000', '1', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", '1393000', '1393000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '94000', '94000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '501000', '501000', '1'),
          n('rekening', "-", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", '50000', '50000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '7840000', '7840000', '1'),
        ]),
      ]),
      n('kegiatan', "2", "Koordinasi dan Sinkronisasi Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM)", '4320000', '4320000', '1', [
        n('subkegiatan', "1)", "Pembinaan Penanganan Covid-19 di Tingkat Desa dan Kelurahan", '4320000', '4320000', '1', [
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '4320000', '4320000', '1'),
        ]),
      ]),
      n('kegiatan', "3", "Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan", '20010520', '20010520', '1', [
        n('subkegiatan', "1)", "Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat", '20010520', '20010520', '1', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", '702420', '702420', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '111200', '111200', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '2316900', '2316900', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '560000', '560000', '1'),
          n('rekening', "-", "Belanja Makanan dan Minuman Rapat", '7200000', '7200000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '9120000', '9120000', '1'),
        ]),
      ]),
    ]),
    n('program', "V", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", '21169760', '21109000', '0.9971', [
      n('kegiatan', "1", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", '21169760', '21109000', '0.9971', [
        n('subkegiatan', "1)", "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan", '13608000', '13608000', '1', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '1488000', '1488000', '1'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '3120000', '3120000', '1'),
          n('rekening', "-", "Belanja Makanan dan Minuman Rapat", '9000000', '9000000', '1'),
        ]),
        n('subkegiatan', "2)", "Harmonisasi Hubungan Dengan Tokoh Agama dan Tokoh Masyarakat", '7561760', '7501000', '0.9992', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", '698360', '651000', '0.9882'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '109000', '100000', '0.9974'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '262400', '260000', '0.998'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '382000', '380000', '0.9987'),
          n('rekening', "-", "Belanja Makanan dan Minuman Rapat", '2800000', '2800000', '1'),
          n('rekening', "-", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", '400000', '400000', '1'),
          n('rekening', "-", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", '350000', '350000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '2560000', '2560000', '1'),
        ]),
      ]),
    ]),
    n('program', "VI", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", '152960600', '121467000', '0.7941', [
      n('kegiatan', "1", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", '152960600', '121467000', '0.9997', [
        n('subkegiatan', "1)", "Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional dalam rangka Memantapkan Pengamalan Pancasila, Pelaksanaan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, Pelestarian Bhinneka Tunggal Ika serta Pemertahanan dan Pemeliharaan Keutuhan Negara Kesatuan Republik Indonesia", '2355200', '2327000', '0.9997', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", '388800', '365000', '0.9673'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", '952000', '950000', '0.9973'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya", '1014400', '1012000', '0.9899'),
        ]),
      ]),
    ]),
    n('program', "VIII", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", '8854400', '8853000', '0.9698', [
      n('kegiatan', "1", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", '8854400', '8853000', '0.9698', [
        n('subkegiatan', "1)", "Fasilitasi Pelaksanaan Pemilihan Kepala Desa", '8854400', '8853000', '0.9698', [
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", '44100', '44000', '0.9977'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover", '95600', '95000', '0.9937'),
          n('rekening', "-", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", '494700', '494000', '0.9986'),
          n('rekening', "-", "Belanja Makanan dan Minuman Rapat", '1500000', '1500000', '1'),
          n('rekening', "-", "Belanja Perjalanan Dinas Dalam Kota", '6720000', '6720000', '1'),
        ]),
      ]),
    ]),
];
