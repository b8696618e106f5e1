import type { ConsistencyRule } from './rule';
import { ANG_01, checkParentSums } from './ang-01-parent-sums';
import { ANG_02, checkCapaianAnggaran } from './ang-02-capaian-anggaran';
import { ANG_03, checkRealisasiOverPagu } from './ang-03-realisasi-over-pagu';
import { ANG_04, checkTotalSums } from './ang-04-total-sums';
import { ANG_05, checkNumbering } from './ang-05-numbering';
import { ANG_06, checkSisa } from './ang-06-sisa';
import { NUM_01, checkTextNumbers } from './num-01-text-numbers';
import { NUM_02, checkGuessedReadings } from './num-02-guessed-readings';
import { NUM_03, checkRupiahFractions } from './num-03-rupiah-fractions';
import { NUM_04, checkMixedStyles } from './num-04-mixed-styles';
import { KIN_01, checkCapaianKinerja } from './kin-01-capaian-kinerja';
import { KIN_02, checkKategori } from './kin-02-kategori';
import { KIN_03, checkAverage } from './kin-03-average';
import { KIN_04, checkTargetsAcrossTables } from './kin-04-target-across-tables';
import { KIN_05, checkRealisasiUnit } from './kin-05-unit-mismatch';
import { EFI_01, checkEfisiensi } from './efi-01-efisiensi';
import { IKM_01, checkIkm } from './ikm-01-ikm';
import { IKM_02, checkMutu } from './ikm-02-mutu';
import { XTB_01, checkCrossTableBudgets } from './xtb-01-cross-table';
import { checkCrossTableNarrative } from './xtb-01-narrative';
import { NAM_01, checkNameMatches } from './nam-01-name-matches';

/** Every rule of DESIGN.md §7, in the order of the catalogue. XTB-01 has two checks (tables, text). */
export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  { ...ANG_01, check: checkParentSums },
  { ...ANG_02, check: checkCapaianAnggaran },
  { ...ANG_03, check: checkRealisasiOverPagu },
  { ...ANG_04, check: checkTotalSums },
  { ...ANG_05, check: checkNumbering },
  { ...ANG_06, check: checkSisa },
  { ...NUM_01, check: checkTextNumbers },
  { ...NUM_02, check: checkGuessedReadings },
  { ...NUM_03, check: checkRupiahFractions },
  { ...NUM_04, check: checkMixedStyles },
  { ...KIN_01, check: checkCapaianKinerja },
  { ...KIN_02, check: checkKategori },
  { ...KIN_03, check: checkAverage },
  { ...KIN_04, check: checkTargetsAcrossTables },
  { ...KIN_05, check: checkRealisasiUnit },
  { ...EFI_01, check: checkEfisiensi },
  { ...IKM_01, check: checkIkm },
  { ...IKM_02, check: checkMutu },
  { ...XTB_01, check: checkCrossTableBudgets },
  { ...XTB_01, check: checkCrossTableNarrative },
  { ...NAM_01, check: checkNameMatches },
];
