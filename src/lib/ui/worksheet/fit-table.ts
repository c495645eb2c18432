/**
 * Shows a table as cards (one per row, class "cards") when it is wider than its scroll box.
 * The table is measured in table form, switching the class within one frame so nothing is
 * painted in between; in cards it remembers that width and turns back into a table only when
 * the box grows to it. Measured when watched (opening, a language change) and on window
 * resizes, never per keystroke, so typing forces no layout. The class is set here, not by
 * Svelte, so the two never disagree.
 *
 * Every table asking in a task is measured together, in the next animation frame (before it is
 * painted): all reads, then all writes, so a page of several tables lays out twice in all instead
 * of once per table in the middle of drawing it (a forced layout each: a long task at start-up).
 */
interface Fit {
  box: HTMLElement;
  tableWidth: number;
}

const waiting = new Set<Fit>();
let frame = 0;

function measureAll() {
  frame = 0;
  const fits = [...waiting].flatMap((fit) => {
    const table = fit.box.querySelector('table');
    return table && fit.box.isConnected ? [{ fit, table }] : [];
  });
  waiting.clear();
  // A table in cards stays so while its box is narrower than the table was.
  const again = fits.filter(
    ({ fit, table }) => !table.classList.contains('cards') || fit.box.clientWidth >= fit.tableWidth,
  );
  for (const { table } of again) table.classList.remove('cards');
  const widths = again.map(({ fit, table }) => [table.scrollWidth, fit.box.clientWidth] as const);
  again.forEach(({ fit, table }, i) => {
    const [width, room] = widths[i]!;
    fit.tableWidth = width;
    table.classList.toggle('cards', width > room + 1);
  });
}

function request(fit: Fit) {
  waiting.add(fit);
  frame ||= requestAnimationFrame(measureAll);
}

export function fitTable(box: HTMLElement): () => void {
  const fit: Fit = { box, tableWidth: 0 };
  box.querySelector('table')?.classList.remove('cards');
  request(fit);
  const onResize = () => request(fit);
  window.addEventListener('resize', onResize);
  return () => {
    waiting.delete(fit);
    window.removeEventListener('resize', onResize);
  };
}
