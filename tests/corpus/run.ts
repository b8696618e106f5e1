import { resolve } from 'node:path';
import { loadCorpus } from './corpus-table';
import { evaluate, summarise, type TableVerdict } from './evaluate';

/**
 * `npm run corpus [FOLDER]`: the engine on every real table of tests/fixtures/real (or of FOLDER), one line per table
 * (recognised, roles and levels, errors found / expected, false galat and peringatan) with what went wrong under it, then the
 * totals and a last line `CORPUS {json}` for scripts. The goals (issue 19) are held by corpus.test.ts.
 */
function line(v: TableVerdict): string[] {
  const mark = v.recognised && v.rolesRight ? 'ok ' : v.recognised ? 'rol' : 'NO ';
  const head = `${mark} ${v.id} [${v.kind}, ${v.store}] dikenali ${v.recognised ? 'ya' : 'tidak'}, peran ${
    v.rolesRight ? 'benar' : 'salah'
  }, kesalahan ditemukan ${v.found.length}/${v.expected.length}, galat palsu ${v.falseGalat.length}, peringatan palsu ${v.falsePeringatan.length}`;
  const out = [head];
  if (!v.recognised)
    out.push(
      `      diharapkan ${v.kind} ${v.expectedRange}; ditemukan ${v.foundKind ?? '—'} ${v.foundRange ?? ''}`,
    );
  for (const p of v.roleProblems) out.push(`      peran ${p}`);
  for (const p of v.levelProblems) out.push(`      tingkat ${p}`);
  for (const m of v.missed) out.push(`      terlewat ${m.rule} ${m.cell}: ${m.why}`);
  for (const f of v.falseGalat) out.push(`      galat palsu ${f.rule} ${f.cell}: ${f.message}`);
  for (const f of v.falsePeringatan) out.push(`      peringatan palsu ${f.rule} ${f.cell}: ${f.message}`);
  return out;
}

function main(): void {
  // `npm run corpus -- tests/fixtures/held-out-3`: a set not (yet) in the corpus, reported without its goals.
  const folder = process.argv[2];
  const corpus = folder === undefined ? loadCorpus() : loadCorpus(resolve(folder));
  const verdicts = corpus.map((t) => evaluate(t));
  for (const v of verdicts) process.stdout.write(`${line(v).join('\n')}\n`);
  const other = corpus.map((t) => evaluate(t, t.store === 'text' ? 'number' : 'text'));
  const summary = summarise(corpus, verdicts);
  const otherSummary = summarise(corpus, other);
  process.stdout.write(
    `\n${summary.tables} tabel dari ${summary.units} unit: ${summary.recognisedWithRoles} dikenali dengan peran benar ` +
      `(${(summary.recognisedShare * 100).toFixed(1)} %), kesalahan ditemukan ${summary.errorsFound}/${summary.errorsExpected} ` +
      '(pada selnya, dengan tingkat yang benar), ' +
      `${summary.cleanTablesWithGalat} dari ${summary.cleanTables} tabel bersih bergalat (${summary.falseGalat} galat palsu), ` +
      `${summary.falsePeringatan} peringatan palsu.\n` +
      `Dengan angka disimpan sebaliknya (teks ↔ angka): ${otherSummary.recognisedWithRoles} dikenali dengan peran benar, ` +
      `kesalahan ditemukan ${otherSummary.errorsFound}/${otherSummary.errorsExpected}, ${otherSummary.falseGalat} galat palsu, ` +
      `${otherSummary.falsePeringatan} peringatan palsu.\n`,
  );
  process.stdout.write(`CORPUS ${JSON.stringify({ ...summary, swappedStore: otherSummary })}\n`);
}

main();
