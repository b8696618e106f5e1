#!/usr/bin/env node
'use strict';
/**
 * Renders the Bab III document to PNG so anyone can look at it as a reader would: .docx →
 * LibreOffice Writer PDF (Indonesian locale) → pdftoppm PNG, one image per page, in out/render-laporan/.
 * Run after `npm run demo`: node scripts/render-laporan.js [BAB-III.docx]
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { makeLibreOfficeProfile } = require('./lo-profile');

const ROOT = path.resolve(__dirname, '..');

function main() {
  const input = path.resolve(process.argv[2] ?? path.join(ROOT, 'out', 'BAB-III.docx'));
  if (!fs.existsSync(input)) throw new Error(`${input} tidak ada: jalankan dulu npm run demo`);
  const outDir = path.join(ROOT, 'out', 'render-laporan');
  fs.mkdirSync(outDir, { recursive: true });
  const profile = makeLibreOfficeProfile({ locale: 'id-ID' });
  try {
    const work = fs.mkdtempSync(path.join(profile.dir, 'render-'));
    execFileSync('soffice', [profile.arg, '--headless', '--convert-to', 'pdf', '--outdir', work, input], { stdio: 'pipe' });
    const pdf = path.join(work, `${path.basename(input, path.extname(input))}.pdf`);
    for (const f of fs.readdirSync(outDir)) if (f.endsWith('.png') || f.endsWith('.pdf')) fs.rmSync(path.join(outDir, f));
    fs.copyFileSync(pdf, path.join(outDir, path.basename(pdf)));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(outDir, 'halaman')]);
    const pngs = fs.readdirSync(outDir).filter((f) => f.endsWith('.png')).sort();
    process.stdout.write(`${pngs.length} halaman digambar ke ${path.relative(ROOT, outDir)}/ (PDF di sana juga)\n`);
  } finally {
    fs.rmSync(profile.dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e.message ?? e}\n`);
  process.exitCode = 1;
}
