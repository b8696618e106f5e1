/**
 * Which generated sheets another one refers to: Tabel 3.7 reads its capaian from Tabel 3.6, the
 * Ringkasan its figures from Tabel 3.6 and 3.8. Planning one without the other would leave formulas
 * pointing at nothing (or at an older generated sheet), so the referred sheets are planned too.
 */
import { JUDUL_TABEL } from '../messages/susun';
import type { TableId } from './sheet-plan';

const NEEDS: Partial<Record<TableId, TableId[]>> = {
  '3.7': ['3.6'],
  ringkasan: ['3.6', '3.8'],
};

/**
 * The requested tables plus the ones they refer to, and which were added for which.
 * Example: `withDependencies(['3.7'])` → `{ tables: ['3.7', '3.6'], added: [{ table: '3.6', by: 'Tabel 3.7' }] }`.
 */
export function withDependencies(tables: TableId[]): {
  tables: TableId[];
  added: Array<{ table: TableId; by: string }>;
} {
  const out = [...tables];
  const added: Array<{ table: TableId; by: string }> = [];
  for (const t of tables) {
    for (const need of NEEDS[t] ?? []) {
      if (out.includes(need)) continue;
      out.push(need);
      added.push({ table: need, by: JUDUL_TABEL[t].nama });
    }
  }
  return { tables: out, added };
}
