/**
 * Shows a table as cards (one per row, class "cards") when it is wider than its scroll box.
 * The table is measured in table form, switching the class within one task so nothing is
 * painted in between; in cards it remembers that width and turns back into a table only when
 * the box grows to it. Measured when watched (opening, a language change) and on window
 * resizes, never per keystroke, so typing forces no layout. The class is set here, not by
 * Svelte, so the two never disagree.
 */
export function fitTable(box: HTMLElement): () => void {
  let tableWidth = 0;

  function measure() {
    const table = box.querySelector('table');
    if (!table) return;
    if (table.classList.contains('cards')) {
      if (box.clientWidth < tableWidth) return;
      table.classList.remove('cards');
    }
    tableWidth = table.scrollWidth;
    table.classList.toggle('cards', tableWidth > box.clientWidth + 1);
  }

  box.querySelector('table')?.classList.remove('cards');
  measure();
  let frame = 0;
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(measure);
  };
  window.addEventListener('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('resize', onResize);
  };
}
