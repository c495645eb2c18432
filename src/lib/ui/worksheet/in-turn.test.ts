import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawInTurn } from './in-turn';

// The browser's frames, tasks and print event, by hand: a frame runs when `paint()` is called.
let frames: (() => void)[] = [];
let listeners: Map<string, () => void>;
const paint = () => {
  const now = frames;
  frames = [];
  now.forEach((f) => f());
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  listeners = new Map();
  vi.stubGlobal('document', { hidden: false });
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal('addEventListener', (type: string, f: () => void) => listeners.set(type, f));
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('drawInTurn', () => {
  it('shows one block more after the frame that paints the last one, in a task of its own', () => {
    const show = vi.fn();
    drawInTurn(1, 8, show);
    vi.runAllTimers();
    expect(show).not.toHaveBeenCalled(); // not before the frame
    paint();
    expect(show).not.toHaveBeenCalled(); // not in the frame's task
    vi.runAllTimers();
    expect(show.mock.calls).toEqual([[2]]);
  });

  it.each([
    [8, 8],
    [9, 8],
    [0, 0],
  ])('with %i of %i shown, asks for nothing', (drawn, total) => {
    const show = vi.fn();
    expect(drawInTurn(drawn, total, show)).toBeUndefined();
    paint();
    vi.runAllTimers();
    expect(show).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('shows every block before printing', () => {
    const show = vi.fn();
    drawInTurn(2, 8, show);
    listeners.get('beforeprint')?.();
    expect(show.mock.calls).toEqual([[8]]);
  });

  it('in a hidden tab (no frames), shows the rest at once', async () => {
    vi.stubGlobal('document', { hidden: true });
    const show = vi.fn();
    drawInTurn(1, 8, show);
    await Promise.resolve();
    expect(show.mock.calls).toEqual([[8]]);
  });

  it('cleaned up (another worksheet, or more shown), it shows nothing and stops listening', () => {
    const show = vi.fn();
    const stop = drawInTurn(1, 8, show);
    stop?.();
    paint();
    vi.runAllTimers();
    expect(show).not.toHaveBeenCalled();
    expect(listeners.has('beforeprint')).toBe(false);
    // Also once the frame has run and the task is waiting.
    const stopLater = drawInTurn(1, 8, show);
    paint();
    stopLater?.();
    vi.runAllTimers();
    expect(show).not.toHaveBeenCalled();
  });
});
