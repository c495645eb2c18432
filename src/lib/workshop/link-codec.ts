/**
 * A workbook carried in a link's address fragment (after "#", never sent to any server):
 * `#/open/w1.<base64url of deflate-raw(JSON)>`. The version prefix lets a later format be told
 * apart; the unpacked size is capped while inflating, so a crafted link cannot fill the memory.
 */
import { DATA_VERSION, repairWorkbook, type WorkbookRecord } from '../storage/record';

export const LINK_PREFIX = 'w1.';
/** The route part before the payload. */
export const LINK_ROUTE = '#/open/';
/** What a link may unpack to: far above a workbook a person types (the example is ~20 KB). */
export const MAX_LINK_UNPACKED = 2 * 1024 * 1024;
/** Mail and chat programs cut or refuse longer links: above this the page suggests the file. */
export const LONG_LINK_CHARS = 8_000;

export type LinkProblem = 'wrong-version' | 'damaged' | 'too-large' | 'not-ours' | 'newer-version';
export type Decoded = { ok: true; record: WorkbookRecord } | { ok: false; problem: LinkProblem };

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, cap = Infinity) {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Stop inflating as soon as the cap is passed: a decompression bomb is never unpacked whole.
    if (size > cap) {
      await reader.cancel();
      return 'too-large' as const;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The payload for a workbook (the trash flag dropped: the copy is a workbook in use). */
export async function encodeWorkbook(record: WorkbookRecord): Promise<string> {
  const json = JSON.stringify({ app: 'crm-workbook', workbook: { ...record, deletedAt: 0 } });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return LINK_PREFIX + toBase64Url(packed as Uint8Array);
}

export const linkFor = (base: string, payload: string): string => `${base.split('#')[0]}${LINK_ROUTE}${payload}`;

export async function decodeWorkbook(payload: string, cap = MAX_LINK_UNPACKED): Promise<Decoded> {
  const text = payload.trim();
  if (!text.startsWith(LINK_PREFIX)) return { ok: false, problem: /^w\d+\./.test(text) ? 'wrong-version' : 'damaged' };
  const bytes = fromBase64Url(text.slice(LINK_PREFIX.length));
  if (!bytes?.length) return { ok: false, problem: 'damaged' };
  let unpacked: Uint8Array | 'too-large';
  try {
    unpacked = await pipe(bytes, new DecompressionStream('deflate-raw'), cap);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (unpacked === 'too-large') return { ok: false, problem: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const o = raw as { app?: unknown; workbook?: unknown } | null;
  if (typeof o !== 'object' || o === null || o.app !== 'crm-workbook') return { ok: false, problem: 'not-ours' };
  const record = repairWorkbook(o.workbook);
  if (!record) return { ok: false, problem: 'not-ours' };
  if (record.dataVersion > DATA_VERSION) return { ok: false, problem: 'newer-version' };
  return { ok: true, record };
}

/** The payload in an address or pasted text ("…#/open/w1.…" or the bare "w1.…"). */
export function payloadOf(text: string): string | undefined {
  const t = text.trim();
  const at = t.indexOf(LINK_ROUTE);
  if (at >= 0) return t.slice(at + LINK_ROUTE.length);
  return /^w\d+\./.test(t) ? t : undefined;
}
