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

/** The snapshot as a workbook of the recording fake; `stray` adds one value at XFD1048576 of its first sheet. */
function fakeWorkbook(snapshot: WorkbookSnapshot, stray = false) {
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
  if (stray && state.sheets.length > 0) setCells(state.sheets[0], 1_048_575, 16_383, [['x']]);
  return state;
}

/**
 * (f) of the benchmark: the snapshot loaded into the task-pane tests' recording Excel fake, then
 * read back, checked and every table written through the Office.js adapter; counts the syncs and the
 * largest request and response of any sync. A sync whose answer Excel refuses as over 5 MB (the
 * reader's first, optimistic load of a large workbook, after which it reads in pieces) is counted in
 * `refusedResponses` and left out of the largest response. `strayReadSyncs`: the syncs of reading the
 * same workbook with one stray value at XFD1048576, whose used range then passes Excel's 5 000 000 cells.
 */
export async function measureAdapter(snapshot: WorkbookSnapshot) {
  const state = fakeWorkbook(snapshot);
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
  const stray = fakeWorkbook(snapshot, true);
  await readSnapshot(fakeContext(stray), { supported: all });
  return {
    syncs: state.syncs.length,
    readSyncs,
    writeSyncs: writes.length,
    strayReadSyncs: stray.syncs.length,
    // The fewest syncs the 5 MB limit allows for everything written (one of them reads existing sheets).
    fewestWriteSyncs: 1 + Math.ceil(written / PAYLOAD_LIMIT),
    refusedResponses: state.syncs.length - answered.length,
    maxRequestBytes: maxOf(
      state.syncs.map((s) => s.requestBytes),
      0,
    ),
    maxResponseBytes: maxOf(
      [...answered, ...stray.syncs].map((s) => s.responseBytes),
      0,
    ),
  };
}
