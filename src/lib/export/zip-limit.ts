/**
 * Limits on what a zip (an .xlsx) may inflate to, checked before SheetJS parses anything: a 2 MB
 * file whose sheet inflates to 2 GB would otherwise freeze or kill the tab.
 *
 * Two steps. `zipDirectoryProblem` reads only the zip's directories (central and local headers),
 * synchronously: number of entries, sum of their declared sizes, each entry's compression ratio.
 * Declared sizes can lie, and SheetJS inflates the whole stream whatever they say, so
 * `checkZip` then inflates each entry with the browser's native DecompressionStream (off the main
 * thread's JavaScript, so the page stays responsive) and stops as soon as an entry gives more
 * than it declared. No dependency: the zip format's few fields are read here.
 */

/** What an export of the largest workbook the app reads inflates to is far below this. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** An .xlsx has a few dozen parts; a file with more is not a workbook a spreadsheet wrote. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Sheets' XML compresses 5–50 times; a part inflating more than this (once large) is a bomb. */
export const MAX_RATIO = 200;
/** Parts smaller than this may have any ratio (a tiny file of repeated text compresses well). */
const RATIO_FREE_BYTES = 1024 * 1024;

export type ZipProblem =
  /** Not a zip we can read: no directory, a directory pointing outside the file, encrypted. */
  | { code: 'zip-damaged' }
  | { code: 'zip-entries'; entries: number }
  | { code: 'zip-inflated'; bytes: number }
  | { code: 'zip-ratio'; entry: string; ratio: number }
  /** A part inflating to more than its directory declares: crafted to get past the first check. */
  | { code: 'zip-mismatch'; entry: string };

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where the entry's compressed data starts in the file. */
  dataStart: number;
}

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

/** ZIP64 sizes in an extra field (id 1), for the fields that are 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, start: number, length: number, entry: { compressed: number; uncompressed: number }) {
  for (let i = start; i + 4 <= start + length;) {
    const id = u16(b, i);
    const size = u16(b, i + 2);
    if (id === 1) {
      let at = i + 4;
      if (entry.uncompressed === 0xffffffff) {
        entry.uncompressed = u64(b, at);
        at += 8;
      }
      if (entry.compressed === 0xffffffff) entry.compressed = u64(b, at);
      return;
    }
    i += 4 + size;
  }
}

class Damaged extends Error {}

/** The entries listed in the central directory, with their data's place checked against the local headers. */
export function zipEntries(b: Uint8Array): ZipEntry[] {
  // The end-of-central-directory record: within the last 64 KiB (+22), searched from the end.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Damaged();
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  // ZIP64: the locator just before the record points at the 64-bit record.
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new Damaged();
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) throw new Damaged();
    count = u64(b, rec + 32);
    offset = u64(b, rec + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new TooMany(count);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new Damaged();
    const flags = u16(b, at + 8);
    if (flags & 0x41) throw new Damaged(); // encrypted
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const sizes = { compressed: u32(b, at + 20), uncompressed: u32(b, at + 24) };
    zip64Sizes(b, at + 46 + nameLength, extraLength, sizes);
    let local = u32(b, at + 42);
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength));
    // The local header: SheetJS uses its sizes, so they must not exceed the directory's.
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw new Damaged();
    const localFlags = u16(b, local + 6);
    const localSizes = { compressed: u32(b, local + 18), uncompressed: u32(b, local + 22) };
    const localName = u16(b, local + 26);
    const localExtra = u16(b, local + 28);
    zip64Sizes(b, local + 30 + localName, localExtra, localSizes);
    const described = (localFlags & 8) !== 0 && localSizes.uncompressed === 0;
    if (!described && (localSizes.uncompressed > sizes.uncompressed || localSizes.compressed > sizes.compressed))
      throw new Damaged();
    local += 30 + localName + localExtra;
    if (local + sizes.compressed > b.length) throw new Damaged();
    entries.push({ name, method: u16(b, at + 10), ...sizes, dataStart: local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

class TooMany extends Error {
  constructor(readonly entries: number) {
    super('too many entries');
  }
}

/** The problem the directory shows (too many entries, too much declared, a bomb's ratio), if any. */
export function zipDirectoryProblem(b: Uint8Array): ZipProblem | undefined {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(b);
  } catch (err) {
    if (err instanceof TooMany) return { code: 'zip-entries', entries: err.entries };
    if (err instanceof Damaged) return { code: 'zip-damaged' };
    throw err;
  }
  let total = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) return { code: 'zip-damaged' };
    if (e.method === 0 && e.compressed !== e.uncompressed) return { code: 'zip-damaged' };
    total += e.uncompressed;
    if (total > MAX_INFLATED_BYTES) return { code: 'zip-inflated', bytes: total };
    if (e.uncompressed > RATIO_FREE_BYTES && e.uncompressed > MAX_RATIO * Math.max(1, e.compressed)) {
      return { code: 'zip-ratio', entry: e.name, ratio: Math.round(e.uncompressed / Math.max(1, e.compressed)) };
    }
  }
  return undefined;
}

/**
 * Compressed bytes handed to the inflater at a time. A stream inflates each piece it is given
 * whole (there is no back-pressure inside one piece), and deflate gives at most ~1,032 bytes per
 * byte, so a bomb costs at most ~17 MB past the cap before the reader stops it.
 */
const SLICE = 16 * 1024;

/**
 * How many bytes a deflated entry really inflates to, stopping once past `cap`. The bytes are
 * written into the stream slice by slice: through `Blob.stream()` the same check took about
 * eight times as long in Chromium (31 ms instead of 4 ms for an example workbook's 30 parts).
 */
async function inflatedSize(data: Uint8Array, cap: number, keep?: Uint8Array): Promise<number> {
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  // Each write waits for the reader to ask for more; a damaged stream or a cancel rejects them.
  void (async () => {
    for (let at = 0; at < data.length; at += SLICE)
      await writer.write(data.subarray(at, at + SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => {});
  const reader = inflate.readable.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      // Kept (the entry's bytes, for the reader) while within what the directory declared.
      if (keep && size + value.length <= keep.length) keep.set(value, size);
      size += value.length;
      if (size > cap) return size;
    }
  } catch {
    // A damaged stream: SheetJS will refuse it; its size is what it gave so far.
    return size;
  } finally {
    void reader.cancel().catch(() => {});
  }
}

/**
 * The directory's check, then each deflated entry inflated natively: an entry that gives more
 * than its directory declared is a lie meant to get past the first check.
 */
export async function checkZip(b: Uint8Array): Promise<ZipProblem | undefined> {
  const checked = await inflateZip(b, false);
  return 'code' in checked ? checked : undefined;
}

/**
 * checkZip's check, keeping each entry's inflated bytes when `keep` (by name, as the zip has it):
 * the reader then need not inflate the file again in JavaScript. An entry that gave fewer bytes
 * than declared (a damaged stream) is left out: the reader inflates it and refuses what it cannot.
 */
export async function inflateZip(b: Uint8Array, keep = true): Promise<ZipProblem | { parts: Map<string, Uint8Array> }> {
  const problem = zipDirectoryProblem(b);
  if (problem) return problem;
  const parts = new Map<string, Uint8Array>();
  for (const e of zipEntries(b)) {
    const data = b.subarray(e.dataStart, e.dataStart + e.compressed);
    if (e.method === 0) {
      if (keep && e.compressed === e.uncompressed) parts.set(e.name, data.slice());
      continue;
    }
    if (e.method !== 8) continue;
    const into = keep ? new Uint8Array(e.uncompressed) : undefined;
    const size = await inflatedSize(data, e.uncompressed, into);
    if (size > e.uncompressed) return { code: 'zip-mismatch', entry: e.name };
    if (into && size === e.uncompressed) parts.set(e.name, into);
  }
  return { parts };
}
