import {
  countsInOrder,
  numberingBreaks,
  parseMarker,
  parseSiblingMarkers,
} from '../../../src/core/checks/numbering';

const breaks = (markers: string[]) =>
  numberingBreaks(markers.map((m) => parseMarker(m))).map(
    (b) => `${markers[b.index]}@${b.index} ${b.kind} ${b.expected}`,
  );

describe('parseMarker', () => {
  it.each([
    ['II', 2, 'III'],
    ['VIII', 8, 'IX'],
    ['4)', 4, '5)'],
    ['1.', 1, '2.'],
    ['7', 7, '8'],
    ['1.2', 2, '1.3'],
    ['2.1.1.4', 4, '2.1.1.5'],
    ['b.', 2, 'c.'],
    ['iv', 4, 'v'],
  ])('reads %s as ordinal %d and writes the next one as %s', (raw, ordinal, next) => {
    const m = parseMarker(raw);
    expect(m?.ordinal).toBe(ordinal);
    expect(m?.styled(ordinal + 1)).toBe(next);
  });

  it.each(['-', '-1)', '', '•', 'IIII', 'JUMLAH'])('does not count %j', (raw) => {
    expect(parseMarker(raw)).toBeUndefined();
  });
});

describe('numberingBreaks', () => {
  it('finds nothing in an unbroken sequence', () => {
    expect(breaks(['1)', '2)', '3)'])).toEqual([]);
  });

  it('reports a repeat once, at the second occurrence (the seed’s two 4))', () => {
    expect(breaks(['1)', '2)', '3)', '4)', '4)', '5)'])).toEqual(['4)@4 berulang 5)']);
  });

  it('reports the seed’s programs II, IV, V, VI, VIII at each gap', () => {
    expect(breaks(['II', 'IV', 'V', 'VI', 'VIII'])).toEqual([
      'II@0 melompat I',
      'IV@1 melompat III',
      'VIII@4 melompat VII',
    ]);
  });

  it('reports a number that goes back once and resumes counting (Tabel 2.7’s program "4.1")', () => {
    expect(breaks(['1.', '2.', '3.', '4.1', '5.', '6.'])).toEqual(['4.1@3 melompat 4.']);
  });

  it('writes the expected marker in the style of the group, under its parent’s number', () => {
    expect(breaks(['3.1', '3.2', '4.1', '4.1'])).toEqual(['4.1@2 melompat 3.3', '4.1@3 melompat 3.4']);
  });

  it('counts numbers and letters among the same siblings as two sequences (A. B. grouping 1 2 3)', () => {
    const raws = ['A.', '1', '2', 'B.', '3', '4', 'C.', '5', 'D.', '6'];
    expect(numberingBreaks(parseSiblingMarkers(raws))).toEqual([]);
  });

  it('reads C. and D. as letters beside A. and B., not as Roman 100 and 500', () => {
    const raws = ['A.', 'B.', 'C.', 'D.', 'D.'];
    const found = numberingBreaks(parseSiblingMarkers(raws)).map(
      (b) => `${raws[b.index]}@${b.index} ${b.kind} ${b.expected}`,
    );
    expect(found).toEqual(['D.@4 berulang E.']);
    // Without a letter that cannot be Roman, C. D. stay Roman numerals (100, 500).
    expect(parseSiblingMarkers(['C.', 'D.']).map((m) => m?.ordinal)).toEqual([100, 500]);
  });

  it('reads letters written without a dot, I after H too, as letters (BP3AKB Jawa Barat 2016: A … H, I, J. … M.)', () => {
    const raws = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J.', 'K.', 'L.', 'M.'];
    expect(parseSiblingMarkers(raws).map((m) => m?.ordinal)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(numberingBreaks(parseSiblingMarkers(raws))).toEqual([]);
    const slipped = ['A', 'B', 'B', 'D'];
    const found = numberingBreaks(parseSiblingMarkers(slipped)).map(
      (b) => `${slipped[b.index]}@${b.index} ${b.kind} ${b.expected}`,
    );
    expect(found).toEqual(['B@2 berulang C', 'D@3 melompat C']);
    // Roman numerals without a letter beside them stay Roman.
    expect(parseSiblingMarkers(['I', 'II', 'III']).map((m) => m?.ordinal)).toEqual([1, 2, 3]);
  });

  it('skips markers that do not count', () => {
    expect(breaks(['1)', '-', '2)'])).toEqual([]);
  });
});

describe('countsInOrder', () => {
  it.each([
    [['1)', '2)', '3)'], true],
    [['I', 'II', 'III'], true],
    [['a.', 'b.'], true],
    [['a.', 'b.', 'c.'], false],
    [['-', '1', '-', '2'], true],
    [['1.1', '1.2', '1.3'], true],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J.'], false],
    [['A.', 'B.', 'C.'], false],
    [['A.', '1', '2', 'B.'], false],
    [['1)', '2)', '2)'], false],
    [['2', '3'], false],
    [['1', 'II'], false],
  ])('%j → %s; where true, numberingBreaks of the siblings finds nothing', (raws, inOrder) => {
    expect(countsInOrder(raws, (raw) => raw)).toBe(inOrder);
    if (inOrder) expect(numberingBreaks(parseSiblingMarkers(raws))).toEqual([]);
  });
});
