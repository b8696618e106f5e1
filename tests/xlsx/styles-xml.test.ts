import { StyleSheetEditor } from '../../src/xlsx/styles-xml';

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '</styleSheet>';

describe('StyleSheetEditor', () => {
  it('appends formats after the existing ones, updates counts and keeps the collections’ other attributes', () => {
    const editor = StyleSheetEditor.open(MINIMAL)!;
    const rupiah = { numFmt: '#,##0', font: { bold: true, size: 10 } };
    const custom = { numFmt: '#,##0;[Red]-#,##0' };
    const filled = {
      fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } },
    };
    expect(editor.index(rupiah)).toBe(1);
    expect(editor.index(custom)).toBe(2);
    expect(editor.index(filled)).toBe(3);
    expect(editor.index(rupiah)).toBe(1);
    expect(editor.index({})).toBe(0);
    const xml = editor.text();
    expect(xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;[Red]-#,##0"/></numFmts><fonts',
    );
    expect(xml).toContain('<fonts x14ac:knownFonts="1" count="2">');
    expect(xml).toContain('<font><b/><sz val="10"/><name val="Arial"/></font></fonts>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain(
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>',
    );
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<cellStyleXfs count="1">');
  });

  it('reuses what an earlier edit appended, so editing again changes nothing', () => {
    const style = {
      numFmt: '0.00%',
      border: { top: { style: 'thin' as const, color: { argb: 'FF808080' } } },
    };
    const first = StyleSheetEditor.open(MINIMAL)!;
    const index = first.index(style);
    const again = StyleSheetEditor.open(first.text())!;
    expect(again.index({ ...style })).toBe(index);
    expect(again.text()).toBe(first.text());
  });

  it('keeps the ids of the workbook’s own number formats and adds after the highest', () => {
    const withFormats = MINIMAL.replace(
      '<fonts',
      '<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts><fonts',
    );
    const editor = StyleSheetEditor.open(withFormats)!;
    editor.index({ numFmt: '0.0' });
    editor.index({ numFmt: '#,##0.0000' });
    const xml = editor.text();
    expect(xml).toContain('<xf numFmtId="170" ');
    expect(xml).toContain('<numFmt numFmtId="171" formatCode="#,##0.0000"/>');
    expect(xml).toContain('<numFmts count="3">');
  });

  it('writes alignments in the schema’s words: ExcelJS’s vertical “middle” is “center”', () => {
    const editor = StyleSheetEditor.open(MINIMAL)!;
    editor.index({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
    editor.index({ alignment: { vertical: 'top', indent: 1 } });
    const xml = editor.text();
    expect(xml).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    expect(xml).toContain('<alignment vertical="top" indent="1"/>');
    expect(xml).not.toContain('middle');
  });

  it('opens only the style sheets it understands', () => {
    expect(StyleSheetEditor.open(MINIMAL.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2'))).toBeUndefined();
    expect(StyleSheetEditor.open(MINIMAL.replace(/<cellXfs[\s\S]*<\/cellXfs>/, ''))).toBeUndefined();
  });
});
