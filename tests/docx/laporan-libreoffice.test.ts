/**
 * The Bab III document read back against the generated workbook as LibreOffice computes it: the sample
 * goes through `sakip susun` and `sakip laporan`; LibreOffice (Indonesian locale) recalculates every
 * generated sheet and writes each as CSV with the cells as shown (`2.697.987.570`, `76,26%`). Every
 * cell of every Tabel 3.2–3.10 in the .docx must be that cell's text, every Ringkasan sentence must be
 * a paragraph of the document, and the hand figures of the sample (seed lines summed by hand, see
 * tests/xlsx/libreoffice-recalc.test.ts) must be there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSusun } from '../../src/cli/susun';
import { runLaporan } from '../../src/cli/laporan';
import { memoryIO } from '../reliability/fixtures';
import { readDocx, type DocxBody, type DocxTable } from '../support/docx';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeLibreOfficeProfile } = require('../../scripts/lo-profile') as {
  makeLibreOfficeProfile(o?: { locale?: string }): { arg: string; dir: string };
};

const EXAMPLE = readFileSync(path.join(__dirname, '../../examples/contoh-kecamatan.xlsx'));
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = soffice.status === 0;
const inCI = process.env.CI === 'true';
if (!hasSoffice && !inCI) {
  console.warn('LibreOffice (soffice) tidak terpasang: uji baca ulang Bab III dilewati (CI tidak diset).');
}
const describeLo = hasSoffice || inCI ? describe : describe.skip;
// Writer (libreoffice-writer-nogui) opens .docx files; Calc alone does not.
const hasWriter = existsSync('/usr/lib/libreoffice/program/libswlo.so');
if (hasSoffice && !hasWriter && !inCI) {
  console.warn('LibreOffice Writer tidak terpasang: uji tata letak PDF Bab III dilewati (CI tidak diset).');
}
const itWriter = hasWriter || inCI ? it : it.skip;

/** RFC 4180 CSV as LibreOffice writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The table that follows the caption line `Tabel 3.x` in the document. */
function tableAfter(doc: DocxBody, caption: string): DocxTable | undefined {
  const i = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === caption);
  if (i < 0) return undefined;
  const t = doc.blocks.slice(i).find((b) => b.kind === 'table');
  return t?.kind === 'table' ? t : undefined;
}

const TABLES = ['3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10'];

describeLo('Bab III document read back against LibreOffice’s recalculation of the generated sheets', () => {
  let doc: DocxBody;
  let docBytes: Uint8Array;
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    if (!hasSoffice) throw new Error('CI=true tetapi LibreOffice (soffice) tidak terpasang.');
    const io = memoryIO({ 'contoh.xlsx': new Uint8Array(EXAMPLE) });
    const files = io.files;
    expect(await runSusun(['contoh.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    expect(await runLaporan(['contoh.xlsx', '-o', 'bab3.docx'], io)).toBe(0);
    expect(io.err).toBe('');
    docBytes = files.get('bab3.docx')!;
    doc = await readDocx(docBytes);

    const profile = makeLibreOfficeProfile({ locale: 'id-ID' });
    const work = mkdtempSync(path.join(os.tmpdir(), 'sakip-bab3-'));
    try {
      writeFileSync(path.join(work, 'hasil.xlsx'), files.get('hasil.xlsx')!);
      // Comma-separated, UTF-8, cells as shown (token 9), every sheet to its own file (token 12: -1).
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1057,false,true,true,false,false,-1';
      const run = spawnSync(
        'soffice',
        [profile.arg, '--headless', '--convert-to', filter, '--outdir', work, path.join(work, 'hasil.xlsx')],
        { encoding: 'utf8', timeout: 170_000 },
      );
      if (run.status !== 0) throw new Error(`soffice gagal: ${run.stderr}`);
      sheets = new Map();
      for (const f of readdirSync(work).filter((n) => n.startsWith('hasil-') && n.endsWith('.csv'))) {
        sheets.set(f.slice('hasil-'.length, -'.csv'.length), parseCsv(readFileSync(path.join(work, f), 'utf8')));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(profile.dir, { recursive: true, force: true });
    }
  }, 180_000);

  it.each(TABLES)('Tabel %s: every cell of the document is the recalculated sheet’s cell as shown', (id) => {
    const table = tableAfter(doc, `Tabel ${id}`);
    const csv = sheets.get(`Tabel ${id}`);
    expect(table).toBeDefined();
    expect(csv).toBeDefined();
    const width = table!.rows[0].length;
    // The document's first row is the sheet's header row: find it, then compare row by row.
    const start = csv!.findIndex((r) => r.slice(0, width).join('\u0001') === table!.rows[0].join('\u0001'));
    expect(start).toBeGreaterThan(0);
    const mismatches: string[] = [];
    table!.rows.forEach((row, k) => {
      const sheetRow = csv![start + k] ?? [];
      row.forEach((text, c) => {
        // A highlighted cell is a placeholder for staff where the sheet's cell is empty.
        const expected = sheetRow[c] ?? '';
        const actual = table!.highlighted[k][c] ? '' : text;
        if (actual !== expected) mismatches.push(`baris ${k + 1} kolom ${c + 1}: dokumen "${text}", lembar "${expected}"`);
      });
    });
    expect(mismatches).toEqual([]);
    // Nothing of the table was left out: the sheet's next row is empty or a note.
    const after = csv![start + table!.rows.length];
    expect(after === undefined || after.slice(1).every((v) => v === '')).toBe(true);
  });

  it('Tabel 3.8 holds the seed lines summed by hand: JUMLAH Rp 2.697.987.570 and Rp 2.057.445.222 (76,26%)', () => {
    const jumlah = tableAfter(doc, 'Tabel 3.8')!.rows.find((r) => r[0] === 'JUMLAH');
    expect(jumlah?.filter(Boolean)).toEqual(['JUMLAH', '2.697.987.570', '2.057.445.222', '76,26%']);
  });

  it('every Ringkasan sentence is a paragraph of the document, word for word', () => {
    const ringkasan = sheets.get('Ringkasan')!;
    const sentences = ringkasan.filter((r) => r[0].startsWith('Kalimat') && r[2] !== '').map((r) => r[2]);
    expect(sentences.length).toBe(6);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    // Items of a list are written as Word bullets: the sheet's leading "- " is the bullet.
    for (const s of sentences) expect(paragraphs).toContain(s.replace(/^- /, ''));
    // The budget sentence quotes the table's total and its words, never another figure (the seed's fault).
    expect(sentences.find((s) => s.startsWith('Pada pelaksanaan'))).toContain(
      'Rp 2.697.987.570,- (Dua Miliar Enam Ratus Sembilan Puluh Tujuh Juta Sembilan Ratus Delapan Puluh Tujuh Ribu Lima Ratus Tujuh Puluh Rupiah)',
    );
  });

  it('has its two charts as PNG pictures, portrait and landscape sections, and header rows repeated', () => {
    expect(doc.media).toHaveLength(2);
    for (const m of doc.media) expect([...doc.part(m)!.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.hasPicture)).toHaveLength(2);
    expect(new Set(doc.sections)).toEqual(new Set(['portrait', 'landscape']));
    for (const id of TABLES) expect(tableAfter(doc, `Tabel ${id}`)!.headerRows).toBeGreaterThanOrEqual(2);
  });

  itWriter('LibreOffice Writer lays the document out: portrait and landscape A4 pages, every table and chart caption on them', () => {
    if (!hasWriter) throw new Error('CI=true tetapi LibreOffice Writer tidak terpasang.');
    const profile = makeLibreOfficeProfile({ locale: 'id-ID' });
    const work = mkdtempSync(path.join(os.tmpdir(), 'sakip-bab3-pdf-'));
    try {
      writeFileSync(path.join(work, 'bab3.docx'), docBytes);
      const run = spawnSync('soffice', [profile.arg, '--headless', '--convert-to', 'pdf', '--outdir', work, path.join(work, 'bab3.docx')], {
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(run.status).toBe(0);
      const pdf = path.join(work, 'bab3.pdf');
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).stdout;
      const sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => Number(m[1]) < Number(m[2]) ? 'tegak' : 'mendatar');
      expect(sizes.length).toBeGreaterThan(10);
      expect(new Set(sizes)).toEqual(new Set(['tegak', 'mendatar']));
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const caption of ['Tabel 3.1', ...TABLES.map((t) => `Tabel ${t}`), 'Grafik 3.1', 'Grafik 3.2']) expect(text).toContain(caption);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(profile.dir, { recursive: true, force: true });
    }
  }, 180_000);
});
