import { editDistanceWithin } from '../../../src/core/names/edit-distance';

describe('editDistanceWithin', () => {
  it('counts insertions, deletions and substitutions (worked by hand)', () => {
    expect(editDistanceWithin('ketentraman', 'ketenteraman', 2)).toBe(1); // one e inserted
    expect(editDistanceWithin('penyelengaraan', 'penyelenggaraan', 2)).toBe(1);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3); // k→s, e→i, +g
    expect(editDistanceWithin('abc', 'abc', 0)).toBe(0);
  });

  it('says undefined once the distance passes the limit', () => {
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBeUndefined();
    expect(editDistanceWithin('desa sana', 'desa sini', 1)).toBeUndefined(); // a→i, a→i: 2
    expect(editDistanceWithin('a', 'abcd', 2)).toBeUndefined(); // lengths alone differ by 3
  });

  it('agrees with the full table on every pair of short words within the limit', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length][b.length];
    };
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'desa',
      'dusun',
      'dasa',
      'kelurahan',
      'kelurhan',
      'keluraahan',
    ];
    for (const a of words)
      for (const b of words)
        for (const limit of [0, 1, 2, 3]) {
          const d = full(a, b);
          expect([a, b, limit, editDistanceWithin(a, b, limit)]).toEqual([
            a,
            b,
            limit,
            d <= limit ? d : undefined,
          ]);
        }
  });
});
