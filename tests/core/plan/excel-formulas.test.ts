import {
  capaianAnggaranFormula, capaianAnggaranRows, capaianAngkaFormula, capaianPredikatFormula, efisiensiFormula, kategoriFormula, literalText, overArgs, rowPieces, sumFormula, textLiteral,
} from '../../../src/core/plan/excel-formulas';
import { SKALA_ORDINAL, SKALA_PREDIKAT_88_2021 } from '../../../src/core/formulas/scales';

describe('sumFormula', () => {
  it('lists single rows and joins consecutive rows into a range', () => {
    expect(sumFormula(2, [7])).toBe('SUM(C8)');
    expect(sumFormula(2, [9, 7, 8, 14])).toBe('SUM(C8:C10,C15)');
    expect(rowPieces(27, [0, 2])).toEqual(['AB1', 'AB3']);
  });

  it('nests SUM when there are more than 255 pieces (Excel’s argument limit)', () => {
    const rows = Array.from({ length: 600 }, (_, i) => i * 2);
    const f = sumFormula(3, rows);
    expect(f.startsWith('SUM(SUM(D1,D3,')).toBe(true);
    const inner = f.slice(4, -1).match(/SUM\([^)]*\)/g)!;
    expect(inner).toHaveLength(3);
    for (const part of inner) expect(part.split(',').length).toBeLessThanOrEqual(255);
  });
});

describe('overArgs', () => {
  it('counts over more than 255 references as a SUM of COUNTAs, each within the limit', () => {
    const refs = Array.from({ length: 300 }, (_, i) => `B${i + 5}`);
    const f = overArgs('COUNTA', refs);
    expect(f).toBe(`SUM(COUNTA(${refs.slice(0, 255).join(',')}),COUNTA(${refs.slice(255).join(',')}))`);
    expect(overArgs('COUNT', ['B5', 'B9'])).toBe('COUNT(B5,B9)');
  });

  it('nests again when even the groups pass 255 (70 000 references: 275 groups, then 2)', () => {
    const refs = Array.from({ length: 70_000 }, (_, i) => `B${i + 1}`);
    const f = overArgs('SUM', refs);
    expect(f.startsWith('SUM(SUM(SUM(B1,')).toBe(true);
    // Every call's own argument list, innermost first, stays within 255.
    let rest = f;
    let widest = 0;
    for (let m = /SUM\(([^()]*)\)/.exec(rest); m; m = /SUM\(([^()]*)\)/.exec(rest)) {
      widest = Math.max(widest, m[1].split(',').length);
      rest = rest.replace(m[0], 'X');
    }
    expect(rest).toBe('X');
    expect(widest).toBeLessThanOrEqual(255);
  });
});

describe('capaian and efisiensi formulas', () => {
  it('follow the polarity rules of DESIGN.md §3.1', () => {
    expect(capaianAngkaFormula('D8', 'E8')).toBe('IF(D8=0,"-",E8/D8)');
    expect(capaianAngkaFormula('D8', 'E8', 'negatif')).toBe('IF(D8=0,"-",(2*D8-E8)/D8)');
    expect(capaianAngkaFormula('D8', 'E8', 'negatif-rasio')).toBe('IF(E8=0,"-",D8/E8)');
  });

  it('give capaian anggaran row by row as capaianAnggaranFormula does', () => {
    const at = capaianAnggaranRows(2, 3);
    expect(at(7)).toBe('IF(C8=0,"-",D8/C8)');
    for (const row of [0, 9, 99_999]) expect(at(row)).toBe(capaianAnggaranFormula(`C${row + 1}`, `D${row + 1}`));
    expect(capaianAnggaranRows(27, 28)(4)).toBe('IF(AB5=0,"-",AC5/AB5)');
  });

  it('rank grades on the scale given', () => {
    const f = capaianPredikatFormula('D8', 'E8', SKALA_ORDINAL[1]);
    expect(f).toContain('MATCH(E8,{"TMP","TW","WDP","WTP"},0)');
    expect(f.startsWith('IFERROR(IF(MATCH(E8')).toBe(true);
  });

  it('state each efficiency method (DESIGN.md §3.4)', () => {
    expect(efisiensiFormula('selisih', 'F8', 'I8')).toBe('IF(AND(ISNUMBER(F8),ISNUMBER(I8)),F8-I8,"")');
    expect(efisiensiFormula('indeks', 'F8', 'I8')).toBe('IF(AND(ISNUMBER(F8),ISNUMBER(I8)),IF(I8=0,"-",F8/I8),"")');
    expect(efisiensiFormula('sisa', 'F8', 'I8')).toBe('IF(AND(ISNUMBER(F8),ISNUMBER(I8)),IF(F8>=1,1-I8,"Target tidak tercapai"),"")');
  });
});

describe('kategoriFormula', () => {
  it('uses > for scales whose lower bounds are exclusive (predikat: 90,00 is A)', () => {
    const f = kategoriFormula('B2', SKALA_PREDIKAT_88_2021);
    expect(f).toContain('IF(ROUND(B2*100,2)>90,"AA",IF(ROUND(B2*100,2)>80,"A",');
    // Six nested IFs for seven bands, inside the ISNUMBER guard.
    expect(f.endsWith('"D")))))),"")')).toBe(true);
  });

  it('takes the label of a one-band scale without a comparison', () => {
    expect(kategoriFormula('B2', { id: 'x', source: 'x', lowerInclusive: true, bands: [{ lower: null, label: 'Semua' }] })).toBe(
      'IF(ISNUMBER(B2),"Semua","")',
    );
  });

  it('escapes quotes in labels', () => {
    expect(textLiteral('Sangat "Baik"')).toBe('"Sangat ""Baik"""');
  });

  it('joins a text over 255 characters from constants Excel takes, reading back as the same text', () => {
    expect(textLiteral('x'.repeat(255))).toBe(`"${'x'.repeat(255)}"`);
    const unit = `Dinas "Penanaman Modal" ${'dan Pelayanan Terpadu Satu Pintu '.repeat(9)}`.slice(0, 300);
    const literal = textLiteral(unit);
    expect(literal).toBe(`("${unit.slice(0, 255).replace(/"/g, '""')}"&"${unit.slice(255)}")`);
    expect(literalText(literal)).toBe(unit);
    expect(literalText(textLiteral('Belum "x"'))).toBe('Belum "x"');
    expect(literalText('B5&"x"')).toBeUndefined();
  });

  it('never cuts a character outside the BMP in two', () => {
    const text = `${'a'.repeat(254)}😀b`;
    expect(textLiteral(text)).toBe(`("${'a'.repeat(254)}"&"😀b")`);
  });
});
