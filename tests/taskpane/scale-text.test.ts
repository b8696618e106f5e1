import { parseScaleText, scaleToText } from '../../src/taskpane/scale-text';

describe('parseScaleText', () => {
  it('gives no scale for an empty text, so the regulation applies', () => {
    expect(parseScaleText('', 'kategori')).toEqual({ ok: true });
    expect(parseScaleText('  \n \n', 'predikat')).toEqual({ ok: true });
  });

  it('reads kategori bounds typed as percentages into fractions, highest first', () => {
    expect(parseScaleText('76 Tinggi\n91 Sangat Tinggi\n66,5; Sedang', 'kategori')).toEqual({
      ok: true,
      bands: [
        { lower: 0.91, label: 'Sangat Tinggi' },
        { lower: 0.76, label: 'Tinggi' },
        { lower: 0.665, label: 'Sedang' },
      ],
    });
  });

  it('reads predikat bounds as points', () => {
    expect(parseScaleText('90 AA\n80,01 A', 'predikat')).toEqual({
      ok: true,
      bands: [
        { lower: 90, label: 'AA' },
        { lower: 80.01, label: 'A' },
      ],
    });
  });

  it('names the first line it cannot read', () => {
    expect(parseScaleText('91 Sangat Tinggi\nTinggi 76', 'kategori')).toEqual({ ok: false, line: 2 });
    expect(parseScaleText('91', 'kategori')).toEqual({ ok: false, line: 1 });
  });

  it('writes a stored scale back as the same text', () => {
    const text = '91 Sangat Tinggi\n66,5 Sedang';
    const parsed = parseScaleText(text, 'kategori');
    expect(parsed.ok && scaleToText(parsed.bands, 'kategori')).toBe(text);
    expect(scaleToText(undefined, 'predikat')).toBe('');
  });
});
