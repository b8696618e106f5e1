import { appendAll, maxOf } from '../../src/core/arrays';

// More items than a call takes as arguments: `push(...items)` and `Math.max(...items)` throw a
// RangeError here, as they did for `sakip susun` on a 100 000-line budget.
const MANY = 500_000;

describe('appendAll', () => {
  it('appends arrays of any length, in order', () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const out = appendAll([-1], items, [MANY]);
    expect(out).toHaveLength(MANY + 2);
    expect(out[0]).toBe(-1);
    expect(out[1]).toBe(0);
    expect(out[MANY]).toBe(MANY - 1);
    expect(out[MANY + 1]).toBe(MANY);
  });

  it('returns the target itself', () => {
    const target = ['a'];
    expect(appendAll(target, ['b'])).toBe(target);
    expect(target).toEqual(['a', 'b']);
  });
});

describe('maxOf', () => {
  it('finds the largest value of a long array', () => {
    const values = new Array<number>(MANY).fill(1);
    values[MANY - 3] = 4;
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values, 0)).toBe(4);
  });

  it('gives the floor for an empty array or smaller values', () => {
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([-5, -2], -3)).toBe(-2);
    expect(maxOf([-5, -7], -3)).toBe(-3);
  });
});
