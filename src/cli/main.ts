import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PESAN_CLI as msg } from '../core/messages/cli';
import { processIO, type CliIO } from './io';
import { EXIT } from './command';
import { runPeriksa } from './periksa';

/** A subcommand: its arguments (after the command word) in, exit code out. */
type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  periksa: runPeriksa,
  // Loaded on demand: periksa needs the package writer only for --rekap, and loads it then.
  susun: async (args, io) => (await import('./susun')).runSusun(args, io),
  // Loaded on demand too: the Word writer and CanvasKit are needed by nothing else.
  laporan: async (args, io) => (await import('./laporan')).runLaporan(args, io),
};

/** The package version, read from package.json two folders up (src/cli or lib/cli). */
function version(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `sakip` command line: dispatches `periksa`, `susun`, `laporan`, `bantuan`/`--help` and `--versi`.
 * `argv` are the arguments after the program name. Resolves to the exit code — 0 no galat, 1 galat
 * found, 2 file unreadable or wrong usage, 3 internal error — and never prints a stack trace.
 * Example: `await main(['periksa', 'lkjip.xlsx', '--json'])`.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(`${msg.tanpaPerintah()}\n`);
    return EXIT.unreadable;
  }
  if (first === '--help' || first === '-h' || first === 'bantuan') {
    io.stdout(`${msg.bantuan(version() ?? '')}\n`);
    return EXIT.ok;
  }
  if (first === '--versi' || first === '--version') {
    const v = version();
    if (v === undefined) {
      io.stderr(`${msg.versiTidakTerbaca()}\n`);
      return EXIT.internal;
    }
    io.stdout(`${v}\n`);
    return EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) {
    io.stderr(`${msg.perintahTidakDikenal(first)}\n`);
    return EXIT.unreadable;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    io.stderr(`${msg.galatInternal(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.internal;
  }
}
