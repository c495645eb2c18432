// Initial-JavaScript budget over the build output, read from Vite's build manifest
// (dist/.vite/manifest.json): the entry and every chunk it imports statically, the interface texts
// it waits for before the first render, and the page shown first with its static imports.
// Dynamic imports (worksheet definitions, chart.js, SheetJS, other pages) are left out: they load
// only when used. Prints the figures; exits non-zero over budget. The build folder is the first
// argument (default dist/: `node scripts/bundle-budget.mjs /tmp/dist`).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 60 * 1024;
const dist = process.argv[2] ?? 'dist';
/** @type {Record<string, {file: string, imports?: string[], css?: string[], isEntry?: boolean}>} */
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const chunk = (key) => {
  const c = manifest[key];
  if (!c) throw new Error(`${key} is not in the build manifest (renamed or no longer lazy?)`);
  return c;
};
/** A chunk and everything it imports statically, as manifest keys. */
const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk(key).imports ?? []) closure(dep, seen);
  return seen;
};
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function report(label, keys) {
  const files = [...new Set([...keys].map((k) => chunk(k).file))];
  const css = [...new Set([...keys].flatMap((k) => chunk(k).css ?? []))];
  const js = files.reduce((s, f) => s + gz(f), 0);
  const names = files.map((f) => f.replace('assets/', '')).join(', ');
  console.log(`${label}: ${kb(js)} gzip JavaScript, ${kb(css.reduce((s, f) => s + gz(f), 0))} CSS (${names})`);
  return js;
}

const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entry) throw new Error('no entry in the build manifest');
// Before the first render the entry waits for the interface texts of the default language.
const base = closure('src/lib/i18n/en.ts', closure(entry));
const home = report('first screen (workbook list)', closure('src/lib/ui/Home.svelte', new Set(base)));
// A workbook's address loads Dexie at once beside its page (the list page only when it writes).
report(
  'a workbook opened directly',
  closure('src/lib/storage/db.ts', closure('src/lib/ui/WorkbookView.svelte', new Set(base))),
);
console.log(`budget: ${kb(BUDGET)} gzip JavaScript for the first screen`);
if (home > BUDGET) {
  console.error(`initial JavaScript over budget by ${kb(home - BUDGET)}`);
  process.exit(1);
}
