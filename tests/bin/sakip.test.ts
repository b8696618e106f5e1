/**
 * bin/sakip.js is a launcher: it hands argv to lib/cli/main.js and turns the promised number into the
 * process exit code. Run against a stand-in main in a scratch copy, so the test does not depend on the
 * compiled CLI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LAUNCHER = path.resolve(__dirname, '../../bin/sakip.js');
const scratchDirs: string[] = [];

afterAll(() => {
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A scratch install: bin/sakip.js plus, when given, lib/cli/main.js with the given source. */
function scratchInstall(mainSource?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bin-'));
  scratchDirs.push(root);
  fs.mkdirSync(path.join(root, 'bin'));
  fs.copyFileSync(LAUNCHER, path.join(root, 'bin', 'sakip.js'));
  if (mainSource !== undefined) {
    fs.mkdirSync(path.join(root, 'lib', 'cli'), { recursive: true });
    fs.writeFileSync(path.join(root, 'lib', 'cli', 'main.js'), mainSource);
  }
  return root;
}

function run(root: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'sakip.js'), ...args], { encoding: 'utf8' });
}

describe('bin/sakip.js', () => {
  it('passes the arguments to main() and exits with the code it resolves to', () => {
    const root = scratchInstall(
      'exports.main = async (argv) => { process.stdout.write(JSON.stringify(argv)); return argv.length - 2; };',
    );
    const result = run(root, ['periksa', 'a.xlsx', '--json']);
    expect(result.stdout).toBe('["periksa","a.xlsx","--json"]');
    expect(result.status).toBe(1);
  });

  it('exits 0 when main() resolves 0', () => {
    const result = run(scratchInstall('exports.main = async () => 0;'), []);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('reports a rejected main() on stderr and exits 3', () => {
    const result = run(scratchInstall('exports.main = async () => { throw new Error("rusak"); };'), []);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('rusak');
  });

  it('tells to run build:cli when lib/ has not been built', () => {
    const result = run(scratchInstall(), ['periksa', 'a.xlsx']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('npm run build:cli');
  });
});
