#!/usr/bin/env node
'use strict';
/**
 * Renders generated sheets to PNG so anyone can look at them as a person would:
 * workbook → (every other sheet hidden, nothing else changed: charts stay) → LibreOffice PDF (formulas
 * recalculated, Indonesian locale) → pdftoppm PNG, one image per page, in out/render/.
 * Run after `npm run demo`: node scripts/render-tables.js [WORKBOOK.xlsx] [SHEET …]
 * Defaults: out/contoh-kecamatan-tersusun.xlsx, sheets "Tabel 3.8", "Tabel 3.9" and "Ringkasan".
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const JSZip = require('jszip');
const { makeLibreOfficeProfile } = require('./lo-profile');

const ROOT = path.resolve(__dirname, '..');

/** The workbook with only `sheets` visible (LibreOffice prints no hidden sheet), the first of them active. */
async function onlySheets(bytes, sheets) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml').async('string');
  const found = [];
  let index = 0;
  let active = -1;
  const edited = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = /\sname="([^"]*)"/.exec(tag)[1].replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
    const wanted = sheets.includes(name);
    if (wanted) found.push(name);
    if (wanted && active < 0) active = index;
    index++;
    const plain = tag.replace(/\sstate="[^"]*"/, '');
    return wanted ? plain : plain.replace(/\/>$/, ' state="hidden"/>');
  });
  const missing = sheets.filter((s) => !found.includes(s));
  if (missing.length > 0) throw new Error(`Lembar tidak ada: ${missing.join(', ')}`);
  // A hidden sheet cannot be the active one: LibreOffice would show and print it.
  const view = edited.replace(/\sactiveTab="\d+"/, '');
  zip.file(
    'xl/workbook.xml',
    /<workbookView\b/.test(view)
      ? view.replace(/<workbookView\b/, `<workbookView activeTab="${active}"`)
      : view.replace(/<sheets>/, `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>`),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main() {
  const [input = path.join(ROOT, 'out', 'contoh-kecamatan-tersusun.xlsx'), ...wanted] = process.argv.slice(2);
  const sheets = wanted.length > 0 ? wanted : ['Tabel 3.8', 'Tabel 3.9', 'Ringkasan'];
  const outDir = path.join(ROOT, 'out', 'render');
  fs.mkdirSync(outDir, { recursive: true });
  const shown = await onlySheets(fs.readFileSync(input), sheets);

  const profile = makeLibreOfficeProfile({ locale: 'id-ID' });
  const work = fs.mkdtempSync(path.join(profile.dir, 'render-'));
  try {
    const xlsx = path.join(work, 'tabel.xlsx');
    fs.writeFileSync(xlsx, shown);
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
