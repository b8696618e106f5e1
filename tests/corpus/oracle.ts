import { address, cellOf, columnIndex, placeRows, type CorpusTable, type PlacedRow } from './corpus-table';
import {
  abs,
  add,
  approx,
  cmp,
  exact,
  halfUnit,
  isZero,
  mul,
  quotientWithin,
  show,
  sub,
  sum,
  within,
  ZERO,
  type Exact,
} from './exact';
import { GRADES, readGrade, readPrinted, type Printed, type PrintedKind } from './printed-number';

/**
 * The arithmetic errors a transcribed table really contains, worked out from its row tags and column
 * roles alone (tests/fixtures/real/README.md), with its own reading of printed figures. It imports
 * nothing from src/: it is the independent judge the engine's findings are compared with.
 *
 * Rules it knows, named as the engine names them (DESIGN.md §7):
 * - ANG-01 a parent's pagu or realisasi ≠ the sum of its children (exact, Rupiah);
 * - ANG-02 a stated capaian ≠ realisasi / pagu beyond half a unit of its last printed place;
 * - ANG-03 realisasi > pagu; ANG-04 a JUMLAH ≠ the sum of the top level; ANG-05 numbering that repeats or
 *   skips among siblings (peringatan); ANG-06 sisa ≠ pagu − realisasi;
 * - KIN-01 a stated capaian (also last year's, kemajuan, against the standard) ≠ the formula on its target
 *   and realisasi (positif, or for rows marked negatif (2t − r)/t or t/r); a realisasi more than a
 *   hundred times its target may instead be reported as KIN-05;
 * - KIN-02 a kategori label ≠ the band of its capaian (91/76/66/51): every Sangat Tinggi … label; labels of
 *   other sets (Sangat Baik …, Sangat Berhasil …) where most of the table agrees with the bands, else one
 *   peringatan for the table;
 * - KIN-03 a stated average ≠ the mean of its rows;
 * - EFI-01 a stated efficiency that no method gives, or another method than most rows of its table;
 * - IKM-01 a stated IKM ≠ 25 × the mean NRR (or 25 × 0,111 × the sum); IKM-02 a mutu ≠ the IKM's band.
 */

export interface ExpectedError {
  rule: string;
  cell: string;
  /** How the engine must report it (DESIGN.md §7): galat, or peringatan for EFI-01 and a kategori on other bounds. */
  severity: 'galat' | 'peringatan';
  /** Other (rule, cell) pairs that report the same mistake as well. */
  alternatives?: Array<{ rule: string; cell: string }>;
  why: string;
}

type Field = string;

/** An expected error before its severity is settled (galat unless the rule says otherwise). */
type Pending = Omit<ExpectedError, 'severity'> & { severity?: ExpectedError['severity'] };

interface Line {
  row: PlacedRow;
  depth: number;
  get: (role: Field) => string | null;
  ref: (role: Field) => string | undefined;
}

const BUDGET_DEPTH: Record<string, number> = { program: 0, kegiatan: 1, subkegiatan: 2, rekening: 3 };
const CASCADE_DEPTH: Record<string, number> = {
  tujuan: 0,
  sasaran: 1,
  program: 2,
  kegiatan: 3,
  subkegiatan: 4,
};

function roleColumn(t: CorpusTable, role: Field): number | undefined {
  const v = t.expect.roles[role];
  return typeof v === 'string' ? columnIndex(v) : undefined;
}

function linesOf(t: CorpusTable, tag: string, depths: Record<string, number>): Line[] {
  const { rows, left } = placeRows(t);
  let lastDepth = 0;
  return rows
    .filter((r) => r.tag === tag)
    .map((row) => {
      const depth =
        row.level !== undefined && depths[row.level] !== undefined ? depths[row.level] : lastDepth;
      lastDepth = depth;
      return {
        row,
        depth,
        get: (role) => {
          const c = roleColumn(t, role);
          return c === undefined ? null : cellOf(row, left, c);
        },
        ref: (role) => {
          const c = roleColumn(t, role);
          return c === undefined ? undefined : address(row.sheetRow, c);
        },
      };
    });
}

function read(line: Line, role: Field, t: CorpusTable, kind: PrintedKind): Printed | undefined {
  return readPrinted(line.get(role), t.decimalMark, kind);
}

/**
 * A percentage column's value in points: `99,97`, `99,97 %`; a bare value up to 1,5 is a fraction,
 * unless the column is written in points (`inPoints`: most of its bare values are above 1,5).
 */
function points(
  p: Printed | undefined,
  inPoints = false,
): { value: Exact; tol: Exact; decimals: number } | undefined {
  if (p === undefined) return undefined;
  if (!p.percent && !inPoints && cmp(abs(p.value), exact('1.5')) <= 0 && !isZero(p.value)) {
    return {
      value: mul(p.value, exact('100')),
      tol: halfUnit(Math.max(0, p.decimals - 2)),
      decimals: Math.max(0, p.decimals - 2),
    };
  }
  return { value: p.value, tol: halfUnit(p.decimals), decimals: p.decimals };
}

const HUNDRED = exact('100');

/** Whether a percentage role's column is written in points: more bare values above 1,5 than below. */
function columnInPoints(t: CorpusTable, lines: Line[], role: Field): boolean {
  let high = 0;
  let low = 0;
  for (const l of lines) {
    const p = read(l, role, t, 'persen');
    if (p === undefined || p.percent || isZero(p.value)) continue;
    if (cmp(abs(p.value), exact('1.5')) > 0) high++;
    else low++;
  }
  return high > low;
}

/** Children of each line by depth: the nearest earlier line with a smaller depth is the parent. */
function parents(lines: Line[]): Array<number | undefined> {
  return lines.map((l, i) => {
    for (let p = i - 1; p >= 0; p--) if (lines[p].depth < l.depth) return p;
    return undefined;
  });
}

function budgetErrors(
  t: CorpusTable,
  out: Pending[],
  fields: { pagu: string; realisasi: string; capaian: string },
): void {
  const lines = linesOf(t, 'data', BUDGET_DEPTH);
  const parent = parents(lines);
  const totals = linesOf(t, 'total', BUDGET_DEPTH);
  if (t.kind === 'anggaran') numberingErrors(t, lines, parent, out);
  const rupiah = (l: Line, f: string) => read(l, f, t, 'rupiah');
  // A cell that holds something other than a figure or a nil dash: a sum over it is not decided.
  const unreadable = (l: Line, f: string) =>
    l.get(f) !== null && rupiah(l, f) === undefined && !/^[-–—]$/.test((l.get(f) ?? '').trim());

  const childrenOf = (i: number) => lines.map((_, j) => j).filter((j) => parent[j] === i);
  // A line as a sum above it counts it: as stated; a heading line that states nothing counts with the
  // sum of its children; a cell that is no figure makes the sum undecidable.
  const effective = (i: number, f: string): Exact | undefined | 'unknown' => {
    if (unreadable(lines[i], f)) return 'unknown';
    const own = rupiah(lines[i], f);
    if (own !== undefined) return own.value;
    const kids = childrenOf(i);
    return kids.length === 0 ? undefined : sumOf(kids, f);
  };
  const sumOf = (members: number[], f: string): Exact | undefined | 'unknown' => {
    let total: Exact | undefined;
    for (const m of members) {
      const v = effective(m, f);
      if (v === 'unknown') return 'unknown';
      if (v !== undefined) total = total === undefined ? v : add(total, v);
    }
    return total;
  };
  const sumCheck = (target: Line, members: number[], rule: string, label: string) => {
    for (const f of [fields.pagu, fields.realisasi]) {
      const stated = rupiah(target, f);
      if (stated === undefined || members.length === 0) continue;
      const total = sumOf(members, f);
      if (total === undefined || total === 'unknown') continue;
      if (cmp(total, stated.value) !== 0)
        out.push({
          rule,
          cell: target.ref(f) as string,
          why: `${label} ${f} ${show(stated.value)} ≠ Σ ${show(total)}`,
        });
    }
  };
  lines.forEach((l, i) => {
    const children = childrenOf(i);
    if (children.length > 0) sumCheck(l, children, 'ANG-01', `row ${l.row.sheetRow + 1}`);
  });
  const topDepth = Math.min(...lines.map((l) => l.depth));
  // Only the first total row adds up the table: the top-level lines above it, or all of them when it
  // stands first. Total rows after it ("Jumlah Belanja Tidak Langsung", "Jumlah Total") add up more.
  const first = totals[0];
  if (first !== undefined) {
    const top = lines.map((_, j) => j).filter((j) => lines[j].depth === topDepth);
    const above = top.filter((j) => lines[j].row.sheetRow < first.row.sheetRow);
    sumCheck(first, above.length > 0 ? above : top, 'ANG-04', 'JUMLAH');
  }

  // Realisasi above pagu is reported where it starts: not at a parent one of whose children is over too.
  const over = (l: Line) => {
    const p = rupiah(l, fields.pagu);
    const r = rupiah(l, fields.realisasi);
    return p !== undefined && r !== undefined && cmp(r.value, p.value) > 0;
  };
  const childOver = (i: number) => lines.some((c, j) => parent[j] === i && over(c));
  const capaianPoints = columnInPoints(t, [...lines, ...totals], fields.capaian);
  for (const [i, l] of [...lines, ...totals].entries()) {
    const pagu = rupiah(l, fields.pagu);
    const realisasi = rupiah(l, fields.realisasi);
    const capaian = points(read(l, fields.capaian, t, 'persen'), capaianPoints);
    if (pagu !== undefined && realisasi !== undefined && capaian !== undefined && !isZero(pagu.value)) {
      if (!quotientWithin(mul(realisasi.value, HUNDRED), pagu.value, capaian.value, capaian.tol))
        out.push({
          rule: 'ANG-02',
          cell: l.ref(fields.capaian) as string,
          why: `capaian ${show(capaian.value)} vs ${show(realisasi.value)}/${show(pagu.value)}`,
        });
    }
    const isTotal = i >= lines.length;
    const childrenOver = isTotal ? lines.some((x) => x.depth === topDepth && over(x)) : childOver(i);
    if (over(l) && !childrenOver)
      out.push({ rule: 'ANG-03', cell: l.ref(fields.realisasi) as string, why: 'realisasi > pagu' });
    const sisa = rupiah(l, 'sisa');
    if (
      sisa !== undefined &&
      pagu !== undefined &&
      realisasi !== undefined &&
      cmp(sisa.value, sub(pagu.value, realisasi.value)) !== 0
    )
      out.push({
        rule: 'ANG-06',
        cell: l.ref('sisa') as string,
        why: `sisa ${show(sisa.value)} ≠ ${show(sub(pagu.value, realisasi.value))}`,
      });
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A numbering marker's kind and ordinal: `4`, `4.`, `4)`, `3.4` (digits, last part), `IV.`, `d.` */
function markerOf(text: string, letters: boolean): { kind: string; ordinal: number } | undefined {
  const t = text.trim();
  let m = /^(?:\d+\.)*(\d+)[.)]?$/.exec(t);
  if (m) return { kind: 'digits', ordinal: Number(m[1]) };
  m = /^([IVXLCDM]+)[.)]?$/i.exec(t);
  if (m && !(letters && m[1].length === 1)) return { kind: 'roman', ordinal: romanValue(m[1].toUpperCase()) };
  m = /^([A-Za-z])[.)]$/.exec(t);
  if (m) {
    const lower = m[1] === m[1].toLowerCase();
    return { kind: lower ? 'lower' : 'upper', ordinal: m[1].toLowerCase().charCodeAt(0) - 96 };
  }
  return undefined;
}

/** A marker leading a name cell (`1. Program …`, `A. Program …`, `1)Penyediaan …`). */
const LEADING_MARKER = /^((?:\d+\.)*\d+[.)]?|[IVXLCDM]+\.|[A-Za-z][.)])\s*(?=\p{L})/u;

/**
 * ANG-05: numbers that repeat or skip among the lines under one parent (programs among themselves),
 * each kind of marker counted on its own; a level numbered on across parents (its first number
 * following the last of the group before) continues that count. Markers come from the numbering
 * column, else from the start of the name.
 */
function numberingErrors(
  t: CorpusTable,
  lines: Line[],
  parent: Array<number | undefined>,
  out: Pending[],
): void {
  const markerAt = (l: Line): { text: string; cell: string } | undefined => {
    const own = l.get('numbering');
    if (own !== null && own.trim() !== '' && !/\s\p{L}{3,}/u.test(own))
      return { text: own, cell: l.ref('numbering') as string };
    const name = l.get('name');
    const m = name === null ? null : LEADING_MARKER.exec(name);
    if (m !== null) return { text: m[1], cell: l.ref('name') as string };
    const inNumbering = own === null ? null : LEADING_MARKER.exec(own);
    return inNumbering === null ? undefined : { text: inNumbering[1], cell: l.ref('numbering') as string };
  };
  const groups = new Map<string, number[]>();
  lines.forEach((_, i) => {
    const key = String(parent[i] ?? 'root');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const lastOfLevel = new Map<string, number>();
  for (const members of groups.values()) {
    const markers = members.map((i) => markerAt(lines[i]));
    const letters = markers.some(
      (m) => m !== undefined && /^[A-Za-z][.)]$/.test(m.text.trim()) && !/^[IVXLCDM]/i.test(m.text.trim()),
    );
    const read = markers.map((m) => (m === undefined ? undefined : { ...m, ...markerOf(m.text, letters) }));
    for (const kind of ['digits', 'roman', 'upper', 'lower']) {
      const seq = read.filter((r) => r !== undefined && r.kind === kind) as Array<{
        text: string;
        cell: string;
        ordinal: number;
      }>;
      if (seq.length === 0) continue;
      const levelKey = `${lines[members[0]].depth}:${kind}`;
      const before = lastOfLevel.get(levelKey);
      let last = before !== undefined && seq[0].ordinal === before + 1 ? before : 0;
      for (const m of seq) {
        const expected = last + 1;
        if (m.ordinal === expected) last = m.ordinal;
        else {
          out.push({
            rule: 'ANG-05',
            severity: 'peringatan',
            cell: m.cell,
            why: `nomor ${m.text} ≠ ${expected}`,
          });
          if (m.ordinal !== last) last = Math.max(m.ordinal, expected);
        }
      }
      lastOfLevel.set(levelKey, last);
    }
  }
}

/** A target or realisasi as the capaian formula takes it: a number (percentages in points) or a grade. */
type Measure = { kind: 'angka'; value: Exact; unit?: string } | { kind: 'grade'; grade: string };

function measure(text: string | null, t: CorpusTable): Measure | undefined {
  if (text === null) return undefined;
  const grade = readGrade(text);
  if (grade !== undefined) return { kind: 'grade', grade };
  const p = readPrinted(text, t.decimalMark, 'angka');
  if (p === undefined) return undefined;
  const unit = p.percent ? '%' : p.unit;
  return unit === undefined ? { kind: 'angka', value: p.value } : { kind: 'angka', value: p.value, unit };
}

function gradeRank(g: string): { scale: string[]; rank: number } | undefined {
  for (const scale of Object.values(GRADES)) {
    const rank = scale.indexOf(g.toUpperCase());
    if (rank >= 0) return { scale, rank: rank + 1 };
  }
  return undefined;
}

function unitKey(u: string | undefined): string | undefined {
  if (u === undefined) return undefined;
  const k = u.toLowerCase().replace(/[^a-z%]/g, '');
  return k === 'persen' ? '%' : k;
}

/**
 * Whether the stated capaian (points) agrees with the target and realisasi; undefined when the formula
 * does not apply (a text, another unit, target 0). `far` is set when realisasi > 100 × target.
 */
function capaianAgrees(
  target: Measure,
  realisasi: Measure,
  stated: { value: Exact; tol: Exact },
  negatif: boolean,
): { ok: boolean; far: boolean } | undefined {
  if (target.kind === 'grade' || realisasi.kind === 'grade') {
    if (target.kind !== 'grade' || realisasi.kind !== 'grade') return undefined;
    const t = gradeRank(target.grade);
    const r = gradeRank(realisasi.grade);
    if (t === undefined || r === undefined || t.scale !== r.scale) return undefined;
    const computed = r.rank >= t.rank ? HUNDRED : undefined;
    if (computed !== undefined) return { ok: within(computed, stated.value, stated.tol), far: false };
    return {
      ok: quotientWithin(exact(String(r.rank * 100)), exact(String(t.rank)), stated.value, stated.tol),
      far: false,
    };
  }
  const tu = unitKey(target.unit);
  const ru = unitKey(realisasi.unit);
  if (tu !== undefined && ru !== undefined && tu !== ru) return undefined;
  if (isZero(target.value)) return undefined;
  const far = !isZero(realisasi.value) && cmp(abs(realisasi.value), mul(abs(target.value), HUNDRED)) > 0;
  const t = target.value;
  const r = realisasi.value;
  if (quotientWithin(mul(r, HUNDRED), t, stated.value, stated.tol)) return { ok: true, far };
  if (negatif) {
    const twoTminusR = sub(mul(exact('2'), t), r);
    if (quotientWithin(mul(twoTminusR, HUNDRED), t, stated.value, stated.tol)) return { ok: true, far };
    if (!isZero(r) && quotientWithin(mul(t, HUNDRED), r, stated.value, stated.tol)) return { ok: true, far };
  }
  return { ok: false, far };
}

const KATEGORI_LOWER = ['91', '76', '66', '51', '0'];

/**
 * Label sets, rank by rank beside the five bands. The first is Permendagri 86/2017's own (every label
 * judged); the others set no bounds, so a table using them is judged only where most labels agree with
 * the 86/2017 bounds, and otherwise said once (peringatan) at its first label.
 */
const KATEGORI_SETS: string[][] = [
  ['sangat tinggi', 'tinggi', 'sedang', 'rendah', 'sangat rendah'],
  ['sangat baik', 'baik', 'cukup', 'kurang', 'sangat kurang'],
  ['sangat berhasil', 'berhasil', 'cukup berhasil', 'kurang berhasil', 'tidak berhasil'],
];

function bandOf(label: string): { set: number; band: number } | undefined {
  const k = label
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let set = 0; set < KATEGORI_SETS.length; set++) {
    const band = KATEGORI_SETS[set].indexOf(k);
    if (band >= 0) return { set, band };
  }
  return undefined;
}

/** The band a capaian (points, rounded to 2 decimals, half up) falls in. */
function bandForPoints(p: Exact): number {
  const scaled = mul(p, exact('100'));
  const cents = scaled.scale === 0 ? scaled.n : roundHalfUp(scaled.n, scaled.scale);
  const rounded: Exact = { n: cents, scale: 2 };
  return KATEGORI_LOWER.findIndex((lower) => cmp(rounded, exact(lower)) >= 0);
}

function roundHalfUp(n: bigint, scale: number): bigint {
  const d = 10n ** BigInt(scale);
  const q = n / d;
  const r = n % d;
  return 2n * (r < 0n ? -r : r) >= d ? q + (n < 0n ? -1n : 1n) : q;
}

function kinerjaErrors(t: CorpusTable, out: Pending[]): void {
  const lines = linesOf(t, 'data', CASCADE_DEPTH);
  const parent = parents(lines);
  const triples: Array<[string, string, string]> = [
    ['target', 'realisasi', 'capaian'],
    ['targetLalu', 'realisasiLalu', 'capaianLalu'],
    ['targetAkhir', 'realisasi', 'kemajuan'],
    ['standarNasional', 'realisasi', 'perbandinganStandar'],
  ];
  const kategori: Array<{ line: Line; set: number; band: number; actual: number }> = [];
  const inPoints = new Map(triples.map(([, , cf]) => [cf, columnInPoints(t, lines, cf)]));
  for (const l of lines) {
    const negatif = l.row.polaritas === 'negatif' || /negatif|turun|minimal/i.test(l.get('polaritas') ?? '');
    for (const [tf, rf, cf] of triples) {
      const target = measure(l.get(tf), t);
      const realisasi = measure(l.get(rf), t);
      const stated = points(read(l, cf, t, 'persen'), inPoints.get(cf));
      if (target === undefined || realisasi === undefined || stated === undefined) continue;
      const verdict = capaianAgrees(target, realisasi, stated, negatif);
      if (verdict === undefined || verdict.ok) continue;
      const error: Pending = {
        rule: 'KIN-01',
        cell: l.ref(cf) as string,
        why: `${cf} ${show(stated.value)} vs ${l.get(rf)} / ${l.get(tf)}`,
      };
      if (verdict.far) error.alternatives = [{ rule: 'KIN-05', cell: l.ref(rf) as string }];
      out.push(error);
    }
    const label = l.get('kategori');
    const stated = points(read(l, 'capaian', t, 'persen'), inPoints.get('capaian'));
    const found = label === null ? undefined : bandOf(label);
    if (found !== undefined && stated !== undefined)
      kategori.push({ line: l, ...found, actual: bandForPoints(stated.value) });
  }
  for (let set = 0; set < KATEGORI_SETS.length; set++) {
    const labels = kategori.filter((k) => k.set === set);
    if (labels.length === 0) continue;
    const agree = labels.filter((k) => k.band === k.actual).length;
    if (set === 0 || agree * 2 > labels.length) {
      for (const k of labels)
        if (k.band !== k.actual)
          out.push({
            rule: 'KIN-02',
            cell: k.line.ref('kategori') as string,
            why: `kategori band ${k.band} ≠ ${k.actual}`,
          });
    } else
      out.push({
        rule: 'KIN-02',
        severity: 'peringatan',
        cell: labels[0].line.ref('kategori') as string,
        why: `labels of set ${set} mostly off the 86/2017 bounds (${agree} of ${labels.length} agree)`,
      });
  }

  const leaves = lines.filter((_, i) => !lines.some((__, j) => parent[j] === i));
  for (const avg of linesOf(t, 'average', CASCADE_DEPTH)) {
    const stated = points(read(avg, 'capaian', t, 'persen'), inPoints.get('capaian'));
    const values = leaves
      .map((l) => points(read(l, 'capaian', t, 'persen'), inPoints.get('capaian')))
      .filter((v) => v !== undefined);
    if (stated === undefined || values.length === 0) continue;
    const total = sum(values.map((v) => v.value));
    const rowTol = values.reduce((m, v) => (cmp(v.tol, m) > 0 ? v.tol : m), ZERO);
    const n = exact(String(values.length));
    if (!quotientWithin(total, n, stated.value, add(stated.tol, rowTol)))
      out.push({
        rule: 'KIN-03',
        cell: avg.ref('capaian') as string,
        why: `average ${show(stated.value)} vs mean of ${values.length}`,
      });
  }
}

function efisiensiErrors(t: CorpusTable, out: Pending[]): void {
  budgetErrors(t, out, { pagu: 'pagu', realisasi: 'realisasiAnggaran', capaian: 'capaianAnggaran' });
  kinerjaErrors({ ...t, rows: t.rows.filter((r) => r.tag === 'data') }, out);
  const lines = linesOf(t, 'data', CASCADE_DEPTH);
  interface Row {
    line: Line;
    matches: string[];
  }
  const rows: Row[] = [];
  const inPoints = (role: Field) => columnInPoints(t, lines, role);
  const ePoints = inPoints('efisiensi');
  const kPoints = inPoints('capaian');
  const aPoints = inPoints('capaianAnggaran');
  for (const l of lines) {
    const e = read(l, 'efisiensi', t, 'persen');
    const stated = points(e, ePoints);
    const k = points(read(l, 'capaian', t, 'persen'), kPoints);
    let a = points(read(l, 'capaianAnggaran', t, 'persen'), aPoints);
    if (a === undefined) {
      const pagu = read(l, 'pagu', t, 'rupiah');
      const real = read(l, 'realisasiAnggaran', t, 'rupiah');
      if (pagu !== undefined && real !== undefined && !isZero(pagu.value)) {
        // Kept to 10 places: enough to decide against any printed efficiency.
        const q =
          (mul(real.value, exact('1000000000000')).n * 10n ** BigInt(pagu.value.scale)) /
          (pagu.value.n * 10n ** BigInt(real.value.scale));
        a = { value: { n: q, scale: 10 }, tol: ZERO, decimals: 10 };
      }
    }
    if (stated === undefined || k === undefined || a === undefined) continue;
    const tol = add(stated.tol, add(k.tol, a.tol));
    const matches: string[] = [];
    if (within(sub(k.value, a.value), stated.value, tol)) matches.push('selisih');
    if (
      !isZero(a.value) &&
      quotientWithin(mul(k.value, HUNDRED), a.value, stated.value, add(stated.tol, relTol(k, a)))
    )
      matches.push('indeks');
    if (cmp(k.value, HUNDRED) >= 0 && within(sub(HUNDRED, a.value), stated.value, add(stated.tol, a.tol)))
      matches.push('sisa');
    rows.push({ line: l, matches });
  }
  const counts = ['selisih', 'indeks', 'sisa'].map((m) => ({
    m,
    n: rows.filter((r) => r.matches.includes(m)).length,
  }));
  const best = counts.reduce((b, c) => (c.n > b.n ? c : b), { m: '', n: 0 });
  for (const r of rows) {
    if (r.matches.length > 0 && (best.n === 0 || r.matches.includes(best.m))) continue;
    out.push({
      rule: 'EFI-01',
      cell: r.line.ref('efisiensi') as string,
      why: `efisiensi follows ${r.matches.join('/') || 'no method'}`,
    });
  }
}

/** Tolerance of K/A × 100 from the rounding of K and A: h(K)/A + K·h(A)/A², bounded generously. */
function relTol(k: { value: Exact; tol: Exact }, a: { value: Exact; tol: Exact }): Exact {
  const av = Math.abs(approx(a.value));
  const kv = Math.abs(approx(k.value));
  const t = ((approx(k.tol) / av + (kv * approx(a.tol)) / (av * av)) * 100 * 1.01).toFixed(12);
  return exact(t);
}

const MUTU: Array<[string, string, string]> = [
  ['88.31', 'A', 'sangat baik'],
  ['76.61', 'B', 'baik'],
  ['65.00', 'C', 'kurang baik'],
  ['25.00', 'D', 'tidak baik'],
];

function skmErrors(t: CorpusTable, out: Pending[]): void {
  const { rows, left } = placeRows(t);
  const nrr: Printed[] = [];
  const unsur = t.expect.roles.unsur;
  if (Array.isArray(unsur)) {
    const line = rows.find((r) => r.tag === 'data' && r.level === 'nrr');
    if (line === undefined) return;
    for (const letter of unsur) {
      const p = readPrinted(cellOf(line, left, columnIndex(letter)), t.decimalMark, 'angka');
      if (p !== undefined) nrr.push(p);
    }
  } else {
    const col = roleColumn(t, 'nrr');
    if (col === undefined) return;
    for (const r of rows.filter((x) => x.tag === 'data')) {
      const p = readPrinted(cellOf(r, left, col), t.decimalMark, 'angka');
      if (p !== undefined) nrr.push(p);
    }
  }
  if (nrr.length === 0) return;
  const ikmRow = rows.find((r) => r.tag === 'ikm');
  const firstFigure = (r: PlacedRow): { p: Printed; col: number } | undefined => {
    for (let j = 0; j < (r.cells ?? []).length; j++) {
      const p = readPrinted(r.cells?.[j] ?? null, t.decimalMark, 'angka');
      if (p !== undefined && p.unit === undefined && cmp(p.value, exact('25')) >= 0)
        return { p, col: left + j };
    }
    return undefined;
  };
  const nrrCol = roleColumn(t, 'nrr');
  // The IKM in the NRR column when it stands there (and is an IKM, 25 or more: "NILAI IKM | 3,69 | 92,25"
  // gives the mean NRR first).
  const inNrrColumn = (r: PlacedRow): { p: Printed; col: number } | undefined => {
    if (nrrCol === undefined) return undefined;
    const p = readPrinted(cellOf(r, left, nrrCol), t.decimalMark, 'angka');
    return p === undefined || cmp(p.value, exact('25')) < 0 ? undefined : { p, col: nrrCol };
  };
  const stated = ikmRow === undefined ? undefined : (inNrrColumn(ikmRow) ?? firstFigure(ikmRow));
  if (stated !== undefined && ikmRow !== undefined) {
    const total = sum(nrr.map((n) => n.value));
    // NRRs are printed to two places or more: their rounding moves the IKM by 25 × half a unit at most.
    const nrrTol = halfUnit(Math.max(2, Math.min(...nrr.map((n) => n.decimals))));
    const tol = add(halfUnit(stated.p.decimals), mul(exact('25'), nrrTol));
    const exactOk = quotientWithin(mul(total, exact('25')), exact(String(nrr.length)), stated.p.value, tol);
    const weighted = mul(mul(total, exact('0.111')), exact('25'));
    const weightedOk =
      nrr.length === 9 &&
      within(
        weighted,
        stated.p.value,
        add(tol, mul(exact(String(nrr.length)), mul(exact('0.111'), mul(exact('25'), nrrTol)))),
      );
    if (!exactOk && !weightedOk)
      out.push({
        rule: 'IKM-01',
        cell: address(ikmRow.sheetRow, stated.col),
        why: `IKM ${show(stated.p.value)} vs 25 × mean of ${nrr.length} NRR`,
      });
    const mutuRow = rows.find((r) => r.tag === 'mutu') ?? ikmRow;
    const band = MUTU.findIndex(([lower]) => cmp(roundTo2(stated.p.value), exact(lower)) >= 0);
    const mutuCols =
      nrrCol !== undefined && cellOf(mutuRow, left, nrrCol) !== null
        ? [nrrCol - left]
        : (mutuRow.cells ?? []).map((_, j) => j);
    for (const j of mutuCols) {
      const text = (mutuRow.cells?.[j] ?? '').trim();
      const m = /^(?:mutu\s*)?\(?([ABCD])\)?(?:\s*[(/-]?\s*([a-z ]+)\)?)?$/i.exec(text);
      const words = MUTU.findIndex(([, , w]) => w === text.toLowerCase().replace(/[()]/g, '').trim());
      const said = m ? MUTU.findIndex(([, letter]) => letter === m[1].toUpperCase()) : words;
      if (said < 0) continue;
      if (band >= 0 && said !== band)
        out.push({
          rule: 'IKM-02',
          cell: address(mutuRow.sheetRow, left + j),
          why: `mutu ${text} ≠ ${MUTU[band][1]}`,
        });
      break;
    }
  }
}

function roundTo2(v: Exact): Exact {
  if (v.scale <= 2) return v;
  return { n: roundHalfUp(v.n, v.scale - 2), scale: 2 };
}

/** Every error the table contains, in row order. */
export function expectedErrors(t: CorpusTable): ExpectedError[] {
  const out: Array<Omit<ExpectedError, 'severity'> & { severity?: ExpectedError['severity'] }> = [];
  if (t.kind === 'anggaran')
    budgetErrors(t, out, { pagu: 'pagu', realisasi: 'realisasi', capaian: 'capaian' });
  else if (t.kind === 'kinerja') kinerjaErrors(t, out);
  else if (t.kind === 'efisiensi') efisiensiErrors(t, out);
  else skmErrors(t, out);
  const seen = new Set<string>();
  return out
    .filter((e) => {
      const key = `${e.rule}@${e.cell}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((e) => ({ ...e, severity: e.severity ?? (e.rule === 'EFI-01' ? 'peringatan' : 'galat') }));
}
