import { promises as fs } from 'node:fs';

/**
 * What a CLI command may touch of the outside world: its two output streams and the file system.
 * Tests pass a capturing implementation; `processIO` is the real one.
 */
export interface CliIO {
  /** Write to standard output (the caller adds line ends). */
  stdout(text: string): void;
  /** Write to standard error (the caller adds line ends). */
  stderr(text: string): void;
  /** Read a whole file. Rejects with the node error (code ENOENT, EISDIR, …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  /** Write a whole file, replacing it. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** True when standard output is a terminal (reports may use colour); absent means no. */
  stdoutIsTerminal?: boolean;
  /** True when standard error is a terminal (a progress line may be shown there); absent means no. */
  stderrIsTerminal?: boolean;
}

/** The CLI's real input/output: process streams and node's file system. */
export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => fs.readFile(path),
  writeFile: (path, data) => fs.writeFile(path, data),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true,
};
