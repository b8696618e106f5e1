/** Why a workbook file could not be read (the reader's typed failure kinds). */
export type BerkasGagal =
  'kosong' | 'bukan-zip' | 'zip-rusak' | 'dokumen-word' | 'bukan-xlsx' | 'terenkripsi' | 'rusak' | 'ditolak';

const PESAN_BERKAS: Record<BerkasGagal, string> = {
  kosong: 'Berkas kosong (0 byte), tidak ada buku kerja yang bisa dibaca.',
  'bukan-zip':
    'Berkas ini bukan buku kerja Excel .xlsx (isinya bukan arsip Office Open XML). Simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)".',
  'zip-rusak':
    'Berkas .xlsx ini rusak atau terpotong (arsipnya tidak utuh). Coba unduh atau salin ulang berkasnya.',
  'dokumen-word':
    'Berkas ini dokumen Word (.docx) yang diberi akhiran .xlsx. Salin tabelnya ke Excel lalu simpan sebagai .xlsx.',
  'bukan-xlsx': 'Berkas ini arsip Office Open XML tetapi bukan buku kerja Excel (tidak ada xl/workbook.xml).',
  terenkripsi:
    'Berkas ini dilindungi kata sandi (terenkripsi) atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx, lalu coba lagi.',
  rusak: 'Isi buku kerja ini tidak dapat dibaca; berkasnya mungkin rusak.',
  ditolak: 'Berkas ini tidak dibuka demi keamanan.',
};

/** Why the generated sheets could not be written into a workbook's package (the writer's failure kinds). */
export type TulisGagal = 'tanpa-kompresi' | 'zip64' | 'strict' | 'rusak' | 'terlalu-besar';

const PESAN_TULIS: Record<TulisGagal, string> = {
  'tanpa-kompresi':
    'Peramban atau Node.js ini tidak dapat memampatkan berkas (CompressionStream). Gunakan versi yang lebih baru (Node.js 20.12 ke atas, atau peramban sejak 2023).',
  zip64:
    'Arsip berkas ini berformat ZIP64 (untuk berkas sangat besar), yang belum dapat disunting. Buka dan simpan ulang di Excel, lalu coba lagi.',
  strict:
    'Berkas ini berformat "Strict Open XML", yang belum dapat disunting tanpa mengubah isinya. Buka di Excel, simpan sebagai "Buku Kerja Excel (*.xlsx)" (atau "Buku Kerja Excel Berkemampuan Makro (*.xlsm)" bila bermakro), lalu coba lagi.',
  rusak:
    'Bagian buku kerja yang perlu disunting tidak dapat dibaca; berkasnya mungkin rusak. Buka dan simpan ulang di Excel, lalu coba lagi.',
  'terlalu-besar':
    'Hasilnya akan melebihi 4 GB atau 65.535 bagian arsip; berkas sebesar itu tidak dapat ditulis.',
};

/** A message with the reader's or writer's detail appended where it helps. */
const rinci = (base: string, detail?: string) => (detail ? `${base} (${detail})` : base);

/**
 * Why a workbook could not be read or written, in Indonesian, the detail appended where it helps.
 * Example: `BERKAS.tidakTerbaca('kosong')` → `'Berkas kosong (0 byte), …'`.
 */
export const BERKAS = {
  tidakTerbaca: (kind: BerkasGagal, detail?: string): string => rinci(PESAN_BERKAS[kind], detail),
  tidakTertulis: (kind: TulisGagal, detail?: string): string => rinci(PESAN_TULIS[kind], detail),
} as const;
