import { flushSync } from 'svelte';

/**
 * A worksheet's blocks are drawn in turn, one per task, each after the previous one is painted:
 * the first screen (the head and the first block) comes at once, the rest follows within a few
 * frames, and no task at start-up draws a whole sheet (Lighthouse's Total Blocking Time). Blocks
 * are only ever added at the end, below what is drawn, so nothing on the page moves (CLS) and no
 * field being typed in is drawn anew. Printing draws every block first; a hidden tab (no frames)
 * draws the rest at once.
 *
 * `drawn` blocks are shown of `total`; `show` shows more. Returns the clean-up of an effect.
 */
export function drawInTurn(drawn: number, total: number, show: (n: number) => void): (() => void) | undefined {
  if (drawn >= total) return;
  const all = () => {
    show(total);
    flushSync();
  };
  if (document.hidden) {
    queueMicrotask(() => show(total));
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(() => show(drawn + 1))));
  addEventListener('beforeprint', all);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    removeEventListener('beforeprint', all);
  };
}
