import type { TableContext } from '../model/roles';
import type { TitleLine } from './sheet-scan';

/**
 * What the text around a table says (DESIGN.md §5): its title, the year it reports ("… Tahun 2023"),
 * and the sasaran or program its caption names ("Analisis Pencapaian Sasaran 1: Meningkatnya …",
 * "Sasaran Strategis 2 : …", a sasaran statement on a line of its own, "Program : …").
 */

export const YEAR_IN_TEXT = /\bTahun(?:\s+Anggaran)?\s+((?:19|20)\d{2})\b/i;
/** A span of years in a title ("Tahun 2016 - 2019", "Tahun 2016 s.d. Tahun 2019"): the report year is its end. */
const YEAR_SPAN =
  /\bTahun(?:\s+Anggaran)?\s+(?:19|20)\d{2}\s*(?:-|–|—|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(?:Tahun\s+)?((?:19|20)\d{2})\b/i;

/** Words a sasaran statement begins with (Renstra style: "Meningkatnya …", "Terwujudnya …"). */
const SASARAN_STATEMENT =
  /^(meningkat(nya|kan)?|menurun(nya)?|terwujud(nya)?|tercapai(nya)?|terlaksana(nya)?|tersedia(nya)?|terpenuhi(nya)?|menguat(nya)?|berkurang(nya)?|optimal(nya)?|terkendali(nya)?|tertib(nya)?|terjamin(nya)?|mantap(nya)?)\b/i;
const SASARAN_AFTER_LABEL = /\bsasaran(?:\s+strategis)?(?:\s+(?:ke[-\s]*)?\d+)?\s*[:.]\s*(\S.{4,})$/i;
const PROGRAM_AFTER_LABEL = /^program\s*[:]\s*(\S.{4,})$/i;

/** The context of a table from its title lines (and the lines further up) and the workbook's year (or the user's). */
export function tableContext(
  title: readonly TitleLine[],
  above: readonly TitleLine[],
  sheet: string,
  year: { workbook?: number; setting?: number },
): TableContext {
  const context: TableContext = {};
  if (title.length > 0) context.title = title.map((l) => l.text).join(' ');
  const titleYear = title
    .map((l) => YEAR_SPAN.exec(l.text) ?? YEAR_IN_TEXT.exec(l.text))
    .find((m) => m !== null);
  if (year.setting !== undefined) context.year = { value: year.setting, source: 'pengaturan' };
  else if (titleYear) context.year = { value: Number(titleYear[1]), source: 'judul' };
  else if (year.workbook !== undefined) context.year = { value: year.workbook, source: 'buku' };
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i];
    const ref = { sheet, row: line.row, col: line.col };
    const labelled = SASARAN_AFTER_LABEL.exec(line.text);
    if (labelled !== null && !/^tabel\b/i.test(labelled[1])) {
      context.caption = { level: 'sasaran', text: labelled[1].trim(), ref };
      break;
    }
    if (SASARAN_STATEMENT.test(line.text)) {
      context.caption = { level: 'sasaran', text: line.text, ref };
      break;
    }
    const program = PROGRAM_AFTER_LABEL.exec(line.text);
    if (program !== null) {
      context.caption = { level: 'program', text: program[1].trim(), ref };
      break;
    }
  }
  return context;
}
