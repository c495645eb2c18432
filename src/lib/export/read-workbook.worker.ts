/**
 * The Excel import's parse, off the page's thread: a legal 50,000-respondent file takes seconds
 * to read, and the page must stay responsive meanwhile. Loaded lazily (Vite `?worker`) by the
 * import card; answers one message, the file's bytes, with readWorkbookFile's result.
 */
import { readWorkbookFile, type ReadResult } from './read-workbook';
import { loadAllDefinitions } from '../worksheets/index';

/** `readMs`: the read itself, in the worker (the benchmark tells it from the worker's start and the answer's copy). */
export type WorkerAnswer = { ok: true; result: ReadResult; readMs: number } | { ok: false };

self.onmessage = async (e: MessageEvent<ArrayBuffer>) => {
  let answer: WorkerAnswer;
  try {
    const defs = await loadAllDefinitions();
    const start = performance.now();
    const result = readWorkbookFile(new Uint8Array(e.data), defs);
    answer = { ok: true, result, readMs: performance.now() - start };
  } catch {
    answer = { ok: false };
  }
  self.postMessage(answer);
};
