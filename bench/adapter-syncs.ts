import { cellAt, type WorkbookSnapshot } from '../src/core/snapshot';
import { isCellError } from '../src/core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../src/core/engine';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { readSnapshot } from '../src/excel/read-snapshot';
import { applyPlans } from '../src/excel/apply-plans';
import { maxOf } from '../src/core/arrays';
import {
  addSheet,
  fakeContext,
  newState,
  PAYLOAD_LIMIT,
  setCells,
  type FakeValue,
} from '../tests/excel/fake-excel';

/**
 * (f) of the benchmark: the snapshot loaded into the task-pane tests' recording Excel fake, then
 * read back, checked and every table written through the Office.js adapter; counts the syncs and the
 * largest request and response of any sync. A sync whose answer Excel refuses as over 5 MB (the
 * reader's first, optimistic load of a large workbook, after which it reads in pieces) is counted in
 * `refusedResponses` and left out of the largest response.
 */
export async function measureAdapter(snapshot: WorkbookSnapshot) {
  const state = newState('sintetis.xlsx');
  for (const sheet of snapshot.sheets) {
    const fake = addSheet(state, sheet.name);
    const width = sheet.rows.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    const values: FakeValue[][] = [];
    for (let r = 0; r < sheet.rows.length; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c < width; c++) {
        const v = cellAt(sheet, r, c)?.value ?? null;
        row.push(v === null ? '' : isCellError(v) ? v.error : v);
      }
      values.push(row);
    }
    if (values.length > 0) setCells(fake, 0, 0, values);
  }
  const context = fakeContext(state);
  const all = () => true;
  const read = await readSnapshot(context, { supported: all });
  const readSyncs = state.syncs.length;
  const result = periksaWorkbook(read, DEFAULT_SETTINGS);
  const susun = susunWorkbook(result, DEFAULT_SETTINGS);
  await applyPlans(context, susun.plans, { supported: all });
  const answered = state.syncs.filter((s) => s.responseBytes <= PAYLOAD_LIMIT);
  const writes = state.syncs.slice(readSyncs);
  const written = writes.reduce((n, s) => n + s.requestBytes, 0);
  return {
    syncs: state.syncs.length,
    readSyncs,
    writeSyncs: writes.length,
    // The fewest syncs the 5 MB limit allows for everything written (one of them reads existing sheets).
    fewestWriteSyncs: 1 + Math.ceil(written / PAYLOAD_LIMIT),
    refusedResponses: state.syncs.length - answered.length,
    maxRequestBytes: maxOf(
      state.syncs.map((s) => s.requestBytes),
      0,
    ),
    maxResponseBytes: maxOf(
      answered.map((s) => s.responseBytes),
      0,
    ),
  };
}
