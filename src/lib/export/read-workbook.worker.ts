/**
 * The Excel import's parse, off the page's thread: a legal 50,000-respondent file takes seconds
 * to read, and the page must stay responsive meanwhile. Loaded lazily (Vite `?worker`) by the
 * import card; answers one message, the file's bytes, with readWorkbookFile's result in the
 * form that copies fast between threads (import-wire.ts).
 */
import { readWorkbookFile } from './read-workbook';
import { toWire, type WireResult } from './import-wire';
import { loadAllDefinitions } from '../worksheets/index';

/** `readMs`: the read itself, in the worker (the benchmark tells it from the worker's start and the answer's copy). */
export type WorkerAnswer = { ok: true; result: WireResult; readMs: number } | { ok: false };

// At the worker's start: it may be started while the user is still choosing the file.
const definitions = loadAllDefinitions();

/** The file's bytes, and its parts inflated already by the page's size check (zip-limit.ts). */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  parts?: [string, ArrayBuffer][];
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  let answer: WorkerAnswer;
  try {
    const defs = await definitions;
    const start = performance.now();
    const { bytes, parts } = e.data;
    const inflated = parts && new Map(parts.map(([name, data]) => [name, new Uint8Array(data)]));
    const result = readWorkbookFile(new Uint8Array(bytes), defs, inflated);
    answer = { ok: true, result: toWire(result), readMs: performance.now() - start };
  } catch {
    answer = { ok: false };
  }
  self.postMessage(answer);
};
