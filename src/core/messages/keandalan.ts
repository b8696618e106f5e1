/** Texts about inputs refused for safety (zip bombs, oversized files) and about output files, in Bahasa Indonesia. */

/** Bytes as the user reads them: `2,0 GB`, `512 MB`, `20 KB`. */
function ukuranBerkas(bytes: number): string {
  const units: Array<[number, string]> = [
    [2 ** 30, 'GB'],
    [2 ** 20, 'MB'],
    [2 ** 10, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toFixed(1).replace('.', ',')} ${unit}`;
  }
  return `${bytes} byte`;
}

export const KEANDALAN = {
  /** The unpacked workbook would exceed the reader's memory bound. */
  terlaluBesar: (entry: string, bytes: number, batas: number): string =>
    `Isi berkas ini terlalu besar untuk dibuka dengan aman: bagian "${entry}" menjadi ${ukuranBerkas(bytes)} setelah dibuka ` +
    `(batas seluruh isi ${ukuranBerkas(batas)}). Berkas seperti ini bisa berupa "bom zip". Bila memang buku kerja Anda, ` +
    'pecah menjadi beberapa berkas yang lebih kecil.',
  /** One part compresses far better than any worksheet does: a zip bomb. */
  rasioMencurigakan: (entry: string, bytes: number, rasio: number): string =>
    `Bagian "${entry}" berkas ini mengembang ${rasio} kali (menjadi ${ukuranBerkas(bytes)}) saat dibuka, jauh melebihi ` +
    'buku kerja biasa. Berkas ini ditolak karena bisa berupa "bom zip".',
  /** More parts than any workbook has. */
  terlaluBanyakBagian: (jumlah: number, batas: number): string =>
    `Berkas ini berisi ${jumlah} bagian (batas ${batas}); buku kerja Excel biasa jauh lebih sedikit. Berkas ditolak demi keamanan.`,
  /** A part unpacks to more than its header declares. */
  ukuranPalsu: (entry: string): string =>
    `Bagian "${entry}" berkas ini lebih besar daripada yang tercatat di dalam arsipnya. Berkas ini rusak atau sengaja ` +
    'dibuat untuk menipu pembaca, sehingga ditolak.',
  /** A cell past Excel's last row or column: no copy of Excel wrote the file. */
  diLuarBatasLembar: (lembar: string, sel: string): string =>
    `Lembar "${lembar}" berisi sel ${sel}, di luar batas lembar Excel (1.048.576 baris, kolom A sampai XFD). ` +
    'Berkas seperti ini tidak dibuat oleh Excel, sehingga ditolak.',
  /** A header of a budget table with no line under it. */
  judulTanpaBaris: (): string =>
    'Judul kolom tabel anggaran ditemukan di sini, tetapi tidak ada baris program/kegiatan di bawahnya; tabel ini dilewati.',
  /** A figure cell holding a formula that was saved without its value (no recalculation before saving). */
  rumusTanpaNilai: (kolom: string): string =>
    `Sel ${kolom} ini berisi rumus yang belum punya nilai tersimpan (berkas disimpan tanpa dihitung ulang), ` +
    'sehingga angkanya tidak diketahui dan tidak dipakai. Buka berkas di Excel, simpan ulang, lalu periksa lagi.',
  /** An amount with more significant digits than an Excel cell keeps. */
  angkaTerlaluPanjang: (kolom: string, teks: string): string =>
    `Nilai "${teks}" di kolom ${kolom} lebih dari 15 angka penting; Excel hanya menyimpan 15 angka penting, ` +
    'sehingga nilai ini tidak dapat dihitung dengan tepat dan tidak dipakai. Periksa apakah ada angka yang berlebih.',
  /** A negative pagu. */
  paguNegatif: (teks: string): string =>
    `Pagu bernilai negatif (${teks}); pagu anggaran seharusnya tidak negatif. Periksa tanda minus atau tanda kurungnya.`,
  /** `sakip susun`: the output name ends in neither .xlsx nor .xlsm (Excel refuses a workbook whose extension lies). */
  keluaranBukanXlsx: (berkas: string): string =>
    `Berkas hasil "${berkas}" harus berakhiran .xlsx (atau .xlsm bila berkas sumbernya bermakro): ` +
    'Excel menolak membuka berkas yang akhirannya tidak sesuai isinya.',
  /** `sakip susun` and `laporan`: the output file exists and --timpa was not given. */
  keluaranSudahAda: (berkas: string): string =>
    `Berkas hasil "${berkas}" sudah ada dan tidak ditimpa. Tambahkan --timpa untuk menimpanya, atau pilih nama lain dengan -o.`,
  /** A part's data cannot be located or unpacked. */
  bagianRusak: (entry: string): string =>
    `Bagian "${entry}" berkas ini tidak dapat dibuka; arsipnya rusak. Coba unduh atau salin ulang berkasnya.`,
} as const;
