import { describe, expect, it, vi } from 'vitest';
import { OnDemand } from './on-demand.svelte';

describe('OnDemand', () => {
  it('loads the code once, says so while loading, and hands it to each action', async () => {
    const load = vi.fn(() => Promise.resolve({ twice: (n: number) => 2 * n }));
    const part = new OnDemand(load);
    const seen: number[] = [];
    const first = part.run((code) => seen.push(code.twice(1)));
    expect(part.loading).toBe(true);
    await first;
    expect(part.loading).toBe(false);
    await part.run((code) => seen.push(code.twice(2)));
    expect(seen).toEqual([2, 4]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(part.code?.twice(3)).toBe(6);
  });

  it('keeps a failed load as the error; Try again loads anew and runs the same action', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const load = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue('code');
    const part = new OnDemand<string>(load);
    const action = vi.fn();
    await part.run(action);
    expect(part.error).toBe(failure);
    expect(part.loading).toBe(false);
    expect(action).not.toHaveBeenCalled();
    await part.retry();
    expect(part.error).toBeUndefined();
    expect(action).toHaveBeenCalledExactlyOnceWith('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
