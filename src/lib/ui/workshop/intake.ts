/**
 * Reading a choice of participants' files: a few workers read them side by side (the page stays
 * responsive); where no worker can run, the page reads them itself. Links are decoded here.
 */
import type { WorksheetDef } from '../../worksheets/types';
import type { IngestProblem, Ingested } from '../../workshop/ingest';
import type { IngestAnswer, IngestRequest } from '../../workshop/ingest.worker';
import IngestWorker from '../../workshop/ingest.worker?worker';
import type { MessageKey } from '../../i18n/en';
import type { Lang } from '../../worksheets/types';
import type { Params } from '../../i18n/translate';
import { problemText } from '../excel-import-text';
import type { BackupProblem } from '../../storage/backup';
import { LINK } from './intake-text';

/** The readers on the page itself: only where no worker runs, and for links. */
async function reader() {
  const { ingestFile, ingestLink } = await import('../../workshop/ingest');
  return { ingestFile, ingestLink };
}

export interface FileResult {
  fileName: string;
  result: Ingested;
}

/** Workers reading at once: one per core, up to four (each loads the definitions once). */
function poolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores));
}

function startWorker(): Worker | undefined {
  try {
    return new IngestWorker();
  } catch {
    return undefined;
  }
}

/** Readers not used for this long end (each holds ~5 MB: SheetJS and the definitions). */
const IDLE_MS = 60_000;

/**
 * The group page's readers. `warm` starts them when the page opens or the trainer reaches for
 * the files (the file button, a drag over the drop zone), so a worker's own start (its script,
 * SheetJS and the definitions: ~0.3 s) is over before the files are chosen; they end a minute
 * after their last use, or with `close` when the page goes.
 */
export class ReaderPool {
  #workers: (Worker | undefined)[] = [];
  #idle: ReturnType<typeof setTimeout> | undefined;

  warm(): void {
    if (!this.#workers.length) this.#workers = Array.from({ length: poolSize() }, startWorker);
    this.#later();
  }

  close(): void {
    clearTimeout(this.#idle);
    for (const w of this.#workers) w?.terminate();
    this.#workers = [];
  }

  #later() {
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.close(), IDLE_MS);
  }

  /**
   * The files read side by side (the page stays free), results in the files' order; `each` is
   * told of every file as it comes in (the page works out its results while the others are read).
   */
  async read(
    files: readonly File[],
    defs: readonly WorksheetDef[],
    now: number,
    each?: (result: FileResult) => void,
  ): Promise<FileResult[]> {
    this.warm();
    const out: FileResult[] = new Array<FileResult>(files.length);
    let next = 0;
    const serve = async (slot: number) => {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i]!;
        let bytes: ArrayBuffer;
        try {
          bytes = await file.arrayBuffer();
        } catch {
          out[i] = { fileName: file.name, result: { ok: false, problem: { kind: 'backup', problem: 'not-json' } } };
          continue;
        }
        const worker = this.#workers[slot];
        const inWorker = worker ? await ask(worker, { id: i, fileName: file.name, bytes, now }) : undefined;
        // A worker that failed is not asked again (a file it choked on is read here instead).
        if (worker && !inWorker) {
          worker.terminate();
          this.#workers[slot] = undefined;
        }
        const done: FileResult = {
          fileName: file.name,
          result: inWorker ?? (await here(file, worker ? undefined : bytes)),
        };
        out[i] = done;
        each?.(done);
      }
    };
    // Read on the page: the bytes given to a worker were transferred, so they are read again.
    const here = async (file: File, bytes: ArrayBuffer | undefined) =>
      (await reader()).ingestFile(file.name, new Uint8Array(bytes ?? (await file.arrayBuffer())), defs, now);
    clearTimeout(this.#idle);
    try {
      await Promise.all(this.#workers.slice(0, Math.max(1, files.length)).map((_, slot) => serve(slot)));
    } finally {
      this.#later();
    }
    return out;
  }
}

function ask(worker: Worker, req: IngestRequest): Promise<Ingested | undefined> {
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<IngestAnswer>) => resolve(e.data.done ? e.data.result : undefined);
    worker.onerror = () => resolve(undefined);
    worker.postMessage(req, [req.bytes]);
  });
}

export async function readLinks(text: string, defs: readonly WorksheetDef[], now: number, name: (n: number) => string) {
  const lines = text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return Promise.all(
    lines.map(async (line, i) => ({
      fileName: name(i + 1),
      result: await (await reader()).ingestLink(line, name(i + 1), defs, now),
    })),
  );
}

const BACKUP: Record<BackupProblem, MessageKey> = {
  'too-large': 'problemTooLarge',
  'not-json': 'problemNotJson',
  'not-ours': 'problemNotOurs',
  'newer-version': 'problemNewerVersion',
  'no-data': 'problemNoData',
  empty: 'problemEmpty',
};

/** Why a file was refused, in the page's language (the Excel import's and the backup's own words). */
export function reasonText(p: IngestProblem, lang: Lang, t: (key: MessageKey, params?: Params) => string): string {
  switch (p.kind) {
    case 'xlsx':
      return `${problemText(p.problem, lang, p.limits)}.`;
    case 'backup':
      return t(BACKUP[p.problem]);
    case 'link':
      return t(LINK[p.problem]);
    case 'unknown':
      return t('wsRefusedUnknown');
    case 'no-workbooks':
      return t('wsRefusedNoWorkbooks');
  }
}
