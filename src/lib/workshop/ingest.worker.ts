/**
 * Reading participants' files off the page's thread: thirty workbooks of 200 respondents take
 * a while to read, and the page must stay responsive. Each worker of the pool (intake.ts) reads files one after another.
 */
import { loadAllDefinitions } from '../worksheets/index';
import { ingestFile, type Ingested } from './ingest';

export interface IngestRequest {
  id: number;
  fileName: string;
  bytes: ArrayBuffer;
  now: number;
}
export type IngestAnswer = { id: number } & ({ done: true; result: Ingested } | { done: false });

const defs = loadAllDefinitions();

self.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const { id, fileName, bytes, now } = e.data;
  let answer: IngestAnswer;
  try {
    answer = { id, done: true, result: await ingestFile(fileName, new Uint8Array(bytes), await defs, now) };
  } catch {
    answer = { id, done: false };
  }
  self.postMessage(answer);
};
