/**
 * The Excel import's parse, off the page's thread: a legal 50,000-respondent file takes seconds
 * to read, and the page must stay responsive meanwhile. Loaded lazily (Vite `?worker`) by the
 * import card; answers one message, the file's bytes, with readWorkbookFile's result.
 */
import { readWorkbookFile, type ReadResult } from './read-workbook';
import { loadAllDefinitions } from '../worksheets/index';

export type WorkerAnswer = { ok: true; result: ReadResult } | { ok: false };

self.onmessage = async (e: MessageEvent<ArrayBuffer>) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, result: readWorkbookFile(new Uint8Array(e.data), await loadAllDefinitions()) };
  } catch {
    answer = { ok: false };
  }
  self.postMessage(answer);
};
