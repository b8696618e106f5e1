import { addSheet, setCells, type FakeState, type FakeValue } from './fake-excel';

/**
 * A clean SIPD-style budget sheet of about `rows` lines (programs → kegiatan → sub kegiatan → rekening,
 * with codes, native numbers, every parent the sum of its children, a JUMLAH row), for cost tests.
 * Shape: `programs` × `kegiatan` × `sub` × `rekening`; returns the number of lines written.
 */
export function addBudgetSheet(
  state: FakeState,
  shape: { programs: number; kegiatan: number; sub: number; rekening: number },
  name = 'Anggaran',
): number {
  const sheet = addSheet(state, name);
  const rows: FakeValue[][] = [];
  const line = (code: string, uraian: string, pagu: number, realisasi: number) =>
    rows.push([code, uraian, pagu, realisasi]);
  let totalPagu = 0;
  let totalReal = 0;
  for (let p = 1; p <= shape.programs; p++) {
    const pc = `7.01.${String(p).padStart(2, '0')}`;
    const programAt = rows.length;
    line(pc, `Program Penunjang ${p}`, 0, 0);
    let pPagu = 0;
    let pReal = 0;
    for (let k = 1; k <= shape.kegiatan; k++) {
      const kc = `${pc}.2.${String(k).padStart(2, '0')}`;
      const kegiatanAt = rows.length;
      line(kc, `Kegiatan ${p}.${k} Administrasi Umum Perangkat Daerah`, 0, 0);
      let kPagu = 0;
      let kReal = 0;
      for (let s = 1; s <= shape.sub; s++) {
        const sc = `${kc}.${String(s).padStart(4, '0')}`;
        const subAt = rows.length;
        line(sc, `Sub Kegiatan ${p}.${k}.${s} Penyediaan Bahan Logistik Kantor`, 0, 0);
        let sPagu = 0;
        let sReal = 0;
        for (let r = 1; r <= shape.rekening; r++) {
          const pagu = 1_000_000 + 12_500 * r + 1_000 * s;
          const realisasi = pagu - 2_500 * (r % 4);
          line(
            `5.1.02.01.01.${String(r).padStart(4, '0')}`,
            `Belanja Alat/Bahan untuk Kegiatan Kantor ${r}`,
            pagu,
            realisasi,
          );
          sPagu += pagu;
          sReal += realisasi;
        }
        rows[subAt][2] = sPagu;
        rows[subAt][3] = sReal;
        kPagu += sPagu;
        kReal += sReal;
      }
      rows[kegiatanAt][2] = kPagu;
      rows[kegiatanAt][3] = kReal;
      pPagu += kPagu;
      pReal += kReal;
    }
    rows[programAt][2] = pPagu;
    rows[programAt][3] = pReal;
    totalPagu += pPagu;
    totalReal += pReal;
  }
  line('', 'JUMLAH', totalPagu, totalReal);
  setCells(sheet, 0, 0, [
    ['LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN'],
    ['Kecamatan Kalianget'],
    ['Tahun Anggaran 2023'],
  ]);
  setCells(sheet, 4, 0, [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi']]);
  setCells(
    sheet,
    5,
    0,
    rows.map((r) => r.slice(0, 2)),
  );
  setCells(
    sheet,
    5,
    2,
    rows.map((r) => r.slice(2)),
    '#,##0',
  );
  return rows.length;
}
