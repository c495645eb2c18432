/** "Baltic Bikes Ltd." on 2026-11-23 → "Baltic Bikes Ltd-2026-11-23.xlsx" (letters of any language kept). */
export function exportFileName(name: string, date: Date, ext = 'xlsx'): string {
  const safe = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${safe || 'workbook'}-${day}.${ext}`;
}
