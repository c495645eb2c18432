/**
 * Customer lists for the ABC analysis: pasted lines (customer, revenue, profit) or three columns
 * of an imported file, turned into table rows. Values are kept as written (the table flags a bad
 * revenue); only blank lines and a first line of column names are skipped. Pure.
 */
import type { Row } from './types';
import { readNumber } from '../scoring/parse';
import { row, text } from './helpers';
import { unquote } from '../scoring/paste';
import type { TableColumn } from '../export/read-table';

export const MAX_CUSTOMERS = 50_000;

export type CustomerCells = { name: string; revenue: string; profit: string };

/** Tabs, else semicolons, else commas (a comma is then no decimal mark: "Anna;1200,50" keeps it). */
export function splitCustomerLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  return line.split(sep).map((p) => unquote(p.trim()));
}

/** Pasted text → customers; a first line whose revenue is not a number (and not empty) is a header. */
export function readCustomers(pasted: string): CustomerCells[] {
  const lines = pasted.split(/\r\n|\n|\r/);
  const out: CustomerCells[] = [];
  let first = true;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [name = '', revenue = '', profit = ''] = splitCustomerLine(line);
    if (first) {
      first = false;
      if (revenue !== '' && readNumber(revenue) === undefined && (profit === '' || readNumber(profit) === undefined))
        continue;
    }
    out.push({ name, revenue, profit });
  }
  return out;
}

/** Three columns of a file (by index; profit optional) → customers, aligned by the sheet's rows. */
export function customersFromColumns(
  columns: readonly TableColumn[],
  name: number,
  revenue: number,
  profit: number | undefined,
): CustomerCells[] {
  const byLine = new Map<number, CustomerCells>();
  const put = (col: number | undefined, key: keyof CustomerCells) => {
    for (const e of (col === undefined ? undefined : columns[col])?.values ?? []) {
      const c = byLine.get(e.line) ?? { name: '', revenue: '', profit: '' };
      c[key] = e.value;
      byLine.set(e.line, c);
    }
  };
  put(name, 'name');
  put(revenue, 'revenue');
  put(profit, 'profit');
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}

const isBlank = (r: Row) => Object.values(r.cells).every((v) => text(v).trim() === '');

/** The table after adding: blank rows at the end make room first; the rest keep their place. */
export function withCustomers(rows: readonly Row[], added: readonly CustomerCells[]): Row[] {
  let end = rows.length;
  while (end > 0 && isBlank(rows[end - 1]!)) end--;
  const kept = rows.slice(0, end);
  const fresh = added.map((c) => row({ name: c.name, revenue: c.revenue, profit: c.profit }));
  const next = [...kept, ...fresh];
  // Blank rows not used are kept (nothing the user made disappears without a reason).
  return next.length >= rows.length ? next : [...next, ...rows.slice(next.length)];
}

/** The best guess of the file's columns: by header names, else the first three. */
export function guessColumns(columns: readonly TableColumn[]): {
  name: number;
  revenue: number;
  profit: number | undefined;
} {
  const find = (re: RegExp) => columns.findIndex((c) => re.test(c.header));
  const name = find(/customer|client|klient|name|nazwa|客户/i);
  const revenue = find(/revenue|sales|przych|sprzeda|收入|销售/i);
  const profit = find(/profit|zysk|margin|marża|利润/i);
  return {
    name: name >= 0 ? name : 0,
    revenue: revenue >= 0 ? revenue : Math.min(1, columns.length - 1),
    profit: profit >= 0 ? profit : columns.length > 2 ? 2 : undefined,
  };
}
