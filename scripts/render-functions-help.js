/**
 * Renders docs/functions.md (the help for the SAKIP custom functions) into assets/fungsi.html, the page
 * the functions' help links open (`@helpurl …/assets/fungsi.html#capaian`). webpack copies assets/ into
 * dist/. Run after editing the markdown:
 *
 *   node scripts/render-functions-help.js
 *
 * Only the markdown the help page uses is understood: headings, paragraphs, `-` lists, pipe tables,
 * `code` and **bold**. tests/functions/help-page.test.ts checks the committed page is up to date.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const SOURCE = path.join(__dirname, '..', 'docs', 'functions.md');
const TARGET = path.join(__dirname, '..', 'assets', 'fungsi.html');

/**
 * Anchor of a heading: `SAKIP.IKM.DARI.NRR` → `ikm-dari-nrr`; other text lowercased with runs of other
 * characters as `-`.
 * @example anchorFor('SAKIP.CAPAIAN') → 'capaian'
 */
function anchorFor(heading) {
  return heading
    .replace(/^SAKIP\./, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline markdown: `code` and **bold**, HTML-escaped. */
function inline(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

function tableCells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * The help page for the given markdown, as a complete HTML document (no scripts, no external resources).
 * @example renderFunctionsHelp('## SAKIP.MUTU\n\nMutu.') contains '<h2 id="mutu">SAKIP.MUTU</h2>'
 */
function renderFunctionsHelp(markdown) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  let title = 'Fungsi SAKIP';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.trim() === '') {
      i += 1;
    } else if (heading) {
      const level = heading[1].length;
      const text = heading[2].trim();
      if (level === 1) title = text;
      const id = level === 1 ? '' : ` id="${anchorFor(text)}"`;
      out.push(`<h${level}${id}>${inline(text)}</h${level}>`);
      i += 1;
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
      const head = tableCells(rows[0]);
      const body = rows.slice(2).map(tableCells);
      out.push('<table>');
      out.push(`<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`);
      out.push('<tbody>');
      for (const row of body) out.push(`<tr>${row.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push('</tbody>');
      out.push('</table>');
    } else if (line.startsWith('- ')) {
      out.push('<ul>');
      while (i < lines.length && lines[i].startsWith('- ')) {
        const item = [lines[i++].slice(2).trim()];
        while (i < lines.length && /^ {2}\S/.test(lines[i])) item.push(lines[i++].trim());
        out.push(`<li>${inline(item.join(' '))}</li>`);
      }
      out.push('</ul>');
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,3} |\||- )/.test(lines[i])) para.push(lines[i++].trim());
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="id">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>',
    'body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; color: #242424; }',
    'h2 { border-top: 1px solid #d1d1d1; padding-top: 1rem; margin-top: 2rem; }',
    'table { border-collapse: collapse; margin: 0.5rem 0 1rem; }',
    'th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }',
    'th { background: #f5f5f5; }',
    'code { background: #f5f5f5; padding: 0 0.2rem; border-radius: 0.2rem; }',
    '</style>',
    '</head>',
    '<body>',
    ...out,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

module.exports = { anchorFor, renderFunctionsHelp, SOURCE, TARGET };

if (require.main === module) {
  fs.writeFileSync(TARGET, renderFunctionsHelp(fs.readFileSync(SOURCE, 'utf8')));
  process.stdout.write(`${path.relative(process.cwd(), TARGET)} ditulis dari ${path.relative(process.cwd(), SOURCE)}\n`);
}
