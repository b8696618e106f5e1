import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { main } from '../src/cli/main';
import type { CliIO } from '../src/cli/io';
import { syntheticWorkbook, type SyntheticLayout } from './synthetic-workbook';

/**
 * Digests of what `sakip periksa --json` and `sakip susun` make of some workbooks, to show that a change
 * meant to be invisible (a faster engine) changed no output: `npm run bench:digest -- [FILE.xlsx …]`,
 * by default the two 100 000-line synthetic layouts and the two examples. Per workbook: md5 of the
 * periksa JSON, of susun's messages, and of the generated package's sheets, styles, workbook and
 * charts (part by part, in name order: the zip's dates and compression do not count). Each file is
 * run under its own name from a folder of its own, so the paths the outputs name are always the same.
 */
async function digest(file: string, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-digest-'));
  const cwd = process.cwd();
  try {
    writeFileSync(join(dir, name), readFileSync(file));
    process.chdir(dir);
    let out = '';
    const io: CliIO = {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        out += t;
      },
      readFile: async (p) => new Uint8Array(readFileSync(p)),
      writeFile: async (p, d) => writeFileSync(p, d),
    };
    await main(['periksa', name, '--json'], io);
    const periksa = md5(out);
    out = '';
    await main(['susun', name, '-o', 'hasil.xlsx', '--timpa'], io);
    const messages = md5(out);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'hasil.xlsx')));
    const parts = Object.keys(zip.files)
      .filter((p) => /^xl\/(worksheets\/[^/]+\.xml|styles\.xml|workbook\.xml|charts\/[^/]+\.xml)$/.test(p))
      .sort();
    const hash = createHash('md5');
    for (const p of parts) hash.update(p).update(await zip.files[p].async('uint8array'));
    return `${name} periksa=${periksa} susun=${hash.digest('hex').slice(0, 8)} pesan=${messages}`;
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex').slice(0, 8);
}

async function cli(files: string[]): Promise<void> {
  if (files.length > 0) {
    for (const f of files) console.log(await digest(resolve(f), basename(f)));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sakip-digest-src-'));
  try {
    for (const layout of ['lkjip', 'sipd'] as SyntheticLayout[]) {
      const file = join(dir, `sintetis-${layout}-100000.xlsx`);
      const synthetic = syntheticWorkbook(100_000, layout);
      writeFileSync(file, new Uint8Array(await synthetic.workbook.xlsx.writeBuffer()));
      console.log(await digest(file, basename(file)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const f of ['examples/contoh-kecamatan.xlsx', 'examples/contoh-kecamatan-sipd.xlsx'])
    console.log(await digest(resolve(f), basename(f)));
}

cli(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
