import * as fs from 'fs';
import { anchorFor, renderFunctionsHelp, SOURCE, TARGET } from '../../scripts/render-functions-help';

describe('the functions help page (assets/fungsi.html from docs/functions.md)', () => {
  it('is up to date with the markdown (run node scripts/render-functions-help.js)', () => {
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(renderFunctionsHelp(fs.readFileSync(SOURCE, 'utf8')));
  });

  it('anchors function sections by name without the SAKIP prefix', () => {
    expect(anchorFor('SAKIP.CAPAIAN')).toBe('capaian');
    expect(anchorFor('SAKIP.IKM.DARI.NRR')).toBe('ikm-dari-nrr');
    expect(anchorFor('Catatan untuk pemelihara')).toBe('catatan-untuk-pemelihara');
  });

  it('renders headings, tables, lists, code and bold, escaping HTML', () => {
    const html = renderFunctionsHelp(
      '# Judul\n\n## SAKIP.MUTU\n\nTeks **tebal** dan `=A<B`.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- satu\n  lanjut\n- dua\n',
    );
    expect(html).toContain('<title>Judul</title>');
    expect(html).toContain('<h2 id="mutu">SAKIP.MUTU</h2>');
    expect(html).toContain('<p>Teks <strong>tebal</strong> dan <code>=A&lt;B</code>.</p>');
    expect(html).toContain('<thead><tr><th>a</th><th>b</th></tr></thead>');
    expect(html).toContain('<tr><td>1</td><td>2</td></tr>');
    expect(html).toContain('<li>satu lanjut</li>');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
