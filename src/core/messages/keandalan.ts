/** Texts about inputs refused for safety (zip bombs, oversized files) and about output files, in Bahasa Indonesia. */

/** Bytes as the user reads them: `2,0 GB`, `512 MB`, `20 KB`. */
export function ukuranBerkas(bytes: number): string {
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
  /** `sakip susun`: the output file exists and --timpa was not given. */
  keluaranSudahAda: (berkas: string): string =>
    `Berkas hasil "${berkas}" sudah ada dan tidak ditimpa. Tambahkan --timpa untuk menimpanya, atau pilih nama lain dengan -o.`,
  /** A part's data cannot be located or unpacked. */
  bagianRusak: (entry: string): string =>
    `Bagian "${entry}" berkas ini tidak dapat dibuka; arsipnya rusak. Coba unduh atau salin ulang berkasnya.`,
} as const;
