/**
 * What every `sakip` command shares: its exit codes, its usage error, argument parsing with node's
 * `parseArgs` whose errors are said in Indonesian, reading the workbook named on the command line, and
 * the check that an output is not there already.
 */
import { basename, extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MetodeEfisiensi } from '../core/settings';
import { PESAN_CLI as msg } from '../core/messages/cli';
import { KEANDALAN } from '../core/messages/keandalan';
import { XlsxReadError } from '../xlsx/read-error';
import type { CliIO } from './io';

/** Exit codes of the CLI (DESIGN.md §9). */
export const EXIT = { ok: 0, galat: 1, unreadable: 2, internal: 3 } as const;

/** A usage or file problem that ends the command with exit code 2 and one message on stderr. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command's options and positional arguments, parsed strictly by node's `parseArgs` (`--opsi=nilai`
 * and `--opsi nilai` alike, `--` before a file name that starts with `-`); a wrong argument throws a
 * CliUsageError with the Indonesian message. Example: `parseCommandArgs(['a.xlsx', '--json'], { json: { type: 'boolean' } }).values.json` → true.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliUsageError(argumentError(e));
  }
}

/** Whether a command was asked for its usage (`-h` or `--help` before any `--`). */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** parseArgs' English errors, said in Indonesian with the option or argument they name. */
function argumentError(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const named = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option =
    named
      .split(/,\s*/)
      .pop()
      ?.replace(/\s*<value>$/, '') ?? named;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg.opsiTidakDikenal(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(message) ? msg.opsiPerluNilai(option) : msg.opsiTanpaNilai(option);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return msg.argumenBerlebih(option);
  return msg.argumenSalah(message);
}

const METODE: readonly MetodeEfisiensi[] = ['selisih', 'indeks', 'sisa'];

/** The efficiency method named by `--efisiensi`, or a CliUsageError. */
export function metodeEfisiensi(value: string): MetodeEfisiensi {
  if (!METODE.includes(value as MetodeEfisiensi)) throw new CliUsageError(msg.metodeTidakDikenal(value));
  return value as MetodeEfisiensi;
}

/**
 * Reads an .xlsx file for a command with `load` (readSnapshot, or the bytes with their snapshot),
 * turning every way it can fail (known non-xlsx extension, missing file, folder, no permission, not a
 * workbook) into a CliUsageError with the Indonesian message.
 */
export async function readWorkbookFile<T>(
  file: string,
  io: CliIO,
  load: (data: Uint8Array, name: string) => Promise<T>,
): Promise<T> {
  const ext = extname(file).toLowerCase();
  const rejected = msg.jenisBerkas[ext];
  if (rejected !== undefined) throw new CliUsageError(msg.jenisBerkasDitolak(file, rejected));
  let data: Uint8Array;
  try {
    data = await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new CliUsageError(msg.berkasTidakAda(file));
    if (code === 'EISDIR') throw new CliUsageError(msg.bukanBerkas(file));
    if (code === 'EACCES' || code === 'EPERM') throw new CliUsageError(msg.tidakBolehDibaca(file));
    throw new CliUsageError(msg.gagalMembaca(file, e instanceof Error ? e.message : String(e)));
  }
  try {
    return await load(data, basename(file));
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliUsageError(msg.berkasTidakTerbaca(file, e.message));
    throw e;
  }
}

/** Whether something is at `file` (a folder or an unreadable file counts: never write over it blindly). */
export async function outputExists(file: string, io: CliIO): Promise<boolean> {
  try {
    // A test double may resolve to nothing for a missing file; only bytes mean a file is there.
    return (await io.readFile(file)) !== undefined;
  } catch (e) {
    return (e as { code?: string }).code !== 'ENOENT';
  }
}

/**
 * The start every command that writes one output file shares: its usage on `--help`, its arguments
 * parsed (a wrong one said with the usage), and an existing output refused without `--timpa`. Returns
 * the parsed arguments, or the exit code to end with.
 * Example: `const parsed = await startWritingCommand(args, io, SUSUN_CLI.pemakaian, parseSusunArgs)`.
 */
export async function startWritingCommand<A extends { output: string; overwrite: boolean }>(
  args: string[],
  io: CliIO,
  usage: string,
  parse: (args: string[]) => ({ ok: true } & A) | { ok: false; message: string },
): Promise<({ ok: true } & A) | number> {
  if (wantsHelp(args)) {
    io.stdout(`${usage}\n`);
    return EXIT.ok;
  }
  const parsed = parse(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${usage}\n`);
    return EXIT.unreadable;
  }
  if (!parsed.overwrite && (await outputExists(parsed.output, io))) {
    io.stderr(`${KEANDALAN.keluaranSudahAda(parsed.output)}\n`);
    return EXIT.unreadable;
  }
  return parsed;
}
