/**
 * Every string the export writes into a cell goes through here (xlsx-writer.ts, input-map.ts).
 *
 * 1. `_xHHHH_` in a text is how OOXML writes a character code: Excel, LibreOffice and SheetJS
 *    decode it on reading, so "PROMO_x0041_2026" came back "PROMOA2026". The underscore that
 *    starts such a sequence is written as `_x005F_` (an escaped underscore), which every reader
 *    decodes back to the text as typed.
 * 2. A cell holds at most 32,767 characters (and SheetJS refuses to write more, which stopped the
 *    whole export). A longer text is not split over visible cells (that would push into the next
 *    column of a table, and formulas read one cell): the cell shows its start and a note, and the
 *    whole text is kept in pieces in the hidden input map, from which the import takes it back as
 *    long as the client did not edit that cell (read-workbook.ts).
 */
import type { Lang } from '../worksheets/types';
import { formatNumber } from '../i18n/format';

/** Excel's limit on a cell's text; SheetJS checks it on the text as written (escapes included). */
export const MAX_CELL_TEXT = 32_767;

/** The underscore of each `_xHHHH_` written as `_x005F_`, so readers do not decode the sequence. */
export const escapeCodes = (text: string): string => text.replace(/_(?=x[0-9a-f]{4}_)/gi, '_x005F_');

const NOTE: Record<Lang, string> = {
  en: ' […] (cut at the limit of a spreadsheet cell: {n} characters in CRM Workbook; importing this file back keeps the whole text as long as this cell is not edited)',
  pl: ' […] (ucięte na limicie komórki arkusza: {n} znaków w Zeszycie CRM; import tego pliku zachowa cały tekst, o ile ta komórka nie zostanie zmieniona)',
  zh: ' […]（在电子表格单元格的上限处截断：CRM 工作簿中共 {n} 个字符；只要不编辑这个单元格，把此文件导入回来时会保留全部文本）',
};

/** The note ending a cut text (the number in the language's grouping, e.g. 40,000 / 40 000). */
export function cutNote(chars: number, lang: Lang): string {
  return NOTE[lang].replace('{n}', formatNumber(chars, 'int', lang));
}

/** The longest start of `text` whose escaped form fits in `room` characters, not splitting a surrogate pair. */
function startFitting(text: string, room: number): string {
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const escaped = text[end] === '_' && /^_x[0-9a-f]{4}_/i.test(text.slice(end, end + 7)) ? 7 : 1;
    if (used + escaped > room) break;
    used += escaped;
    end++;
  }
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** The text as a cell shows it (unescaped): whole when it fits, else its start and the note. */
export function fitText(text: string, lang: Lang): { text: string; cut: boolean } {
  if (escapeCodes(text).length <= MAX_CELL_TEXT) return { text, cut: false };
  const note = cutNote(text.length, lang);
  return { text: startFitting(text, MAX_CELL_TEXT - note.length) + note, cut: true };
}

/** What a string cell holds: fitted and escaped. */
export const cellString = (text: string, lang: Lang): string => escapeCodes(fitText(text, lang).text);

/** Whether a text needs the hidden map's pieces to survive the round trip. */
export const isCut = (text: string): boolean => escapeCodes(text).length > MAX_CELL_TEXT;

/** The text in pieces that each fit a cell once escaped (joined, they are the text). */
export function splitText(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length) {
    const piece = startFitting(rest, MAX_CELL_TEXT);
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  return pieces;
}
