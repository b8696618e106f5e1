/**
 * The SAKIP custom functions (DESIGN.md §4): thin wrappers that hand raw cell values to src/core and turn
 * its result values into numbers, texts or Excel errors. The JSDoc below is the function metadata
 * (functions.json is generated from it); the help pages live in docs/functions.md, rendered to
 * assets/fungsi.html. Optional arguments arrive as null.
 */
import type { Decimal } from '../core/decimal';

// The pane's page also opens in a plain browser (file mode), where no custom-functions runtime exists;
// the CustomFunctions.associate calls the metadata plugin appends must not crash the page there.
if (typeof CustomFunctions === 'undefined')
  Object.assign(globalThis, { CustomFunctions: { associate: () => undefined } });
import {
  angkaDariSel,
  capaianDariSel,
  efisiensiDariSel,
  ikmDariNrrSel,
  ikmDariSel,
  kategoriDariSel,
  kemajuanDariSel,
  mutuDariSel,
  namaSelDariAlamat,
  nrrDariSel,
  predikatDariSel,
  terbilangDariSel,
  type FormulaFailure,
  type FormulaResult,
} from '../core/formulas';
import { PESAN_FUNGSI } from '../core/messages/fungsi';

/**
 * Capaian kinerja: realisasi dibanding target, sebagai pecahan (0,9878 tampil 98,78%). Polaritas positif: realisasi/target; negatif: (2×target − realisasi)/target; negatif-rasio: target/realisasi. Predikat (AA…D, WTP…TMP) dibanding menurut peringkatnya.
 * @customfunction CAPAIAN CAPAIAN
 * @helpurl https://localhost:3000/assets/fungsi.html#capaian
 * @param target Target indikator: angka, teks angka ("87,15"), persen, atau predikat ("BB").
 * @param realisasi Realisasi indikator, dalam bentuk yang sama dengan target.
 * @param [polaritas] "positif" (bawaan), "negatif" atau "negatif-rasio".
 * @returns Capaian sebagai pecahan.
 */
export function capaian(target: any, realisasi: any, polaritas?: any): number {
  tolakTipeData(target, realisasi, polaritas);
  return keAngka(capaianDariSel(target, realisasi, polaritas));
}

/**
 * Kategori capaian menurut Permendagri 86/2017 (Sangat Tinggi ≥ 91%, Tinggi ≥ 76%, Sedang ≥ 66%, Rendah ≥ 51%, Sangat Rendah), atau menurut skala sendiri.
 * @customfunction KATEGORI KATEGORI
 * @helpurl https://localhost:3000/assets/fungsi.html#kategori
 * @param capaian Capaian sebagai pecahan (0,9878) atau teks persen ("98,78%").
 * @param [skala] Rentang 2 kolom: batas bawah (0,91 atau 91) dan label kategori.
 * @returns Label kategori.
 */
export function kategori(capaian: any, skala?: any[][]): string {
  tolakTipeData(capaian, skala);
  return keTeks(kategoriDariSel(capaian, skala));
}

/**
 * Indeks Kepuasan Masyarakat (25–100) dari jawaban survei menurut PermenPANRB 14/2017: rata-rata NRR per unsur × 25. Sel kosong dilewati.
 * @customfunction IKM IKM
 * @helpurl https://localhost:3000/assets/fungsi.html#ikm
 * @param jawaban Rentang jawaban 1–4: satu baris per responden, satu kolom per unsur.
 * @param [penimbang] "eksak" (bawaan, 1/jumlah unsur) atau "0,111" (penimbang tercetak).
 * @returns Nilai IKM.
 */
export function ikm(jawaban: any[][], penimbang?: any): number {
  tolakTipeData(jawaban, penimbang);
  return keAngka(ikmDariSel(jawaban, penimbang));
}

/**
 * Nilai rata-rata (NRR) tiap unsur dari jawaban survei; hasilnya satu baris, satu nilai per unsur.
 * @customfunction NRR NRR
 * @helpurl https://localhost:3000/assets/fungsi.html#nrr
 * @param jawaban Rentang jawaban 1–4: satu baris per responden, satu kolom per unsur.
 * @param invocation Informasi pemanggilan (alamat rentang, untuk menyebut sel yang salah).
 * @requiresParameterAddresses
 * @returns Satu baris NRR per unsur.
 */
export function nrr(jawaban: any[][], invocation: CustomFunctions.Invocation): any[][] {
  tolakTipeData(jawaban);
  const result = nrrDariSel(jawaban, { namaSel: namaSelDariAlamat(invocation?.parameterAddresses?.[0]) });
  if (!result.ok) throw galat(result);
  return [result.value.map((v) => (v === null ? '' : v.toNumber()))];
}

/**
 * Indeks Kepuasan Masyarakat dari NRR tiap unsur (satu baris atau satu kolom), menurut PermenPANRB 14/2017.
 * @customfunction IKM.DARI.NRR IKM.DARI.NRR
 * @helpurl https://localhost:3000/assets/fungsi.html#ikm-dari-nrr
 * @param nrr Rentang NRR per unsur, masing-masing 1–4.
 * @param [penimbang] "eksak" (bawaan, 1/jumlah unsur) atau "0,111" (penimbang tercetak).
 * @returns Nilai IKM.
 */
export function ikmDariNrr(nrr: any[][], penimbang?: any): number {
  tolakTipeData(nrr, penimbang);
  return keAngka(ikmDariNrrSel(nrr, penimbang));
}

/**
 * Mutu pelayanan dari nilai IKM menurut PermenPANRB 14/2017: A (Sangat Baik) ≥ 88,31; B (Baik) ≥ 76,61; C (Kurang Baik) ≥ 65,00; D (Tidak Baik) ≥ 25,00.
 * @customfunction MUTU MUTU
 * @helpurl https://localhost:3000/assets/fungsi.html#mutu
 * @param ikm Nilai IKM, 25–100.
 * @param [bentuk] "huruf" (bawaan, mis. A) atau "keterangan" (mis. Sangat Baik).
 * @returns Mutu pelayanan.
 */
export function mutu(ikm: any, bentuk?: any): string {
  tolakTipeData(ikm, bentuk);
  return keTeks(mutuDariSel(ikm, bentuk));
}

/**
 * Tingkat efisiensi dari capaian kinerja dan capaian anggaran: "selisih" (kinerja − anggaran), "indeks" (kinerja/anggaran) atau "sisa" (1 − anggaran, bila kinerja ≥ 100%).
 * @customfunction EFISIENSI EFISIENSI
 * @helpurl https://localhost:3000/assets/fungsi.html#efisiensi
 * @param capaian_kinerja Capaian kinerja sebagai pecahan (1 = 100%).
 * @param capaian_anggaran Capaian (serapan) anggaran sebagai pecahan.
 * @param [metode] "selisih" (bawaan), "indeks" atau "sisa".
 * @returns Tingkat efisiensi.
 */
export function efisiensi(capaian_kinerja: any, capaian_anggaran: any, metode?: any): number {
  tolakTipeData(capaian_kinerja, capaian_anggaran, metode);
  return keAngka(efisiensiDariSel(capaian_kinerja, capaian_anggaran, metode));
}

/**
 * Tingkat kemajuan: capaian realisasi terhadap target akhir periode Renstra (atau standar nasional), dengan aturan polaritas yang sama dengan CAPAIAN.
 * @customfunction KEMAJUAN KEMAJUAN
 * @helpurl https://localhost:3000/assets/fungsi.html#kemajuan
 * @param realisasi Realisasi tahun ini.
 * @param target_akhir Target akhir periode Renstra atau standar nasional.
 * @param [polaritas] "positif" (bawaan), "negatif" atau "negatif-rasio".
 * @returns Tingkat kemajuan sebagai pecahan.
 */
export function kemajuan(realisasi: any, target_akhir: any, polaritas?: any): number {
  tolakTipeData(realisasi, target_akhir, polaritas);
  return keAngka(kemajuanDariSel(realisasi, target_akhir, polaritas));
}

/**
 * Predikat SAKIP dari nilai evaluasi menurut PermenPANRB 88/2021: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D 0–30.
 * @customfunction PREDIKAT PREDIKAT
 * @helpurl https://localhost:3000/assets/fungsi.html#predikat
 * @param nilai Nilai evaluasi SAKIP, 0–100.
 * @param [skala] Rentang 2 kolom: batas bawah dan predikat (nilai harus melebihi batas bawah).
 * @returns Predikat.
 */
export function predikat(nilai: any, skala?: any[][]): string {
  tolakTipeData(nilai, skala);
  return keTeks(predikatDariSel(nilai, skala));
}

/**
 * Angka dalam huruf, dalam Rupiah: 2.752.010.113 menjadi "Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah".
 * @customfunction TERBILANG TERBILANG
 * @helpurl https://localhost:3000/assets/fungsi.html#terbilang
 * @param angka Jumlah uang: angka atau teks angka ("2.752.010.113").
 * @param [ejaan] "miliar" (bawaan, baku) atau "milyar".
 * @returns Terbilang.
 */
export function terbilang(angka: any, ejaan?: any): string {
  tolakTipeData(angka, ejaan);
  return keTeks(terbilangDariSel(angka, ejaan));
}

/**
 * Membaca angka yang tertulis sebagai teks ("2.077.687.761", "2,077,687,761", "99,97 %", "1.234,5").
 * @customfunction ANGKA ANGKA
 * @helpurl https://localhost:3000/assets/fungsi.html#angka
 * @param teks Teks angka.
 * @param [jenis] "angka" (bawaan), "rupiah" atau "persen".
 * @returns Angka; persen sebagai pecahan.
 */
export function bacaAngka(teks: any, jenis?: any): number {
  tolakTipeData(teks, jenis);
  return keAngka(angkaDariSel(teks, jenis));
}

const KODE_GALAT = {
  nilai: 'invalidValue',
  angka: 'invalidNumber',
  'bagi-nol': 'divisionByZero',
  'tidak-tersedia': 'notAvailable',
} as const;

/**
 * Throws #VALUE! with a message when an argument, or a cell of a range argument, holds one of Excel's data
 * types (an entity, a stock or geography, a linked data type): they arrive as objects
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts), which the
 * number and text readers would otherwise take for "[object Object]".
 */
function tolakTipeData(...args: unknown[]): void {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  // Plain loops: Array.prototype.flat made IKM over 1 000 × 9 answers seven times slower.
  for (const arg of args) {
    let found = isObject(arg);
    if (Array.isArray(arg))
      for (const row of arg) {
        if (Array.isArray(row)) {
          for (const v of row) if (isObject(v)) found = true;
        } else if (isObject(row)) found = true;
      }
    if (found) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, PESAN_FUNGSI.tipeData);
  }
}

/** The Excel error for a failed formula: #VALUE!, #NUM!, #DIV/0! or #N/A, with the Indonesian message. */
function galat(failure: FormulaFailure): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[KODE_GALAT[failure.error]], failure.message);
}

function keAngka(result: FormulaResult<Decimal>): number {
  if (!result.ok) throw galat(result);
  return result.value.toNumber();
}

function keTeks(result: FormulaResult<string>): string {
  if (!result.ok) throw galat(result);
  return result.value;
}
