/**
 * What the "Import from Excel" card does with a chosen file, loaded when one is chosen
 * (ExcelImportCard.svelte is the light shell shown at once): the file checked, read off the page's
 * thread, validated against the worksheets, and, once the user confirmed the preview, written as a
 * new workbook or over one. SheetJS and the worksheet definitions load only then, with this.
 */
import { workbooks } from '../state/workbooks.svelte';
import { hrefWorkbook } from '../state/route.svelte';
import type { ImportedWorkbook, ReadResult } from '../export/read-workbook';
import { fromWire } from '../export/import-wire';
import type { WorkbookRecord } from '../storage/record';
import type { Lang, WorksheetDef } from '../worksheets/types';
import { loadAllDefinitions } from '../worksheets/index';
import { problemText, q, type ImportChoice, type Limits } from './excel-import-text';
import { translate } from '../i18n/translate';
import { newRecordFrom, replacedRecord } from '../export/import-plan';
// Only a constructor here: the worker's code loads when a file is read.
import ReadWorker from '../export/read-workbook.worker?worker';
import type { WorkerAnswer, WorkerRequest } from '../export/read-workbook.worker';

export { default as ExcelImportPreview } from './ExcelImportPreview.svelte';

export type Preview = { fileName: string; workbook: ImportedWorkbook; defs: WorksheetDef[] };
export type Message =
  | { kind: 'ok'; text: (l: Lang) => string; open: { href: string; text: (l: Lang) => string } }
  | { kind: 'error'; text: (l: Lang) => string };

// Destructured imports: no module namespace objects in the bundle.
async function loadReader() {
  const [{ readWorkbookFile, MAX_IMPORT_BYTES, MAX_SHEET_ROWS, MAX_CELL_CHARS }, { inflateZip, MAX_INFLATED_BYTES }] =
    await Promise.all([import('../export/read-workbook'), import('../export/zip-limit')]);
  const defs = await loadAllDefinitions();
  const limits = {
    bytes: MAX_IMPORT_BYTES,
    rows: MAX_SHEET_ROWS,
    chars: MAX_CELL_CHARS,
    inflated: MAX_INFLATED_BYTES,
  } satisfies Limits;
  return { readWorkbookFile, inflateZip, limits, defs };
}

/** A worker started before a file is chosen (its code and the definitions loading meanwhile). */
let spare: Worker | undefined;

/** Gets the reader ready while the user picks a file: the page's part and a worker. */
export function warmReader(): void {
  void loadReader().catch(() => undefined);
  if (spare) return;
  try {
    spare = new ReadWorker();
  } catch {
    // No worker here: the page reads the file itself.
  }
}

/**
 * The file read in a worker, so a large file does not freeze the page (a 50,000-respondent file
 * takes seconds); undefined when no worker can run here (the page reads it then).
 */
function readInWorker(
  bytes: Uint8Array,
  inflated: Map<string, Uint8Array> | undefined,
  defs: readonly WorksheetDef[],
): Promise<ReadResult | undefined> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = spare ?? new ReadWorker();
      spare = undefined;
    } catch {
      return resolve(undefined);
    }
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      const result = e.data.ok ? fromWire(e.data.result, defs) : undefined;
      if (!e.data.ok || !result) return reject(new Error('unreadable'));
      performance.measure('crm:import-parse', { start: performance.now() - e.data.readMs, duration: e.data.readMs });
      resolve(result);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    // A copy: the page keeps its bytes for the fallback. The inflated parts are handed over
    // (transferred, not copied): the page has no more use for them.
    const request: WorkerRequest = {
      bytes: bytes.slice().buffer,
      ...(inflated ? { parts: [...inflated].map(([name, data]) => [name, data.buffer as ArrayBuffer]) } : {}),
    };
    worker.postMessage(request, request.parts?.map(([, data]) => data) ?? []);
  });
}

const refused = (file: string, reason: (l: Lang) => string): { message: Message } => ({
  message: { kind: 'error', text: (lg) => translate(lg, 'importRefused', { file: q(file, lg), reason: reason(lg) }) },
});

/** A chosen file checked and read: what it holds, or why it is refused. */
export async function readChosenFile(file: File): Promise<{ preview: Preview } | { message: Message }> {
  let loaded: Awaited<ReturnType<typeof loadReader>>;
  try {
    loaded = await loadReader();
  } catch {
    return refused(file.name, (lg) => translate(lg, 'importLoadFailed'));
  }
  const { readWorkbookFile, inflateZip, limits, defs } = loaded;
  // Checked before the bytes are read: a huge file is never loaded into memory.
  if (file.size > limits.bytes) return refused(file.name, (lg) => problemText({ code: 'too-large' }, lg, limits));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refused(file.name, (lg) => problemText({ code: 'unreadable' }, lg, limits));
  }
  // What the file inflates to, natively and off the page's thread, before SheetJS sees it. Each
  // step is timed for the benchmark (scripts/bench-nps.mjs prints them).
  let start = performance.now();
  const checked = bytes.length && bytes[0] === 0x50 ? await inflateZip(bytes).catch(() => undefined) : undefined;
  const bomb = checked && 'code' in checked ? checked : undefined;
  const inflated = checked && 'parts' in checked ? checked.parts : undefined;
  performance.measure('crm:import-check', { start });
  if (bomb)
    return refused(file.name, (lg) =>
      problemText(bomb.code === 'zip-damaged' ? { code: 'unreadable' } : bomb, lg, limits),
    );
  let result: ReturnType<typeof readWorkbookFile>;
  try {
    start = performance.now();
    result = (await readInWorker(bytes, inflated, defs)) ?? readWorkbookFile(bytes, defs);
    performance.measure('crm:import-read', { start });
  } catch {
    // Anything the reader did not foresee: the file is not what it should be.
    return refused(file.name, (lg) => problemText({ code: 'unreadable' }, lg, limits));
  }
  if (!result.ok) {
    const problem = result.problem;
    return refused(file.name, (lg) => problemText(problem, lg, limits));
  }
  await workbooks.refresh();
  return { preview: { fileName: file.name, workbook: result.workbook, defs } };
}

/** Writes the import as the user chose in the preview; the message says what happened. */
export async function confirmImport(preview: Preview, choice: ImportChoice): Promise<Message> {
  const { workbook, defs, fileName } = preview;
  let record: WorkbookRecord;
  if (choice.kind === 'new') {
    record = newRecordFrom(workbook, defs, choice.name, Date.now());
  } else {
    // The newest stored version (another tab may have changed it since the preview).
    const target = await workbooks.record(choice.id);
    if (!target || target.deletedAt) return { kind: 'error', text: (lg) => translate(lg, 'importTargetGone') };
    record = replacedRecord(workbook, target, defs, Date.now());
  }
  if (!(await workbooks.importRecords([record]))) return { kind: 'error', text: (lg) => translate(lg, 'importFailed') };
  const name = record.name;
  const template = choice.kind === 'new' ? 'importCreated' : 'importReplaced';
  return {
    kind: 'ok',
    text: (lg) => translate(lg, template, { name: q(name, lg), file: q(fileName, lg) }),
    open: { href: hrefWorkbook(record.id), text: (lg) => translate(lg, 'importOpenIt', { name: q(name, lg) }) },
  };
}
