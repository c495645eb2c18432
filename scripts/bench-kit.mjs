// What the browser benchmarks share: a build served by `vite preview`, Debian Chromium launched
// as playwright.config.ts does, and a table of figures against their targets.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

// Same as playwright.config.ts (browsers cannot be downloaded here).
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function waitForServer(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start at ${url}`);
}

/**
 * Builds (unless BENCH_SKIP_BUILD), serves and launches; `run(browser, base, report)` measures.
 * Prints the table and sets a failing exit code when a figure misses its target.
 */
export async function bench(title, { port, dist }, run) {
  if (!process.env.BENCH_SKIP_BUILD) {
    const b = spawnSync('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { stdio: 'ignore', detached: true },
  );
  const results = [];
  const report = (name, value, target, unit = 'ms') => {
    const ok = target === undefined ? '' : value < target ? 'ok' : 'MISSED';
    const shown = unit === 'KB' ? `${value.toFixed(1)} KB` : ms(value);
    results.push({ name, shown, target: target === undefined ? '' : `< ${target} ${unit}`, ok });
  };
  let browser;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base);
    browser = await chromium.launch(LAUNCH);
    await run(browser, base, report);
  } finally {
    await browser?.close();
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  }
  console.log(`\n${title} (Debian Chromium, headless)`);
  for (const r of results) console.log(`${r.name.padEnd(56)} ${r.shown.padStart(10)}  ${r.target.padEnd(10)} ${r.ok}`);
  if (results.some((r) => r.ok === 'MISSED')) process.exitCode = 1;
}
