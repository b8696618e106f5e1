import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../../src/core/messages');

describe('the messages catalogue', () => {
  it('re-exports every message module of the folder, so all user-facing text is reviewable from one index', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    const modules = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(modules.length).toBeGreaterThan(5);
    const missing = modules.filter((m) => !index.includes(`from './${m}'`));
    expect(missing).toEqual([]);
  });
});
