import { ownerMarkName, TABLE_IDS, tableOfOwnerMark } from '../../../src/core/plan/sheet-plan';

describe('the owner mark of a generated sheet', () => {
  it('names each table distinctly and reads back to the same table', () => {
    const names = TABLE_IDS.map(ownerMarkName);
    expect(names.slice(0, 3)).toEqual(['SAKIP_3_2', 'SAKIP_3_3', 'SAKIP_3_4']);
    expect(ownerMarkName('3.10')).toBe('SAKIP_3_10');
    expect(ownerMarkName('catatan')).toBe('SAKIP_CATATAN');
    expect(new Set(names).size).toBe(TABLE_IDS.length);
    for (const id of TABLE_IDS) expect(tableOfOwnerMark(ownerMarkName(id))).toBe(id);
  });

  it('reads a name in any case, and nothing from names that are not marks of a known table', () => {
    expect(tableOfOwnerMark('sakip_3_8')).toBe('3.8');
    for (const name of ['SAKIP_3_1', 'SAKIP_', 'SAKIP_FOO', 'Tabel_3_8', 'SAKIP_3.8', ''])
      expect(tableOfOwnerMark(name)).toBeUndefined();
  });
});
