import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIO } from '../src/cli/io';
import { functionFigures } from './functions';
import { readSnapshot } from '../src/xlsx/read-snapshot';

/**
 * One measured operation in a fresh process, so that peak memory (maxRSS) belongs to it alone.
 * Usage: node child.js <floor-read|floor-readwrite|sakip-read|periksa|susun> FILE [OUT]
 * or: node child.js rekap FOLDER REKAP.xlsx WORKERS (`sakip periksa FOLDER --rekap` with that many threads).
 * `sakip-read` is periksa's own reader (readSnapshot) alone, to set beside the ExcelJS floor.
 * Prints one JSON line: {"ms": …, "cpuMs": …, "maxRssMb": …, "exit": …}.
 * `node child.js functions` prints the custom functions' figures instead (see functions.ts).
 */
async function run(mode: string, file: string, out: string, workers: string): Promise<number> {
  const quiet: CliIO = {
    stdout: () => undefined,
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => fs.readFile(p),
    writeFile: (p, d) => fs.writeFile(p, d),
  };
  switch (mode) {
    case 'floor-read': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer);
      return wb.worksheets.length > 0 ? 0 : 3;
    }
    case 'floor-readwrite': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer);
      await fs.writeFile(out, new Uint8Array(await wb.xlsx.writeBuffer()));
      return 0;
    }
    case 'sakip-read': {
      const snapshot = await readSnapshot(await fs.readFile(file));
      return snapshot.sheets.length > 0 ? 0 : 3;
    }
    case 'periksa':
      return main(['periksa', file, '--json'], quiet);
    case 'susun':
      return main(['susun', file, '-o', out, '--timpa'], quiet);
    case 'rekap':
      // `file` is the folder of unit workbooks here; the terminal report goes nowhere, as for periksa.
      return main(['periksa', file, '--rekap', out, '--timpa', '--pekerja', workers], quiet);
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

const [mode, file, out = `${file}.out.xlsx`, workers = '1'] = process.argv.slice(2);
if (mode === 'functions') {
  process.stdout.write(`${JSON.stringify(functionFigures())}\n`);
  process.exit(0);
}
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
run(mode, file, out, workers).then(
  (exit) => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    // CPU time of the whole process, its worker threads included: what a busy machine does not inflate.
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.stdout.write(
      `${JSON.stringify({ ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, exit })}\n`,
    );
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(9);
  },
);
