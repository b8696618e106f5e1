#!/usr/bin/env node
/**
 * `sakip` command: starts the compiled CLI (lib/cli/main.js, built by `npm run build:cli`) and exits with
 * the code its main() resolves to (0 no galat, 1 galat found, 2 file unreadable; 3 for an internal error).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const INTERNAL_ERROR = 3;
const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');

if (!fs.existsSync(entry)) {
  process.stderr.write(
    'sakip: program baris perintah belum dibangun (lib/cli/main.js tidak ada).\n' +
      'Jalankan dulu: npm run build:cli\n',
  );
  process.exitCode = INTERNAL_ERROR;
} else {
  const { main } = require(entry);
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        // exitCode, not exit(): output still buffered in a pipe (e.g. --json | jq) is written first.
        process.exitCode = Number.isInteger(code) ? code : INTERNAL_ERROR;
      },
      (error) => {
        process.stderr.write(
          'sakip: terjadi kesalahan internal. Mohon laporkan pesan di bawah ini kepada pengelola.\n' +
            `${error && error.stack ? error.stack : String(error)}\n`,
        );
        process.exitCode = INTERNAL_ERROR;
      },
    );
}
