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

self.onmessage = async (e: MessageEvent<ArrayBuffer>) => {
  let answer: WorkerAnswer;
  try {
    const defs = await definitions;
    const start = performance.now();
    const result = readWorkbookFile(new Uint8Array(e.data), defs);
    answer = { ok: true, result: toWire(result), readMs: performance.now() - start };
  } catch {
    answer = { ok: false };
  }
  self.postMessage(answer);
};
