/** Sheet name quoted for a reference: `Tabel 3.8` → `'Tabel 3.8'`, `O'Neil` → `'O''Neil'`. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Splits a reference such as `='Tabel 3.8'!$A$1` or `Data!B2:C9` into sheet name and local address;
 * undefined when it is not a single-area reference.
 */
export function splitReference(reference: string): { sheet?: string; address: string } | undefined {
  const m =
    /^=?(?:(?:'((?:[^']|'')+)'|([^'!,]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(
      reference.trim(),
    );
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, address: m[3].replace(/\$/g, '') };
}

/** Every area of a multi-area address (`Sheet1!A1:B2, Sheet1!D4`), each without its sheet name. */
export function splitAreas(addresses: string): string[] {
  const out: string[] = [];
  const re =
    /(?:'(?:[^']|'')+'|[^'!,\s]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (const m of addresses.matchAll(re)) out.push((m[1] ?? m[2]).replace(/\$/g, ''));
  return out;
}
