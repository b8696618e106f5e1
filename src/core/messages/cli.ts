/** Texts of the `sakip` command line, in Bahasa Indonesia. */
export const PESAN_CLI = {
  bantuan: (versi: string): string =>
    [
      `sakip ${versi} — periksa, susun dan laporkan tabel LKjIP dari buku kerja Excel (.xlsx, .xlsm)`,
      '',
      'Pemakaian:',
      '  sakip periksa BERKAS.xlsx [--json]',
      '      Kenali tabel (anggaran, kinerja, SKM) dan periksa konsistensinya.',
      '      --json   cetak hasil sebagai satu objek JSON',
      '  sakip periksa A.xlsx B.xlsx FOLDER/ … [--json] [--rekap REKAP.xlsx] [--timpa] [--pekerja N]',
      '      Periksa banyak buku kerja sekaligus (folder beserta subfoldernya) dan cetak rekapnya per unit.',
      '      --rekap  tulis buku kerja rekap: Rekap Unit, Temuan per Aturan, Rekap Pemda',
      '  sakip susun BERKAS.xlsx -o HASIL.xlsx [--timpa] [--tabel 3.8,3.9,…] [--efisiensi selisih|indeks|sisa]',
      '      Tulis salinan buku kerja dengan tabel yang disusun (dan grafik di lembar Ringkasan); berkas',
      '      asal tidak diubah. Berkas bermakro (.xlsm) disalin bermakro: tulis -o HASIL.xlsm.',
      '      --timpa  timpa HASIL.xlsx bila sudah ada (tanpa ini, berkas yang ada tidak ditimpa)',
      '  sakip laporan BERKAS.xlsx -o BAB-III.docx [--timpa] [--efisiensi selisih|indeks|sisa]',
      '      Tulis Bab III sebagai dokumen Word: tabel, kalimat Ringkasan, grafik, isian untuk analisis.',
      '      --efisiensi  rumus tingkat efisiensi Tabel 3.9 (bawaan: selisih)',
      '  sakip periksa|susun|laporan --help    tampilkan pemakaian perintah itu',
      '  sakip bantuan | --help    tampilkan bantuan ini',
      '  sakip --versi             tampilkan versi',
      '',
      'Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak terbaca atau perintah salah, 3 kesalahan internal.',
    ].join('\n'),
  bantuanPeriksa: (): string =>
    [
      'Pemakaian: sakip periksa BERKAS.xlsx [--json] [--rekap REKAP.xlsx] [--timpa]',
      '           sakip periksa A.xlsx B.xlsx FOLDER/ … [--json] [--rekap REKAP.xlsx] [--timpa] [--pekerja N]',
      'Mengenali tabel di setiap lembar dan memeriksa konsistensinya.',
      '',
      'Dengan beberapa berkas atau folder: semua berkas .xlsx dan .xlsm di folder dan subfoldernya diperiksa',
      'bersamaan (satu pekerja per inti prosesor), lalu dicetak satu baris per unit (galat terbanyak di atas)',
      'dan jumlah temuan per aturan. Berkas lain dilewati dan disebut; berkas kunci Excel (~$…), berkas dan',
      'folder tersembunyi (berawalan titik) tidak diperiksa. Satu berkas yang rusak tidak menghentikan yang lain.',
      '  --json         satu objek JSON: hasil tiap berkas, berkas yang dilewati, dan rekapnya',
      '  --rekap R.xlsx tulis buku kerja rekap: Rekap Unit (bertaut ke tiap berkas), Temuan per Aturan,',
      '                 Rekap Pemda (pagu, realisasi, serapan, capaian per perangkat daerah, dengan jumlahnya)',
      '  --timpa        timpa R.xlsx bila sudah ada',
      '  --pekerja N    banyaknya pekerja (bawaan: satu per inti prosesor)',
      '',
      'Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak terbaca atau perintah salah (dengan banyak',
      'berkas: 1 bila ada buku kerja dengan galat, 2 bila ada berkas tidak terbaca dan tidak ada galat),',
      '3 kesalahan internal program.',
    ].join('\n'),
  perintahTidakDikenal: (perintah: string): string =>
    `Perintah "${perintah}" tidak dikenal. Perintah yang ada: periksa, susun, laporan, bantuan. Lihat: sakip --help`,
  tanpaPerintah: (): string =>
    'Sebutkan perintahnya, misalnya: sakip periksa laporan.xlsx. Lihat: sakip --help',
  argumenSalah: (rincian: string): string => `Argumen tidak dapat dipahami: ${rincian}. Lihat: sakip --help`,
  perluBerkas: (): string =>
    'Sebutkan berkas .xlsx atau folder yang diperiksa, misalnya: sakip periksa laporan.xlsx, atau sakip periksa laporan-unit/',
  opsiTidakDikenal: (opsi: string): string =>
    `Opsi "${opsi}" tidak dikenal. Nama berkas yang diawali "-" ditulis sesudah "--", misalnya: sakip periksa -- ${opsi}`,
  opsiPerluNilai: (opsi: string): string => `Opsi "${opsi}" memerlukan nilai, misalnya ${opsi} hasil.xlsx.`,
  opsiTanpaNilai: (opsi: string): string => `Opsi "${opsi}" tidak menerima nilai; tulis ${opsi} saja.`,
  argumenBerlebih: (argumen: string): string => `Argumen "${argumen}" berlebih. Lihat: sakip --help`,
  metodeTidakDikenal: (metode: string): string =>
    `Metode efisiensi tidak dikenal: ${metode}. Pilihan: selisih, indeks, sisa.`,
  jenisBerkasDitolak: (berkas: string, jenis: string): string => `Berkas "${berkas}" ${jenis}`,
  jenisBerkas: {
    '.xls': 'berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "Buku Kerja Excel (*.xlsx)".',
    '.csv':
      'berformat CSV (teks). Buka di Excel lalu simpan sebagai .xlsx agar format angka dan gabungan sel ikut terbaca.',
    '.docx': 'adalah dokumen Word. Salin tabelnya ke Excel lalu simpan sebagai .xlsx.',
    '.doc': 'adalah dokumen Word lama. Salin tabelnya ke Excel lalu simpan sebagai .xlsx.',
    '.ods': 'berformat OpenDocument (.ods). Simpan sebagai .xlsx lebih dulu.',
    '.pdf': 'berformat PDF. Salin tabelnya ke Excel lalu simpan sebagai .xlsx.',
  } as Record<string, string>,
  berkasTidakAda: (berkas: string): string => `Berkas "${berkas}" tidak ditemukan.`,
  bukanBerkas: (berkas: string): string => `"${berkas}" adalah folder, bukan berkas .xlsx.`,
  tidakBolehDibaca: (berkas: string): string => `Berkas "${berkas}" tidak boleh dibaca (izin akses ditolak).`,
  gagalMembaca: (berkas: string, sebab: string): string => `Berkas "${berkas}" tidak dapat dibaca: ${sebab}`,
  berkasTidakTerbaca: (berkas: string, pesan: string): string => `${berkas}: ${pesan}`,
  galatInternal: (pesan: string): string =>
    `Terjadi kesalahan internal (${pesan}). Mohon laporkan kepada pengelola beserta berkas yang diperiksa.`,
  versiTidakTerbaca: (): string => 'Versi tidak dapat dibaca dari package.json.',
} as const;
