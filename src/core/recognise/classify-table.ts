import { columnLetters } from '../snapshot';
import type { ColumnRole, Evidence, Role, TableContext } from '../model/roles';
import type { Temuan } from '../temuan';
import { BUKTI, NAMA_PERAN, PESAN_PENGENALAN as msg } from '../messages/recognise';
import { note } from './cells';
import {
  differenceRelation,
  efficiencyRelation,
  isNumericColumn,
  isRupiahColumn,
  profileColumns,
  ratioRelation,
  sampleRows,
  share,
  type ColumnProfile,
} from './column-evidence';
import type { HeaderWord } from './header-words';
import type { HeaderColumn, ScannedTable } from './sheet-scan';
import type { Concept } from './vocabulary';

/**
 * Deciding what a scanned table is and what each column holds (DESIGN.md §5, docs/recognition.md):
 * header words and the numbers are read together. Each column's header texts give one meaning (a
 * concept with its year, group, revision); the concepts decide the table's kind — survey, efficiency,
 * indicator or budget — and the numbers confirm it or decide where the words say little; then every
 * column gets its role for that kind, with the evidence for it. Where header and numbers disagree, a
 * note says so. A table of none of the kinds is rejected with what was missing.
 */

export type TableKind = 'anggaran' | 'kinerja' | 'efisiensi' | 'skm';

/** A header column read as one meaning. */
export interface ColumnMeaning {
  col: number;
  /** The header texts joined, as written. */
  header: string;
  /** The column's own (lowest) header text, and its row. */
  own: string;
  row: number;
  concept?: Concept;
  /** The concept of the group heading the column stands under (`Target` over years, `Anggaran` over Rp | %). */
  groupConcept?: Concept;
  group?: 'anggaran' | 'kinerja';
  year?: number;
  revision?: 'sebelum' | 'setelah';
  lalu?: boolean;
  persen?: boolean;
  rupiah?: boolean;
  mended?: string;
}

export interface ClassifiedTable {
  scanned: ScannedTable;
  kind: TableKind;
  roles: ColumnRole[];
  /** The first column of each role. */
  columnOf: Partial<Record<Role, number>>;
  /** Level columns of an indicator table laid out by indentation (Tujuan | Sasaran | Program). */
  levelColumns: Array<{ col: number; depth: number }>;
  /**
   * A budget table's grouping column: a Sasaran (or Tujuan) column left of the lines' name column,
   * whose numbering numbers the groups, not the lines.
   */
  groupColumn?: number;
  /** The level a budget line has where nothing else says (the name column's header: `Kegiatan`). */
  defaultLevel?: 'program' | 'kegiatan' | 'subkegiatan';
  /** The report year whose columns were read, where years label the columns. */
  year?: NonNullable<TableContext['year']>;
  profiles: Map<number, ColumnProfile>;
  notes: Temuan[];
}

export interface RejectedTable {
  scanned: ScannedTable;
  /** What was missing, in Indonesian. */
  reason: string;
}

const LEVEL_DEPTH: Partial<Record<Concept, number>> = {
  tujuan: 0,
  sasaran: 1,
  program: 2,
  kegiatan: 3,
  subkegiatan: 4,
};

/** The meaning of a column from its header words, top to bottom. */
/** Headers of estimated or projected figures (Renja evaluation forms): no realisasi, no target of the year. */
const ESTIMATE = /^\s*(perkiraan|prakiraan|proyeksi|estimasi|prognosa)\b/i;

export function columnMeaning(column: HeaderColumn): ColumnMeaning {
  const meaning: ColumnMeaning = {
    col: column.col,
    header: column.texts.join(' '),
    own: column.texts[column.texts.length - 1] ?? '',
    row: column.row,
  };
  const words: HeaderWord[] = column.words;
  const bearing = words.filter((w) => w.concept !== undefined && w.concept !== 'kinerja');
  const last = bearing[bearing.length - 1];
  const first = bearing[0];
  // A heading over years (Target Kinerja pada Tahun | 2024 | 2025 | 2026): the years are its columns.
  if (
    last !== undefined &&
    words.length > 1 &&
    words[words.length - 1].concept === undefined &&
    words[words.length - 1].year !== undefined
  )
    meaning.groupConcept = last.concept;
  for (const w of words) {
    if (w.year !== undefined && meaning.year === undefined) meaning.year = w.year;
    if (w.revision !== undefined) meaning.revision = w.revision;
    if (w.lalu === true) meaning.lalu = true;
    if (w.persen === true) meaning.persen = true;
    if (w.rupiah === true) meaning.rupiah = true;
    if (w.mended !== undefined) meaning.mended = w.mended;
    if (w.group !== undefined) meaning.group = w.group;
    if (w.concept === 'kinerja') meaning.group = 'kinerja';
  }
  if (last === undefined) return meaning;
  // An estimate ("Perkiraan Realisasi … s/d tahun 2021", a projection) is no figure that was measured.
  if (column.texts.some((t) => ESTIMATE.test(t))) {
    meaning.concept = 'keterangan';
    return meaning;
  }
  meaning.concept = last.concept;
  if (first !== last && first.concept !== undefined) {
    meaning.groupConcept = first.concept;
    // A group heading says which side a sub-header stands on: ANGGARAN over Target | Realisasi | %.
    if (first.concept === 'pagu') {
      meaning.group = 'anggaran';
      if (last.concept === 'target') meaning.concept = 'pagu';
    }
    // REALISASI over Rp | %: the % column is the realisasi's capaian.
    if (last.concept === 'capaian' && (first.concept === 'realisasi' || first.concept === 'pagu'))
      meaning.group = first.concept === 'pagu' ? 'anggaran' : meaning.group;
  }
  // REALISASI over Keuangan (Rp) | %: a group word under a heading keeps the heading's concept.
  if (last.bare === true && first !== last && first.concept !== undefined && first.concept !== 'pagu')
    meaning.concept = first.concept;
  // CAPAIAN (or REALISASI) over JUMLAH | %: the amount is the realisasi, the % its capaian.
  if (
    (first.concept === 'capaian' || first.concept === 'realisasi') &&
    (last.concept === 'jumlah' || last.concept === 'nilai')
  )
    meaning.concept = 'realisasi';
  // A sub-header saying only Rp, a year or a revision keeps its group's concept (Realisasi over Rp).
  const lastWord = words[words.length - 1];
  if (
    lastWord.concept === undefined &&
    last !== lastWord &&
    last.concept === 'realisasi' &&
    lastWord.persen === true
  )
    meaning.concept = 'capaian';
  return meaning;
}

/** Roles of one kind in the order a table of that kind is read, for reporting. */
const ROLE_ORDER: readonly Role[] = [
  'numbering',
  'code',
  'name',
  'indikator',
  'satuan',
  'polaritas',
  'targetLalu',
  'realisasiLalu',
  'capaianLalu',
  'history',
  'target',
  'realisasi',
  'capaian',
  'kategori',
  'targetAkhir',
  'kemajuan',
  'standarNasional',
  'perbandinganStandar',
  'pagu',
  'realisasiAnggaran',
  'capaianAnggaran',
  'efisiensi',
  'sisa',
  'unsur',
  'nrr',
  'nrrTertimbang',
  'analisis',
  'solusi',
  'child.name',
  'child.indikator',
  'child.capaian',
  'child.analisis',
];

interface Assignment {
  role: Role;
  col: number;
  evidence: Evidence[];
}

/** Builds the evidence of a column's header: its words, a mended spelling, its year. */
function headerEvidence(m: ColumnMeaning): Evidence[] {
  if (m.header === '') return [];
  const out: Evidence[] = [
    {
      kind: 'judul',
      text: m.mended !== undefined ? BUKTI.judulDibetulkan(m.header, m.mended) : BUKTI.judul(m.header),
    },
  ];
  if (m.year !== undefined) out.push({ kind: 'judul', text: BUKTI.tahun(m.year) });
  return out;
}

/** What a column's cells hold, as evidence. */
function contentEvidence(p: ColumnProfile | undefined, of: number): Evidence[] {
  if (p === undefined || p.filled === 0) return [];
  const parts: Array<[number, (n: number, of: number) => string]> = [
    [p.rupiah, BUKTI.isiRupiah],
    [p.percents, BUKTI.isiPersen],
    [p.withUnit, BUKTI.isiSatuan],
    [p.grades, BUKTI.isiPredikat],
    [p.unsurNames, BUKTI.isiUnsur],
    [p.markers, BUKTI.isiPenanda],
    [p.longTexts, BUKTI.isiUraian],
  ];
  const best = parts.filter(([n]) => n > 0).sort((a, b) => b[0] - a[0])[0];
  if (best !== undefined) return [{ kind: 'isi', text: best[1](best[0], of) }];
  if (p.numbers > 0) return [{ kind: 'isi', text: BUKTI.isiAngka(p.numbers, of) }];
  if (p.shortTexts > 0) return [{ kind: 'isi', text: BUKTI.isiTeksPendek(p.shortTexts, of) }];
  return [];
}

/**
 * Picks the report year: the title's or the settings' when the columns have it, the workbook's when no
 * later year was measured, else the latest year with a realisasi or capaian.
 */
function reportYear(
  meanings: ColumnMeaning[],
  context: TableContext['year'],
  profiles: Map<number, ColumnProfile>,
): NonNullable<TableContext['year']> | undefined {
  const filled = meanings.filter((m) => (profiles.get(m.col)?.filled ?? 0) > 0);
  const measured = filled.filter(
    (m) =>
      m.year !== undefined && (m.concept === 'realisasi' || m.concept === 'capaian' || m.concept === 'nrr'),
  );
  const years = [
    ...new Set(
      (measured.length > 0 ? measured : filled.filter((m) => m.year !== undefined)).map(
        (m) => m.year as number,
      ),
    ),
  ];
  if (years.length === 0) return undefined;
  const latest = Math.max(...years);
  // The workbook's year (a title elsewhere in the file) does not outweigh a later year the table measured.
  if (
    context !== undefined &&
    years.includes(context.value) &&
    (context.source !== 'buku' || context.value === latest)
  )
    return context;
  return { value: latest, source: 'kolom' };
}

/** A header of figures added up over the years (`s/d tahun 2019`, `sampai dengan`, `kumulatif`). */
const CUMULATIVE = /\bs\s*\/\s*d\b|\bsampai dengan\b|\bkumulatif\b/i;

/**
 * The role of each year-labelled column: the report year's are the table's own, the year before is
 * last year's (Tabel 3.3), older ones — and cumulative ones — are history.
 */
function yearRole(
  m: ColumnMeaning,
  year: number | undefined,
  own: Role,
  lalu: Role | undefined,
): Role | undefined {
  if (m.lalu === true) return lalu ?? 'history';
  if (m.year === undefined || year === undefined || m.year === year) return own;
  // "Realisasi … s/d tahun 2019" adds up the years to then: no figure of last year alone.
  if (m.year === year - 1 && lalu !== undefined && !CUMULATIVE.test(m.header)) return lalu;
  return m.year < year ? 'history' : undefined;
}

/** A header naming one unsur (`U3`, `Unsur 3`, `Waktu Penyelesaian`), not the heading "Unsur Pelayanan" over them. */
function namesOneUnsur(m: ColumnMeaning): boolean {
  return (
    m.concept === 'unsur' &&
    !/^(jenis\s+)?unsur(\s*-?\s*unsur)?(\s+pelayanan|\s+layanan)?$/i.test(m.own.trim())
  );
}

/** Survey evidence: unsur columns across the page, or an unsur column (or unsur names down one) and values. */
function surveyShape(
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
): 'across' | 'list' | undefined {
  if (meanings.filter(namesOneUnsur).length >= 3) {
    const unsurCols = meanings.filter(namesOneUnsur);
    if (
      unsurCols.some((m) => isNumericColumn(profiles.get(m.col)) || (profiles.get(m.col)?.filled ?? 0) === 0)
    )
      return 'across';
  }
  const nameCol = meanings.find(
    (m) =>
      m.concept === 'unsur' ||
      ((profiles.get(m.col)?.unsurNames ?? 0) >= 3 && !isNumericColumn(profiles.get(m.col))),
  );
  if (nameCol === undefined) return undefined;
  const namesDown = profiles.get(nameCol.col)?.unsurNames ?? 0;
  const value = meanings.find(
    (m) =>
      m.col > nameCol.col &&
      (m.concept === 'nrr' || m.concept === 'nilai' || m.concept === 'ikm') &&
      isNumericColumn(profiles.get(m.col)),
  );
  if (value !== undefined && (nameCol.concept === 'unsur' || namesDown >= 3)) return 'list';
  return undefined;
}

/** Decides the kind from the meanings and the numbers; undefined with the reason when none fits. */
function decideKind(
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
): { kind: TableKind } | { reason: string } {
  if (surveyShape(meanings, profiles) !== undefined) return { kind: 'skm' };
  const has = (...concepts: Concept[]) =>
    meanings.some((m) => m.concept !== undefined && concepts.includes(m.concept));
  const rupiah = (m: ColumnMeaning) =>
    m.group === 'anggaran' || m.rupiah === true || isRupiahColumn(profiles.get(m.col));
  const kinerjaMeasure = meanings.some(
    (m) => (m.concept === 'target' || m.concept === 'realisasi') && m.group !== 'anggaran' && !rupiah(m),
  );
  const kinerjaCapaian = meanings.some((m) => m.concept === 'capaian' && m.group === 'kinerja');
  const anggaranSide =
    has('pagu') &&
    meanings.some(
      (m) => (m.concept === 'realisasi' || m.concept === 'capaian') && (m.group === 'anggaran' || rupiah(m)),
    );
  const measuredKinerja =
    meanings.some((m) => m.concept === 'realisasi' && m.group !== 'anggaran' && !rupiah(m)) || kinerjaCapaian;
  if (has('efisiensi') || (anggaranSide && measuredKinerja && has('indikator', 'target')))
    return { kind: 'efisiensi' };
  const indicatorWords = has('indikator', 'targetAkhir', 'standar', 'kemajuan', 'kategori', 'satuan');
  if ((kinerjaMeasure || has('targetAkhir', 'standar')) && (indicatorWords || !has('pagu'))) {
    if (!(
      has('pagu') &&
      !has('realisasi', 'capaian') &&
      meanings.some((m) => m.concept === 'pagu' && isRupiahColumn(profiles.get(m.col)))
    ))
      return { kind: 'kinerja' };
  }
  if (indicatorWords && has('capaian') && !has('pagu')) return { kind: 'kinerja' };
  const nameWords = has('uraian', 'program', 'kegiatan', 'subkegiatan', 'kode', 'sasaran', 'tujuan');
  const rupiahColumns = meanings.filter((m) => isRupiahColumn(profiles.get(m.col))).length;
  if (nameWords && (has('pagu') || rupiahColumns > 0)) return { kind: 'anggaran' };
  if (has('pagu') && rupiahColumns > 0) return { kind: 'anggaran' };
  const missing: string[] = [];
  if (!nameWords && !has('indikator')) missing.push(msg.kurangUraian());
  if (!has('pagu', 'target', 'realisasi') && rupiahColumns === 0) missing.push(msg.kurangAngka());
  return { reason: missing.length > 0 ? missing.join('; ') : msg.kurangJenis() };
}

/** Assigns the roles of one kind; `take` refuses a role already given (the first column keeps it). */
class RoleBook {
  readonly assigned: Assignment[] = [];
  readonly notes: Temuan[] = [];

  constructor(
    private readonly scanned: ScannedTable,
    private readonly meanings: ColumnMeaning[],
    private readonly profiles: Map<number, ColumnProfile>,
    private readonly rows: number,
  ) {}

  roleAt(col: number): Role | undefined {
    return this.assigned.find((a) => a.col === col)?.role;
  }

  colOf(role: Role): number | undefined {
    return this.assigned.find((a) => a.role === role)?.col;
  }

  take(role: Role, m: ColumnMeaning, extra: Evidence[] = [], repeatable = false): boolean {
    if (this.roleAt(m.col) !== undefined) return false;
    const used = this.colOf(role);
    if (used !== undefined && !repeatable) {
      this.notes.push(
        note(
          this.scanned.sheet.name,
          m.row,
          m.col,
          'STR-02',
          'info',
          msg.headerGanda(m.header, columnLetters(used)),
        ),
      );
      return false;
    }
    this.assigned.push({
      role,
      col: m.col,
      evidence: [...headerEvidence(m), ...contentEvidence(this.profiles.get(m.col), this.rows), ...extra],
    });
    return true;
  }

  /** Adds evidence to an assigned role. */
  support(role: Role, evidence: Evidence): void {
    const a = this.assigned.find((x) => x.role === role);
    if (a !== undefined) a.evidence.push(evidence);
  }

  /** A note about a column (read otherwise than its words say, or not read), at its header cell. */
  say(m: ColumnMeaning, message: string): void {
    this.notes.push(note(this.scanned.sheet.name, m.row, m.col, 'STR-02', 'info', message));
  }

  meaning(col: number): ColumnMeaning | undefined {
    return this.meanings.find((m) => m.col === col);
  }
}

/**
 * The numbering column among several `No` columns (No | Sasaran | No | Indikator): the last one before
 * the indicators (or the names) numbers the rows; one before it numbers the groups.
 */
function rowNumbering(meanings: ColumnMeaning[]): ColumnMeaning | undefined {
  const numbers = meanings.filter((m) => m.concept === 'nomor');
  if (numbers.length <= 1) return numbers[0];
  const rows =
    meanings.find((m) => m.concept === 'indikator') ?? meanings.find((m) => m.concept === 'uraian');
  const before = rows === undefined ? [] : numbers.filter((m) => m.col < rows.col);
  return before[before.length - 1] ?? numbers[0];
}

function assignKinerja(
  book: RoleBook,
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
  year: number | undefined,
): Array<{ col: number; depth: number }> {
  const numbering = rowNumbering(meanings);
  const levels = meanings.filter((m) => m.concept !== undefined && LEVEL_DEPTH[m.concept] !== undefined);
  const levelColumns =
    levels.length >= 2
      ? levels.map((m) => ({ col: m.col, depth: LEVEL_DEPTH[m.concept as Concept] as number }))
      : [];
  const hasTarget = meanings.some((m) => m.concept === 'target');
  const hasStandar = meanings.some((m) => m.concept === 'standar');
  const hasAkhir = meanings.some((m) => m.concept === 'targetAkhir');
  const targetYears = meanings.filter(
    (m) => m.concept === 'target' && m.year !== undefined && m.groupConcept === 'target',
  );
  const hasRealisasi = meanings.some((m) => m.concept === 'realisasi');
  // Yearly Renstra targets under one Target heading, no realisasi (Tabel 2.2): the last year is the end target.
  const renstra = !hasRealisasi && targetYears.length >= 2;
  const lastTargetYear = Math.max(...targetYears.map((m) => m.year as number));
  const futureTargets = meanings.filter(
    (m) => m.concept === 'target' && m.year !== undefined && year !== undefined && m.year > year,
  );
  const lastFutureTarget = hasAkhir ? undefined : Math.max(...futureTargets.map((m) => m.year as number));
  const longTexts = (m: ColumnMeaning) => profiles.get(m.col)?.longTexts ?? 0;
  let childStart: number | undefined;
  for (const m of meanings) {
    if (levelColumns.some((l) => l.col === m.col)) {
      book.take('name', m, [], true);
      continue;
    }
    const child = childStart !== undefined && m.col > childStart;
    switch (m.concept) {
      case 'nomor':
        if (m === numbering) book.take('numbering', m);
        break;
      case 'kode':
        book.take('code', m);
        break;
      case 'uraian':
      case 'tujuan':
      case 'sasaran':
      case 'program':
      case 'kegiatan':
      case 'subkegiatan':
        if (
          meanings.some(
            (o) =>
              o !== m &&
              o.header === m.header &&
              Math.abs(o.col - m.col) === 1 &&
              (profiles.get(o.col)?.texts ?? 0) > (profiles.get(m.col)?.texts ?? 0),
          )
        )
          break;
        if (
          book.colOf('name') !== undefined &&
          book.colOf('indikator') !== undefined &&
          childStart === undefined
        ) {
          childStart = m.col;
          book.take('child.name', m);
        } else book.take('name', m);
        break;
      case 'indikator': {
        // One heading merged over a column of numbers and the column of names (No | Indikator under
        // "Indikator Kinerja"): the names are the indicators.
        const wider = meanings.find(
          (o) =>
            o !== m && o.header === m.header && Math.abs(o.col - m.col) === 1 && longTexts(o) > longTexts(m),
        );
        if (wider === undefined) book.take(child ? 'child.indikator' : 'indikator', m);
        break;
      }
      case 'satuan':
        book.take('satuan', m);
        break;
      case 'polaritas':
        book.take('polaritas', m);
        break;
      case 'target': {
        if (m.group === 'anggaran' || m.rupiah === true) {
          book.say(m, msg.kolomAnggaranDiKinerja(m.header));
          break;
        }
        if (m.revision === 'sebelum') {
          book.say(m, msg.targetSebelumPerubahan());
          break;
        }
        if (renstra) {
          if (m.year === lastTargetYear) book.take('targetAkhir', m);
          else book.say(m, msg.targetTahunDiabaikan(String(m.year), String(lastTargetYear)));
          break;
        }
        const role = yearRole(m, year, 'target', 'targetLalu');
        // Targets of later years (Tabel 3.4 beside 3.1): the last one is the end of the Renstra period.
        if (role === undefined && m.year === lastFutureTarget) book.take('targetAkhir', m);
        else if (role === undefined) book.say(m, msg.tahunDiabaikan(m.header));
        else book.take(role, m, [], role === 'history');
        break;
      }
      case 'realisasi': {
        if (m.group === 'anggaran' || m.rupiah === true) {
          book.say(m, msg.kolomAnggaranDiKinerja(m.header));
          break;
        }
        // "% Realisasi" beside the year's own Target and Realisasi columns, and no capaian of that year: the capaian.
        const asCapaian =
          m.persen === true &&
          meanings.some((o) => o.concept === 'target' && o.year === m.year) &&
          meanings.some(
            (o) => o.col < m.col && o.concept === 'realisasi' && o.persen !== true && o.year === m.year,
          ) &&
          !meanings.some((o) => o.concept === 'capaian' && o.year === m.year);
        const role = asCapaian
          ? yearRole(m, year, 'capaian', 'capaianLalu')
          : yearRole(m, year, 'realisasi', 'realisasiLalu');
        if (role === undefined) book.say(m, msg.tahunDiabaikan(m.header));
        else book.take(role, m, [], role === 'history');
        break;
      }
      case 'capaian': {
        if (child) {
          book.take('child.capaian', m);
          break;
        }
        if (m.group === 'anggaran') {
          book.say(m, msg.kolomAnggaranDiKinerja(m.header));
          break;
        }
        if (!hasTarget && hasStandar) book.take('perbandinganStandar', m);
        else if (!hasTarget && hasAkhir) book.take('kemajuan', m);
        else {
          const role = yearRole(m, year, 'capaian', 'capaianLalu');
          if (role === undefined) book.say(m, msg.tahunDiabaikan(m.header));
          else book.take(role, m, [], role === 'history');
        }
        break;
      }
      case 'kategori': {
        // A kategori under another year's heading (Tahun 2014 | Tahun 2015 | Tahun 2016) is history.
        const role = yearRole(m, year, 'kategori', 'history');
        if (role === undefined) book.say(m, msg.tahunDiabaikan(m.header));
        else book.take(role, m, [], role === 'history');
        break;
      }
      case 'targetAkhir':
        book.take('targetAkhir', m);
        break;
      case 'standar':
        book.take('standarNasional', m);
        break;
      case 'kemajuan':
        book.take('kemajuan', m);
        break;
      case 'analisis':
        book.take(child ? 'child.analisis' : 'analisis', m);
        break;
      case 'menunjang':
        book.take(child ? 'child.analisis' : 'analisis', m);
        break;
      case 'solusi':
        book.take('solusi', m);
        break;
      case 'keterangan':
      case 'jumlah':
      case 'nilai':
        break;
      case 'pagu':
        book.say(m, msg.kolomAnggaranDiKinerja(m.header));
        break;
      default:
        if (m.header !== '') book.say(m, msg.headerTidakDikenal(m.header));
    }
  }
  if (book.colOf('name') === undefined && levelColumns.length === 0) {
    const single = levels[0];
    if (single !== undefined) book.take('name', single);
  }
  // No header names the rows, and no indicator column: the first column of texts does (BPOM | Target …).
  if (book.colOf('name') === undefined && book.colOf('indikator') === undefined) {
    const texts = meanings.find((m) => {
      const p = profiles.get(m.col);
      return (
        book.roleAt(m.col) === undefined &&
        p !== undefined &&
        p.texts > 0 &&
        p.texts >= p.numbers &&
        m.concept !== 'keterangan'
      );
    });
    if (texts !== undefined) book.take('name', texts, [{ kind: 'isi', text: BUKTI.posisiNama() }]);
  }
  return levelColumns;
}

function assignAnggaran(
  book: RoleBook,
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
  year: number | undefined,
): { groupColumn?: number; defaultLevel?: 'program' | 'kegiatan' | 'subkegiatan' } {
  const rupiahCols: ColumnMeaning[] = [];
  const lineWords: ReadonlyArray<Concept | undefined> = ['uraian', 'program', 'kegiatan', 'subkegiatan'];
  // One heading merged over two columns (Program/Kegiatan over C:D, kegiatan numbered in C): the names are
  // in the column with the most of them.
  const texts = (m: ColumnMeaning) => profiles.get(m.col)?.texts ?? 0;
  const sameHeading = (a: ColumnMeaning, b: ColumnMeaning) =>
    a.header === b.header && Math.abs(a.col - b.col) === 1;
  const lineColumn = meanings.find((m) => lineWords.includes(m.concept));
  // A Sasaran (or Tujuan) column beside a Program/Kegiatan column groups the lines; it names none.
  const group = meanings.find(
    (m) =>
      (m.concept === 'sasaran' || m.concept === 'tujuan') &&
      lineColumn !== undefined &&
      m.col < lineColumn.col,
  );
  const hasLaterPagu = meanings.some((m) => m.concept === 'pagu' && m.revision !== 'sebelum');
  for (const m of meanings) {
    const p = profiles.get(m.col);
    switch (m.concept) {
      case 'nomor':
        book.take('numbering', m);
        break;
      case 'kode': {
        // A second column under one KODE heading (program code | kegiatan number) numbers the lines;
        // three or more under it are one code written in parts (urusan | bidang | unit | program | kegiatan).
        const parts = meanings.filter((o) => o.concept === 'kode' && o.header === m.header).length;
        if (book.colOf('code') !== undefined && book.colOf('numbering') === undefined && parts === 2)
          book.take('numbering', m);
        // The later parts are the first one's: the budget reader joins them (not a column set aside).
        else if (parts < 3 || book.colOf('code') === undefined) book.take('code', m);
        break;
      }
      case 'uraian':
      case 'program':
      case 'kegiatan':
      case 'subkegiatan':
      case 'sasaran':
      case 'tujuan':
        if (m === group) break;
        if (meanings.some((o) => o !== m && sameHeading(o, m) && texts(o) > texts(m))) break;
        if (book.colOf('name') === undefined || (p?.longTexts ?? 0) > 0) book.take('name', m);
        break;
      case 'pagu':
      case 'target':
        // The budget before its change is set aside only where the changed one stands beside it.
        if (m.revision === 'sebelum' && hasLaterPagu) book.say(m, msg.paguSebelumPerubahan());
        else if (m.year !== undefined && year !== undefined && m.year !== year)
          book.say(m, msg.tahunDiabaikan(m.header));
        else if (m.concept === 'target' && !isRupiahColumn(p))
          book.say(m, msg.kolomKinerjaDiAnggaran(m.header));
        else {
          const extra =
            m.concept === 'target' ? [{ kind: 'isi' as const, text: BUKTI.judulBedaIsi(m.header) }] : [];
          if (book.take('pagu', m, extra) && m.concept === 'target')
            book.say(m, msg.judulBedaIsi(columnLetters(m.col), m.header, NAMA_PERAN.pagu));
        }
        break;
      case 'realisasi':
        // "Realisasi (%)" beside Rupiah columns and no capaian column is the capaian.
        if (m.persen === true && !meanings.some((x) => x.concept === 'capaian')) book.take('capaian', m);
        else if (
          m.group === 'kinerja' ||
          (p !== undefined && p.numbers > 0 && !isRupiahColumn(p) && p.withUnit > 0)
        )
          book.say(m, msg.kolomKinerjaDiAnggaran(m.header));
        else if (m.year !== undefined && year !== undefined && m.year !== year)
          book.say(m, msg.tahunDiabaikan(m.header));
        else book.take('realisasi', m);
        break;
      case 'capaian':
        if (m.group === 'kinerja') book.say(m, msg.kolomKinerjaDiAnggaran(m.header));
        else if (m.year !== undefined && year !== undefined && m.year !== year)
          book.say(m, msg.tahunDiabaikan(m.header));
        else book.take('capaian', m);
        break;
      case 'sisa':
        if (m.year !== undefined && year !== undefined && m.year !== year)
          book.say(m, msg.tahunDiabaikan(m.header));
        else book.take('sisa', m);
        break;
      case 'jumlah':
      case 'nilai':
      case undefined:
        if (isRupiahColumn(p)) rupiahCols.push(m);
        break;
      default:
        break;
    }
  }
  // Rupiah columns whose header says little ("Jumlah (Rp)", none): pagu, then realisasi, by position.
  for (const m of rupiahCols) {
    if (book.colOf('pagu') === undefined)
      book.take('pagu', m, [{ kind: 'isi', text: BUKTI.posisiRupiah(1) }]);
    else if (book.colOf('realisasi') === undefined)
      book.take('realisasi', m, [{ kind: 'isi', text: BUKTI.posisiRupiah(2) }]);
  }
  const numeric = meanings.filter(
    (m) => book.roleAt(m.col) === undefined && isNumericColumn(profiles.get(m.col)),
  );
  const pagu = book.colOf('pagu');
  const realisasi = book.colOf('realisasi');
  if (pagu !== undefined && realisasi !== undefined) {
    const a = profiles.get(pagu) as ColumnProfile;
    const b = profiles.get(realisasi) as ColumnProfile;
    for (const m of numeric) {
      const c = profiles.get(m.col) as ColumnProfile;
      if (book.colOf('capaian') === undefined && share(ratioRelation(c, b, a)) >= 0.8)
        book.take('capaian', m);
      else if (book.colOf('sisa') === undefined && share(differenceRelation(c, a, b)) >= 0.8)
        book.take('sisa', m);
    }
  }
  // No header names the lines ("Sumber Dana | Pagu | Realisasi"): the leftmost column of texts does.
  if (book.colOf('name') === undefined) {
    const texts = meanings.find((m) => {
      const p = profiles.get(m.col);
      return book.roleAt(m.col) === undefined && p !== undefined && p.texts > p.numbers;
    });
    if (texts !== undefined) book.take('name', texts);
  }
  const nameMeaning = book.meaning(book.colOf('name') ?? -1);
  const concept = nameMeaning?.concept;
  const out: { groupColumn?: number; defaultLevel?: 'program' | 'kegiatan' | 'subkegiatan' } = {};
  if (group !== undefined) out.groupColumn = group.col;
  if (concept === 'program' || concept === 'kegiatan' || concept === 'subkegiatan')
    out.defaultLevel = concept;
  return out;
}

function assignEfisiensi(
  book: RoleBook,
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
): void {
  for (const m of meanings) {
    const p = profiles.get(m.col);
    const money = m.group === 'anggaran' || m.rupiah === true || isRupiahColumn(p);
    switch (m.concept) {
      case 'nomor':
        book.take('numbering', m);
        break;
      case 'kode':
        book.take('code', m);
        break;
      case 'uraian':
      case 'tujuan':
      case 'sasaran':
      case 'program':
      case 'kegiatan':
      case 'subkegiatan':
        book.take('name', m);
        break;
      case 'indikator':
        book.take('indikator', m);
        break;
      case 'satuan':
        book.take('satuan', m);
        break;
      case 'target':
        book.take(money ? 'pagu' : 'target', m);
        break;
      case 'pagu':
        book.take('pagu', m);
        break;
      case 'realisasi':
        // "Realisasi Anggaran (%)": a percentage, the budget's capaian.
        if (m.persen === true) book.take(m.group === 'anggaran' ? 'capaianAnggaran' : 'capaian', m);
        else book.take(money ? 'realisasiAnggaran' : 'realisasi', m);
        break;
      case 'capaian':
        book.take(m.group === 'anggaran' ? 'capaianAnggaran' : 'capaian', m);
        break;
      case 'efisiensi':
        // An "efisiensi" in Rupiah (under "Anggaran (Rp)": pagu − realisasi) is the sisa anggaran.
        if (isRupiahColumn(profiles.get(m.col)))
          book.take('sisa', m, [{ kind: 'isi', text: BUKTI.judulBedaIsi(m.header) }]);
        else book.take('efisiensi', m);
        break;
      case 'sisa':
        book.take('sisa', m);
        break;
      default:
        break;
    }
  }
  // Two capaian columns without a group word: the one that is realisasi ÷ pagu is the budget's.
  const k = book.colOf('capaian');
  const pagu = book.colOf('pagu');
  const real = book.colOf('realisasiAnggaran');
  if (book.colOf('capaianAnggaran') === undefined && pagu !== undefined && real !== undefined) {
    for (const m of meanings) {
      if (m.concept !== 'capaian' || (book.roleAt(m.col) !== undefined && m.col !== k)) continue;
      const rel = ratioRelation(
        profiles.get(m.col) as ColumnProfile,
        profiles.get(real) as ColumnProfile,
        profiles.get(pagu) as ColumnProfile,
      );
      if (share(rel) >= 0.8) {
        const a = book.assigned.find((x) => x.col === m.col);
        if (a !== undefined) a.role = 'capaianAnggaran';
        else book.take('capaianAnggaran', m);
        a?.evidence.push({
          kind: 'hitungan',
          text: BUKTI.rasio(rel.holds, rel.of, NAMA_PERAN.realisasiAnggaran, NAMA_PERAN.pagu),
        });
      }
    }
  }
}

function assignSkm(
  book: RoleBook,
  meanings: ColumnMeaning[],
  profiles: Map<number, ColumnProfile>,
  year: number | undefined,
): void {
  const shape = surveyShape(meanings, profiles);
  for (const m of meanings) {
    const p = profiles.get(m.col);
    if (m.concept === 'nomor') book.take('numbering', m);
    else if (shape === 'across' && namesOneUnsur(m)) book.take('unsur', m, [], true);
    else if (
      shape === 'list' &&
      (m.concept === 'unsur' ||
        ((p?.unsurNames ?? 0) >= 3 && book.colOf('unsur') === undefined && !isNumericColumn(p)))
    )
      book.take('unsur', m);
    else if (shape === 'list' && m.concept === 'nrrTertimbang') book.take('nrrTertimbang', m);
    else if (
      shape === 'list' &&
      (m.concept === 'nrr' || m.concept === 'nilai' || m.concept === 'ikm') &&
      isNumericColumn(p) &&
      book.colOf('nrr') === undefined
    ) {
      if (m.year !== undefined && year !== undefined && m.year !== year) continue;
      book.take('nrr', m);
    }
  }
}

/** Arithmetic evidence between the roles of a budget-like pair (capaian ≈ realisasi ÷ pagu, sisa ≈ pagu − realisasi). */
function arithmeticEvidence(book: RoleBook, profiles: Map<number, ColumnProfile>, kind: TableKind): void {
  const pair =
    kind === 'anggaran'
      ? (['pagu', 'realisasi', 'capaian'] as const)
      : (['pagu', 'realisasiAnggaran', 'capaianAnggaran'] as const);
  const [pr, rr, cr] = pair;
  const p = book.colOf(pr);
  const r = book.colOf(rr);
  const c = book.colOf(cr);
  if (p !== undefined && r !== undefined && c !== undefined) {
    const rel = ratioRelation(
      profiles.get(c) as ColumnProfile,
      profiles.get(r) as ColumnProfile,
      profiles.get(p) as ColumnProfile,
    );
    if (rel.of > 0)
      book.support(cr, {
        kind: 'hitungan',
        text: BUKTI.rasio(rel.holds, rel.of, NAMA_PERAN[rr], NAMA_PERAN[pr]),
      });
  }
  const s = book.colOf('sisa');
  if (p !== undefined && r !== undefined && s !== undefined) {
    const rel = differenceRelation(
      profiles.get(s) as ColumnProfile,
      profiles.get(p) as ColumnProfile,
      profiles.get(r) as ColumnProfile,
    );
    if (rel.of > 0)
      book.support('sisa', {
        kind: 'hitungan',
        text: BUKTI.selisih(rel.holds, rel.of, NAMA_PERAN[pr], NAMA_PERAN[rr]),
      });
  }
  if (kind === 'kinerja' || kind === 'efisiensi') {
    const t = book.colOf('target');
    const re = book.colOf('realisasi');
    const ca = book.colOf('capaian');
    if (t !== undefined && re !== undefined && ca !== undefined) {
      const rel = ratioRelation(
        profiles.get(ca) as ColumnProfile,
        profiles.get(re) as ColumnProfile,
        profiles.get(t) as ColumnProfile,
      );
      if (rel.of > 0)
        book.support('capaian', {
          kind: 'hitungan',
          text: BUKTI.rasio(rel.holds, rel.of, NAMA_PERAN.realisasi, NAMA_PERAN.target),
        });
    }
  }
  if (kind === 'efisiensi') {
    const e = book.colOf('efisiensi');
    const k = book.colOf('capaian');
    const a = book.colOf('capaianAnggaran');
    if (e !== undefined && k !== undefined && a !== undefined) {
      const rel = efficiencyRelation(
        profiles.get(e) as ColumnProfile,
        profiles.get(k) as ColumnProfile,
        profiles.get(a) as ColumnProfile,
      );
      if (rel.of > 0)
        book.support('efisiensi', { kind: 'hitungan', text: BUKTI.efisiensi(rel.holds, rel.of) });
    }
  }
}

/**
 * Classifies a scanned table: its kind, each column's role with evidence, the report year taken where
 * columns are labelled by year. `context.year` is the year the title or the workbook states.
 */
export function classifyTable(
  scanned: ScannedTable,
  context: { year?: TableContext['year'] },
): ClassifiedTable | RejectedTable {
  const meanings = scanned.columns.map(columnMeaning);
  const rows = sampleRows(scanned.sheet, scanned.body);
  const profiles = profileColumns(
    scanned.sheet,
    meanings.map((m) => m.col),
    rows,
  );
  const decided = decideKind(meanings, profiles);
  if ('reason' in decided) return { scanned, reason: decided.reason };
  const kind = decided.kind;
  const year = reportYear(meanings, context.year, profiles);
  const book = new RoleBook(scanned, meanings, profiles, rows.length);
  let levelColumns: Array<{ col: number; depth: number }> = [];
  let budgetShape: ReturnType<typeof assignAnggaran> = {};
  if (kind === 'kinerja') levelColumns = assignKinerja(book, meanings, profiles, year?.value);
  else if (kind === 'anggaran') budgetShape = assignAnggaran(book, meanings, profiles, year?.value);
  else if (kind === 'efisiensi') assignEfisiensi(book, meanings, profiles);
  else assignSkm(book, meanings, profiles, year?.value);
  arithmeticEvidence(book, profiles, kind);
  const reported = year?.value;
  const earlier =
    reported === undefined
      ? []
      : [
          ...new Set(
            meanings
              .filter((m) => m.year !== undefined && m.year < reported && m.concept !== 'targetAkhir')
              .map((m) => m.year as number),
          ),
        ];
  // Only where years label what was measured (realisasi, capaian) does choosing one say something.
  const measuredByYear = meanings.some(
    (m) =>
      m.year !== undefined && (m.concept === 'realisasi' || m.concept === 'capaian' || m.concept === 'nrr'),
  );
  if (year !== undefined && earlier.length > 0 && measuredByYear) {
    book.notes.push(
      note(
        scanned.sheet.name,
        scanned.top,
        scanned.left,
        'STR-02',
        'info',
        msg.tahunDiperiksa(
          year.value,
          year.source,
          earlier.sort((a, b) => a - b),
        ),
      ),
    );
    for (const a of book.assigned) {
      const m = book.meaning(a.col);
      if (m?.year === year.value)
        a.evidence.push({ kind: 'konteks', text: BUKTI.tahunLaporan(year.value, year.source) });
    }
  }
  const roles: ColumnRole[] = book.assigned
    .map((a) => ({
      role: a.role,
      col: a.col,
      header: book.meaning(a.col)?.header ?? '',
      evidence: a.evidence,
    }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.col - b.col);
  const columnOf: Partial<Record<Role, number>> = {};
  for (const r of [...roles].sort((a, b) => a.col - b.col))
    if (columnOf[r.role] === undefined) columnOf[r.role] = r.col;
  // A budget table is read from its pagu: without one, say so rather than leave the table unread silently.
  if (kind === 'anggaran' && columnOf.pagu === undefined) return { scanned, reason: msg.kurangPagu() };
  const classified: ClassifiedTable = {
    scanned,
    kind,
    roles,
    columnOf,
    levelColumns,
    profiles,
    notes: book.notes,
    ...budgetShape,
  };
  if (year !== undefined) classified.year = year;
  return classified;
}
