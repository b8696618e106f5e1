import { slideFormula } from '../../src/xlsx/shared-formula';

describe('slideFormula', () => {
  it('moves relative references by the distance between the cells and keeps $ parts', () => {
    expect(slideFormula('D6/C6', 3, 0)).toBe('D9/C9');
    expect(slideFormula('SUM($B$4:B4)*$C4+D$1', 2, 1)).toBe('SUM($B$4:C6)*$C6+E$1');
    expect(slideFormula('A1', 0, 0)).toBe('A1');
  });

  it('moves references on other sheets, quoted or not', () => {
    expect(slideFormula("'Tabel 3.8'!E12+Anggaran!C5", 1, 0)).toBe("'Tabel 3.8'!E13+Anggaran!C6");
  });

  // Text in quotes stays as written, as Excel keeps it; ExcelJS moves an "A1" inside a string too.
  it('leaves text in quotes, quoted sheet names, function names and structured references alone', () => {
    expect(slideFormula('IF(A1>0,"B2 naik","")', 1, 0)).toBe('IF(A2>0,"B2 naik","")');
    expect(slideFormula("'Q1 2023'!A1", 1, 0)).toBe("'Q1 2023'!A2");
    expect(slideFormula('LOG10(A1)+ATAN2(B1,C1)', 1, 0)).toBe('LOG10(A2)+ATAN2(B2,C2)');
    expect(slideFormula('SakipAnggaran[[#This Row],[Pagu2]]*B1', 1, 0)).toBe(
      'SakipAnggaran[[#This Row],[Pagu2]]*B2',
    );
    expect(slideFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
  });

  it('gives #REF! for a reference moved off the sheet, as Excel does', () => {
    expect(slideFormula('A2-B1', -1, 0)).toBe('A1-#REF!');
    expect(slideFormula('XFD1', 0, 1)).toBe('#REF!');
  });

  it('leaves things that only look like references beyond the sheet alone', () => {
    expect(slideFormula('XFE1+A1', 1, 0)).toBe('XFE1+A2');
  });
});
