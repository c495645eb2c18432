/**
 * Zip bombs, generated here (nothing big is committed): high ratio, many entries, nested, and
 * sizes that lie. Each is refused from its directory (or by the native inflate) before SheetJS
 * would parse it.
 */
import { describe, expect, it } from 'vitest';
import { makeZip } from './zip-fixtures';
import {
  checkZip,
  inflateZip,
  MAX_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
  zipDirectoryProblem,
  zipEntries,
} from './zip-limit';

const zeros = (n: number) => new Uint8Array(n);

describe('zip limits', () => {
  it('an ordinary zip passes, its entries listed with their sizes', async () => {
    const text = new TextEncoder().encode('<sheet>'.repeat(1000));
    const zip = makeZip([
      { name: 'xl/workbook.xml', data: text },
      { name: 'a.txt', data: new Uint8Array([1, 2, 3]), stored: true },
    ]);
    expect(zipEntries(zip).map((e) => [e.name, e.uncompressed])).toEqual([
      ['xl/workbook.xml', 7000],
      ['a.txt', 3],
    ]);
    expect(zipDirectoryProblem(zip)).toBeUndefined();
    expect(await checkZip(zip)).toBeUndefined();
  });

  it('a high-ratio entry (64 MB of zeros in 64 KB) is refused by its ratio', () => {
    const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(64 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(100 * 1024);
    const problem = zipDirectoryProblem(zip);
    expect(problem).toMatchObject({ code: 'zip-ratio', entry: 'xl/worksheets/sheet1.xml' });
    expect(problem?.code === 'zip-ratio' && problem.ratio).toBeGreaterThan(500);
  });

  it('entries summing to more than the limit are refused before any is inflated', () => {
    // 1 MB parts are too small for the ratio rule; together they exceed the limit.
    const count = Math.floor(MAX_INFLATED_BYTES / (1024 * 1024)) + 1;
    const part = zeros(1024 * 1024);
    const zip = makeZip(Array.from({ length: count }, (_, i) => ({ name: `p${i}.xml`, data: part })));
    expect(zipDirectoryProblem(zip)).toEqual({ code: 'zip-inflated', bytes: count * 1024 * 1024 });
  });

  it('a stored entry whose sizes disagree is damaged', () => {
    expect(zipDirectoryProblem(makeZip([{ name: 'a.bin', data: zeros(10), declare: 5000, stored: true }]))).toEqual({
      code: 'zip-damaged',
    });
  });

  it('too many entries', () => {
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({
      name: `e${i}`,
      data: new Uint8Array([i & 255]),
      stored: true,
    }));
    expect(zipDirectoryProblem(makeZip(parts))).toEqual({ code: 'zip-entries', entries: MAX_ZIP_ENTRIES + 1 });
  });

  it('a nested bomb (zips of zips): the outer file is refused or passes harmlessly, the inner ones are never opened', async () => {
    let inner = makeZip([{ name: 'zeros.bin', data: zeros(8 * 1024 * 1024) }]);
    for (let level = 0; level < 3; level++)
      inner = makeZip(Array.from({ length: 10 }, (_, i) => ({ name: `level${level}-${i}.zip`, data: inner })));
    // Each level is a few KB of (already compressed) zip: the outer directory is modest.
    expect(zipEntries(inner)).toHaveLength(10);
    const start = performance.now();
    expect(await checkZip(inner)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('a directory that lies about an entry’s size is caught by the native inflate', async () => {
    const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(4 * 1024 * 1024), declare: 1000 }]);
    expect(zipDirectoryProblem(zip)).toBeUndefined();
    expect(await checkZip(zip)).toEqual({ code: 'zip-mismatch', entry: 'xl/worksheets/sheet1.xml' });
  });

  // Incompressible bytes, so the entries' compressed sizes fall on either side of the 16 KB
  // slices the inflater is fed: the verdict is the same wherever the slices cut.
  const noise = (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0, x = 7; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };
  it.each([
    ['one small piece', 100],
    ['just under one slice', 16 * 1024 - 40],
    ['just over one slice', 16 * 1024 + 40],
    ['exactly two slices of data', 32 * 1024],
    ['many slices', 300 * 1024],
  ])('%s (%i bytes): true sizes pass, one byte too few declared is caught', async (_, n) => {
    const data = noise(n);
    expect(await checkZip(makeZip([{ name: 'xl/sharedStrings.xml', data }]))).toBeUndefined();
    const lying = makeZip([{ name: 'xl/sharedStrings.xml', data, declare: n - 1 }]);
    expect(await checkZip(lying)).toEqual({ code: 'zip-mismatch', entry: 'xl/sharedStrings.xml' });
    // Kept for the reader, byte for byte, deflated or stored.
    const kept = await inflateZip(
      makeZip([
        { name: 'xl/sharedStrings.xml', data },
        { name: 'xl/styles.xml', data: data.subarray(0, 50), stored: true },
      ]),
    );
    expect('parts' in kept && kept.parts.get('xl/sharedStrings.xml')).toEqual(data);
    expect('parts' in kept && kept.parts.get('xl/styles.xml')).toEqual(data.subarray(0, 50));
    expect(await inflateZip(lying)).toEqual({ code: 'zip-mismatch', entry: 'xl/sharedStrings.xml' });
  });

  it('a damaged deflate stream is left to the reader (SheetJS refuses it), not taken for a lie', async () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<row/>'.repeat(5000)) }]);
    // The data starts after the 30-byte local header and the name: 0xff is a block of the reserved type.
    zip[30 + 'xl/workbook.xml'.length] = 0xff;
    expect(zipDirectoryProblem(zip)).toBeUndefined();
    expect(await checkZip(zip)).toBeUndefined();
    // Not kept: the reader inflates it itself, and refuses it.
    const kept = await inflateZip(zip);
    expect('parts' in kept && kept.parts.has('xl/workbook.xml')).toBe(false);
  });

  it('not a zip, or a truncated one', () => {
    expect(zipDirectoryProblem(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ code: 'zip-damaged' });
    const good = makeZip([{ name: 'a.xml', data: zeros(100) }]);
    expect(zipDirectoryProblem(good.slice(0, good.length - 30))).toEqual({ code: 'zip-damaged' });
  });
});
