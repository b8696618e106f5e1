#!/usr/bin/env node
'use strict';
/**
 * Renders generated sheets to PNG so anyone can look at them as a person would:
 * workbook → (only the chosen sheets) → LibreOffice PDF (formulas recalculated, Indonesian locale)
 * → pdftoppm PNG, one image per page, in out/render/.
 * Run after `npm run demo`: node scripts/render-tables.js [WORKBOOK.xlsx] [SHEET …]
 * Defaults: out/contoh-kecamatan-tersusun.xlsx, sheets "Tabel 3.8" and "Tabel 3.9".
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ExcelJS = require('exceljs');
const { makeLibreOfficeProfile } = require('./lo-profile');

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const [input = path.join(ROOT, 'out', 'contoh-kecamatan-tersusun.xlsx'), ...wanted] = process.argv.slice(2);
  const sheets = wanted.length > 0 ? wanted : ['Tabel 3.8', 'Tabel 3.9'];
  const outDir = path.join(ROOT, 'out', 'render');
  fs.mkdirSync(outDir, { recursive: true });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const missing = sheets.filter((s) => !wb.getWorksheet(s));
  if (missing.length > 0) throw new Error(`Lembar tidak ada di ${input}: ${missing.join(', ')}`);
  for (const ws of [...wb.worksheets]) if (!sheets.includes(ws.name)) wb.removeWorksheet(ws.id);
  // Owner marks and other names of removed sheets would dangle; the rendering needs none of them.
  wb.definedNames.model = [];

  const profile = makeLibreOfficeProfile({ locale: 'id-ID' });
  const work = fs.mkdtempSync(path.join(profile.dir, 'render-'));
  try {
    const xlsx = path.join(work, 'tabel.xlsx');
    await wb.xlsx.writeFile(xlsx);
    execFileSync('soffice', [profile.arg, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'pipe' });
    for (const f of fs.readdirSync(outDir)) if (f.endsWith('.png')) fs.rmSync(path.join(outDir, f));
    execFileSync('pdftoppm', ['-png', '-r', '80', path.join(work, 'tabel.pdf'), path.join(outDir, 'tabel')]);
    const pngs = fs.readdirSync(outDir).filter((f) => f.endsWith('.png')).sort();
    process.stdout.write(`${pngs.length} halaman digambar ke ${path.relative(ROOT, outDir)}/: ${pngs.join(', ')}\n`);
  } finally {
    fs.rmSync(profile.dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e.message ?? e}\n`);
  process.exitCode = 1;
});
