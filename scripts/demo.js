#!/usr/bin/env node
'use strict';
/**
 * The demo of the main job, over the CLI built into lib/ (npm run build:cli): checks the sample
 * workbook of Kecamatan Kalianget, writes the check report (text and JSON) and the workbook with the
 * generated Bab III sheets into out/, the Bab III chapter as a Word document, and prints a short summary.
 * Run: npm run demo (= npm run build:cli && node scripts/demo.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const { processIO } = require('../lib/cli/io');
const { runPeriksa } = require('../lib/cli/periksa');
const { runSusun } = require('../lib/cli/susun');
const { runLaporan } = require('../lib/cli/laporan');

const ROOT = path.resolve(__dirname, '..');
const rel = (p) => path.relative(ROOT, p);
const INPUT = path.join(ROOT, 'examples', 'contoh-kecamatan.xlsx');
const OUT = path.join(ROOT, 'out');
const WORKBOOK = path.join(OUT, 'contoh-kecamatan-tersusun.xlsx');
const REPORT_TXT = path.join(OUT, 'laporan-periksa.txt');
const REPORT_JSON = path.join(OUT, 'laporan-periksa.json');
const BAB3 = path.join(OUT, 'BAB-III.docx');

/** Runs a CLI command with its output captured instead of printed. */
async function capture(run, args) {
  let stdout = '';
  let stderr = '';
  const io = { ...processIO, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const text = await capture(runPeriksa, [rel(INPUT)]);
  const json = await capture(runPeriksa, [rel(INPUT), '--json']);
  if (text.code === 2 || json.code === 2) throw new Error(text.stderr || json.stderr);
  fs.writeFileSync(REPORT_TXT, text.stdout);
  fs.writeFileSync(REPORT_JSON, json.stdout);
  const susun = await capture(runSusun, [rel(INPUT), '-o', rel(WORKBOOK), '--timpa']);
  if (susun.code !== 0) throw new Error(susun.stderr);
  const laporan = await capture(runLaporan, [rel(INPUT), '-o', rel(BAB3), '--timpa']);
  if (laporan.code !== 0) throw new Error(laporan.stderr);

  const report = JSON.parse(json.stdout);
  const lines = [
    `Contoh: ${rel(INPUT)} (Kecamatan Kalianget, 2023)`,
    `Dikenali: ${report.tables.map((t) => `${t.kind} di '${t.sheet}' ${t.range} (${t.rows} baris)`).join('; ')}`,
    `Laporan pemeriksaan: ${rel(REPORT_TXT)} dan ${rel(REPORT_JSON)}`,
    '',
    susun.stdout.trimEnd(),
    '',
    laporan.stdout.trimEnd(),
    '',
    `Buka ${rel(WORKBOOK)} di Excel atau LibreOffice; gambar Tabel 3.8, 3.9 dan Ringkasan (dengan grafiknya): npm run render`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`Demo gagal: ${e.message ?? e}\n`);
  process.exitCode = 1;
});
