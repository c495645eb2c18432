// Initial-JavaScript budget over the build output (dist/): the entry module and everything it
// imports statically, the dictionary it waits for, plus the chunk of the page shown first. Dynamic imports (worksheet
// definitions, chart.js, SheetJS) are excluded: they load only when used. Prints the figures.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 60 * 1024;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\.?\/?([^"]+)"/)?.[1];
if (!entry) throw new Error('no entry script in dist/index.html');

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const staticImports = (file) => {
  const code = readFileSync(join(dist, file), 'utf8');
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g))
    out.push(`assets/${m[1]}`);
  return out;
};
const closure = (start) => {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(walk);
  };
  walk(start);
  return seen;
};
const assets = readdirSync(join(dist, 'assets'));
/** The chunk Vite named after a lazily loaded module (Home.svelte → Home-<hash>.js). */
const pageChunk = (name) => {
  const file = assets.find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  return file ? `assets/${file}` : undefined;
};

const report = (label, files) => {
  const total = [...files].reduce((s, f) => s + gz(f), 0);
  console.log(
    `${label}: ${(total / 1024).toFixed(1)} KB gzip (${[...files].map((f) => f.replace('assets/', '')).join(', ')})`,
  );
  return total;
};

// The entry waits for the interface dictionary (English by default) before the first render.
const dictionary = pageChunk('en');
if (!dictionary) throw new Error('dictionary chunk not found');
const base = new Set([...closure(entry), ...closure(dictionary)]);
const home = pageChunk('Home');
const workbook = pageChunk('WorkbookView');
if (!home || !workbook) throw new Error('page chunks not found');
const homeTotal = report('first screen (workbook list)', new Set([...base, ...closure(home)]));
const wbTotal = report('a worksheet opened directly', new Set([...base, ...closure(workbook)]));
console.log(`budget: ${(BUDGET / 1024).toFixed(0)} KB gzip for the first screen`);
if (homeTotal > BUDGET) {
  console.error(`initial JavaScript over budget by ${((homeTotal - BUDGET) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
void wbTotal;
