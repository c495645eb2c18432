import { describe, expect, it } from 'vitest';
import { isCodeLoadFailure, loadFailureKind } from './load-failure';

describe('code that failed to load', () => {
  it.each([
    [new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'), true],
    [new TypeError('error loading dynamically imported module: http://x/assets/a.js'), true],
    [new TypeError('Importing a module script failed.'), true],
    [new Error('Unable to preload CSS for /assets/a.css'), true],
    [new Error('QuotaExceededError'), false],
    ['Failed to fetch dynamically imported module', true],
    [undefined, false],
  ])('%s → %s', (err, expected) => {
    expect(isCodeLoadFailure(err)).toBe(expected);
  });

  it('says offline when the browser is offline, else a new version is the likely cause', () => {
    const err = new TypeError('Failed to fetch dynamically imported module: x');
    expect(loadFailureKind(err, false)).toBe('offline');
    expect(loadFailureKind(err, true)).toBe('updated');
    expect(loadFailureKind(new Error('other'), false)).toBe('other');
  });
});
