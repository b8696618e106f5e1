/**
 * The SAKIP formulas and scales (DESIGN.md §3): core functions for the checks and planners, and the
 * `…DariSel` entry points that the custom functions call with raw cell values.
 */
export * from './result';
export * from './scales';
export {
  asMatriksAngka,
  asMaybe,
  asNumber,
  asOptional,
  asPilihan,
  asPolaritas,
  asSkala,
  asUkuran,
  isGrade,
  isKosong,
  jalankan,
  param,
  type Coercer,
  type Grade,
  type JenisSkala,
  type NamaSel,
  type Param,
  type Ukuran,
} from './args';
export { capaianDariSel, hitungCapaian, hitungKemajuan, kemajuanDariSel } from './capaian';
export { kategoriCapaian, kategoriDariSel, labelKategori } from './kategori';
export {
  hitungIkm,
  hitungIkmDariNrr,
  ikmDariNrrSel,
  ikmDariSel,
  mutuDariSel,
  mutuIkm,
  nrrDariSel,
  type BentukMutu,
  type HasilIkm,
  type OpsiIkm,
} from './ikm';
export { efisiensiDariSel, hitungEfisiensi } from './efisiensi';
export { predikatDariSel, predikatSakip } from './predikat';
export { angkaDariSel } from './angka';
export { namaSelDariAlamat } from './alamat';
export { terbilangDariSel } from './terbilang-sel';
