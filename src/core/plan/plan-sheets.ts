import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { Temuan } from '../temuan';
import type { SheetPlan, TableId } from './sheet-plan';
import { pickBudgetTable, pickIndicatorTable, tableLocation } from './sources';
import type { Planned } from './layout';
import type { BudgetLayout } from './budget-sheet';
import { planTabel38 } from './plan-tabel-38';
import { planTabel310 } from './plan-tabel-310';
import { hasSasaranPrograms, planTabel39 } from './plan-tabel-39';
import { ikuRows, planTabel32, planTabel33, planTabel34, planTabel35 } from './plan-tabel-kinerja';
import { planCatatan } from './plan-catatan';
import { planTabel36, type Tabel36Layout } from './plan-tabel-36';
import { hasProgramRows, planTabel37 } from './plan-tabel-37';
import { planRingkasan } from './plan-ringkasan';
import { withDependencies } from './analysis-dependencies';
import { ALASAN_ANALISIS, CATATAN_ANALISIS } from '../messages/analisis';
import { ALASAN_LEWAT, BARIS, CATATAN } from '../messages/susun';

/** The tables "Susun" generates by default, in sheet order. */
export const SUSUN_TABLES: readonly TableId[] = [
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '3.8',
  '3.9',
  '3.10',
  'ringkasan',
  'catatan',
];

export interface PlanSheetsResult {
  plans: SheetPlan[];
  skipped: Array<{ table: TableId; reason: string }>;
}

/**
 * Plans the generated sheets of Bab III from a recognised workbook (DESIGN.md §6): each requested table
 * (all of SUSUN_TABLES when `tables` is omitted) whose data exists, in SUSUN_TABLES order, and for every
 * other requested table the Indonesian reason it was left out.
 * Example: a workbook with only a budget table gives Tabel 3.8, 3.10 and Catatan Pemeriksaan, and
 * skips 3.2–3.5 and 3.9 with "tidak ada tabel kinerja yang dikenali".
 */
export function planSheets(
  model: WorkbookModel,
  findings: Temuan[],
  settings: Settings,
  tables?: TableId[],
): PlanSheetsResult {
  // Tabel 3.7 and the Ringkasan refer to cells of Tabel 3.6 and 3.8, so those are planned with them.
  const { tables: wanted, added } = withDependencies(tables ?? [...SUSUN_TABLES]);
  const order = [...SUSUN_TABLES, ...wanted.filter((t) => !SUSUN_TABLES.includes(t))];
  const tahun = settings.tahun ?? model.year;
  const unitLine = BARIS.unit(model.unit, tahun);
  const budget = pickBudgetTable(model);
  const indicators = pickIndicatorTable(model);
  const plans: SheetPlan[] = [];
  const skipped: PlanSheetsResult['skipped'] = [];
  const skip = (table: TableId, reason: string) => skipped.push({ table, reason });

  const budgetNote = () => {
    if (!budget) return [];
    const loc = tableLocation(budget);
    return [CATATAN.tabelDipilih('Anggaran', loc.sheet, loc.range, model.budgets.length - 1)];
  };
  const kinerjaNote = () => {
    if (!indicators) return [];
    const loc = tableLocation(indicators);
    return [CATATAN.tabelDipilih('Kinerja', loc.sheet, loc.range, model.indicators.length - 1)];
  };
  const withNotes = ({ plan }: Planned, notes: string[]) => {
    plan.notes.unshift(
      ...notes,
      ...added.filter((a) => a.table === plan.table).map((a) => CATATAN_ANALISIS.ikutDisusun(a.table, a.by)),
    );
    plans.push(plan);
  };
  // Sheets that refer to cells of other generated sheets find them from those sheets' layouts.
  let layout36: Tabel36Layout | undefined;
  let layout38: BudgetLayout | undefined;

  for (const table of order) {
    if (!wanted.includes(table)) continue;
    switch (table) {
      case '3.8':
      case '3.10':
        if (!budget) skip(table, ALASAN_LEWAT.tanpaAnggaran(table));
        else if (table === '3.8') {
          const planned = planTabel38(budget, unitLine);
          layout38 = planned.layout;
          withNotes(planned, budgetNote());
        } else withNotes(planTabel310(budget, unitLine), budgetNote());
        break;
      case '3.9':
        if (!indicators) skip(table, ALASAN_LEWAT.tanpaKinerja(table));
        else if (!budget) skip(table, ALASAN_LEWAT.tanpaAnggaran(table));
        else if (!hasSasaranPrograms(indicators)) skip(table, ALASAN_LEWAT.tanpaSasaran);
        else
          withNotes(planTabel39(indicators, budget, { settings, unitLine }), [
            ...kinerjaNote(),
            ...budgetNote(),
          ]);
        break;
      case '3.2':
      case '3.3':
      case '3.4':
      case '3.5': {
        if (!indicators) {
          skip(table, ALASAN_LEWAT.tanpaKinerja(table));
          break;
        }
        const rows = ikuRows(indicators);
        const ctx = { settings, unitLine, tahun };
        if (rows.length === 0) skip(table, ALASAN_LEWAT.tanpaIku(table));
        else if (table === '3.2') withNotes(planTabel32(indicators, ctx), kinerjaNote());
        else if (table === '3.3') {
          if (!rows.some((r) => r.lalu?.target !== undefined || r.lalu?.realisasi !== undefined))
            skip(table, ALASAN_LEWAT.tanpaTahunLalu);
          else withNotes(planTabel33(indicators, ctx), kinerjaNote());
        } else if (table === '3.4') {
          if (!rows.some((r) => r.targetAkhir !== undefined)) skip(table, ALASAN_LEWAT.tanpaTargetAkhir);
          else withNotes(planTabel34(indicators, ctx), kinerjaNote());
        } else if (!rows.some((r) => r.standarNasional !== undefined)) skip(table, ALASAN_LEWAT.tanpaStandar);
        else withNotes(planTabel35(indicators, ctx), kinerjaNote());
        break;
      }
      case '3.6':
        if (!indicators) skip(table, ALASAN_ANALISIS.tanpaKinerja(table));
        else {
          const planned = planTabel36(indicators, model.indicators, { unitLine });
          layout36 = planned.layout;
          withNotes(planned, kinerjaNote());
        }
        break;
      case '3.7':
        if (!indicators || !layout36) skip(table, ALASAN_ANALISIS.tanpaKinerja(table));
        else if (!hasProgramRows(indicators)) skip(table, ALASAN_ANALISIS.tanpaProgram);
        else withNotes(planTabel37(indicators, layout36, { settings, unitLine }), kinerjaNote());
        break;
      case 'ringkasan': {
        const kinerja = indicators && layout36 ? { indicators, layout36 } : undefined;
        if (!budget || !layout38) skip(table, ALASAN_ANALISIS.ringkasanTanpaData);
        else {
          const ringkasan = planRingkasan(kinerja, budget, layout38, {
            settings,
            unit: model.unit,
            tahun,
            unitLine,
          });
          if (!kinerja) ringkasan.plan.notes.push(ALASAN_ANALISIS.ringkasanTanpaKinerja);
          withNotes(ringkasan, [...kinerjaNote(), ...budgetNote()]);
        }
        break;
      }
      case 'catatan':
        plans.push(planCatatan(findings, unitLine).plan);
        break;
      default:
        skip(table, ALASAN_LEWAT.tidakDidukung(table));
    }
  }
  return { plans, skipped };
}
