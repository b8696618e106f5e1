import type { CellLook } from '../../src/core/plan/look';
import { EMPTY_STYLES, StyleSheetEditor } from '../../src/xlsx/styles-xml';

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '</styleSheet>';

const bold: CellLook = { font: { bold: true, italic: false, underline: false, size: 10 }, wrap: false, indent: 0 };
const filled: CellLook = { fill: 'D9E1F2', wrap: false, indent: 0 };
const boxed: CellLook = { border: '808080', wrap: false, indent: 0 };

describe('StyleSheetEditor', () => {
  it('appends formats after the existing ones, updates counts and keeps the collections’ other attributes', () => {
    const editor = StyleSheetEditor.open(MINIMAL)!;
    expect(editor.index(bold, '#,##0')).toBe(1);
    expect(editor.index(undefined, '#,##0;[Red]-#,##0')).toBe(2);
    expect(editor.index(filled, undefined)).toBe(3);
    expect(editor.index(bold, '#,##0')).toBe(1);
    expect(editor.index(undefined, undefined)).toBe(0);
    const xml = editor.text();
    expect(xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;[Red]-#,##0"/></numFmts><fonts',
    );
    expect(xml).toContain('<fonts x14ac:knownFonts="1" count="2">');
    expect(xml).toContain('<font><b/><sz val="10"/><name val="Arial"/></font></fonts>');
    expect(xml).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/></patternFill></fill>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain(
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>',
    );
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<cellStyleXfs count="1">');
  });

  it('reuses what an earlier edit appended, so editing again changes nothing', () => {
    const first = StyleSheetEditor.open(MINIMAL)!;
    const index = first.index(boxed, '0.00%');
    const again = StyleSheetEditor.open(first.text())!;
    expect(again.index({ ...boxed }, '0.00%')).toBe(index);
    expect(again.text()).toBe(first.text());
  });

  it('keeps the ids of the workbook’s own number formats and adds after the highest', () => {
    const withFormats = MINIMAL.replace(
      '<fonts',
      '<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts><fonts',
    );
    const editor = StyleSheetEditor.open(withFormats)!;
    editor.index(undefined, '0.0');
    editor.index(undefined, '#,##0.0000');
    const xml = editor.text();
    expect(xml).toContain('<xf numFmtId="170" ');
    expect(xml).toContain('<numFmt numFmtId="171" formatCode="#,##0.0000"/>');
    expect(xml).toContain('<numFmts count="3">');
  });

  it('writes a look’s alignment and borders in the schema’s words', () => {
    const editor = StyleSheetEditor.open(MINIMAL)!;
    editor.index({ horizontal: 'center', vertical: 'center', wrap: true, indent: 0 }, undefined);
    editor.index({ horizontal: 'left', vertical: 'top', wrap: false, indent: 2 }, undefined);
    editor.index(boxed, undefined);
    const xml = editor.text();
    expect(xml).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    expect(xml).toContain('<alignment horizontal="left" vertical="top" indent="2"/>');
    expect(xml).toContain('<left style="thin"><color rgb="FF808080"/></left>');
  });

  it('writes into a style sheet with a namespace prefix, in that prefix', () => {
    const prefixed = MINIMAL.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
    const editor = StyleSheetEditor.open(prefixed)!;
    expect(editor.index(bold, undefined)).toBe(1);
    const xml = editor.text();
    expect(xml).toContain('<x:font><x:b/><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>');
    expect(xml).toContain('<x:cellXfs count="2">');
  });

  it('adds Excel’s defaults for what a minimal writer left out, each in its place', () => {
    const bare =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><dxfs count="0"/></styleSheet>';
    const editor = StyleSheetEditor.open(bare)!;
    expect(editor.index(filled, undefined)).toBe(1);
    const xml = editor.text();
    expect(xml.indexOf('<fills count="3">')).toBeGreaterThan(xml.indexOf('</fonts>'));
    expect(xml.indexOf('<cellXfs count="2">')).toBeLessThan(xml.indexOf('<dxfs'));
    expect(xml).toMatch(/<cellStyleXfs count="1">.*<\/cellStyleXfs><cellXfs/);
  });

  it('opens only a style sheet, and gives a new workbook Excel’s defaults', () => {
    expect(StyleSheetEditor.open('<workbook/>')).toBeUndefined();
    expect(StyleSheetEditor.open(EMPTY_STYLES)!.index(bold, undefined)).toBe(1);
  });
});
