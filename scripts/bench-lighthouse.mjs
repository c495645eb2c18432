// Lighthouse's performance audit of the built app (dist/) in Debian's Chromium, mobile and desktop
// presets, on three pages: the home page on a first visit, a fresh workbook's first worksheet and
// the example's NPS worksheet (both as a returning user: their data is in IndexedDB, so storage is
// kept). Prints the score with CLS, TBT and LCP per page. A benchmark, not a test: it checks nothing.
// Run: `npm run build && npm run bench:lighthouse` (CHROME_PATH overrides /usr/bin/chromium).
// Env: BENCH_PORT (4390), BENCH_DIST (dist): another build folder, e.g. one per worktree.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PORT = Number(process.env.BENCH_PORT ?? 4390);

const server = await preview({
  build: { outDir: process.env.BENCH_DIST ?? 'dist' },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const base = `http://127.0.0.1:${PORT}/`;
const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });

/** Makes the pages' data through the interface, as a user would: a workbook and the example. */
async function prepare() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(base);
  await page.getByLabel('Workbook name').fill('Lighthouse');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/#\/w\//);
  const fresh = page.url();
  await page.goto(base);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\//);
  const example = page.url().split('#/w/')[1].split('/')[0];
  await page.close();
  await browser.close(); // only the CDP connection: Chrome stays up for Lighthouse
  return { fresh, nps: `${base}#/w/${example}/nps-survey` };
}

async function audit(url, desktop, keepStorage) {
  const flags = { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' };
  const result = await lighthouse(
    url,
    { ...flags, disableStorageReset: keepStorage },
    desktop ? desktopConfig : undefined,
  );
  const lhr = result.lhr;
  const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    cls: num('cumulative-layout-shift').toFixed(3),
    tbt: `${num('total-blocking-time').toFixed(0)} ms`,
    lcp: `${num('largest-contentful-paint').toFixed(0)} ms`,
  };
}

try {
  const home = await audit(base, false, false); // a first visit, storage cleared
  const { fresh, nps } = await prepare();
  const rows = [];
  for (const desktop of [false, true]) {
    const preset = desktop ? 'desktop' : 'mobile';
    rows.push({ page: 'home (first visit)', preset, ...(desktop ? await audit(base, true, false) : home) });
    rows.push({ page: 'fresh workbook', preset, ...(await audit(fresh, desktop, true)) });
    rows.push({ page: 'example NPS worksheet', preset, ...(await audit(nps, desktop, true)) });
  }
  console.table(rows);
} finally {
  await chrome.kill();
  await new Promise((done) => server.httpServer.close(done));
}
