/**
 * Text into the XML of an .xlsx part: markup characters as references, and characters XML 1.0 cannot
 * hold at all (control characters, lone surrogates) either as Excel's `_xHHHH_` escape — in cell text,
 * where Excel and every reader undo it — or as U+FFFD elsewhere, so that a part is always well formed.
 */

/** Control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What cell text escapes as `_xHHHH_`: the above, and carriage returns, which XML parsing turns into line feeds. */
const NOT_CELL_TEXT = new RegExp(`${NOT_XML.source}|\r`, 'g');
const MARKUP_TEXT = /[&<>]/g;
const MARKUP_ATTR = /[&<>"\t\n\r]/g;
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element text (a formula, a number format): markup escaped, impossible characters replaced. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(MARKUP_TEXT, (ch) => REFERENCES[ch]);
}

/** An attribute value in double quotes; tabs and line ends as references, which attribute parsing keeps. */
export function xmlAttr(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(MARKUP_ATTR, (ch) => REFERENCES[ch]);
}

/**
 * A cell's text for `<t>`: a literal `_xHHHH_` has its underscore escaped (`_x005F_`) so that no
 * reader turns it into a character, then impossible characters and carriage returns become `_xHHHH_`
 * (a lone surrogate its code unit), as Excel writes them, and markup is escaped.
 */
export function cellText(text: string): string {
  const kept = text.indexOf('_x') < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  return kept
    .replace(NOT_CELL_TEXT, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(MARKUP_TEXT, (ch) => REFERENCES[ch]);
}

/** Whether `<t>` needs `xml:space="preserve"`: leading or trailing white space would otherwise be dropped. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$/.test(text);
}
