import { it } from 'vitest';
import { buildWorkbook } from './write-workbook';
import { writeXlsx } from './xlsx-writer';
import { readWorkbookFile } from './read-workbook';
import { newWorkbook } from '../storage/record';
import { loadAllDefinitions } from '../worksheets/index';
import { row } from '../worksheets/helpers';

it('3 × 10k round trip', async () => {
  const defs = await loadAllDefinitions();
  const r = newWorkbook('B', 'en', 0);
  const d = defs.find((x) => x.id === 'nps-survey')!.initial('en');
  r.sheets['nps-survey'] = d;
  d.tables['rounds'] = [1, 2, 3].map((k) => row({ label: '', date: '' }, `round-${k}`));
  for (const k of [1, 2, 3])
    d.tables[k === 1 ? 'respondents' : `respondents@round-${k}`] = Array.from({ length: 10000 }, (_, i) =>
      row({ score: String(i % 11) }),
    );
  let t = performance.now();
  const book = buildWorkbook(r, defs, 'en', new Date());
  const bytes = writeXlsx(book);
  console.log('export ms', performance.now() - t, 'bytes', bytes.length);
  t = performance.now();
  const back = readWorkbookFile(bytes, defs);
  console.log('import ms', performance.now() - t, back.ok ? 'ok' : JSON.stringify(back).slice(0, 300));
}, 120000);
