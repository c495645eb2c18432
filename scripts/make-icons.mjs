// Renders the app's install icons (PNG) from one drawing, in Debian's Chromium. Run by hand when
// the mark changes (`node scripts/make-icons.mjs`); the PNGs are committed, the build only copies them.
import { chromium } from 'playwright-core';

// The favicon's diamond. "any" icons fill the square; "maskable" ones keep the mark inside the
// central 80% safe zone, since launchers crop them to a circle or a rounded square.
const svg = (size, maskable) => {
  const r = maskable ? 0 : size * 0.19;
  const s = maskable ? 0.6 : 1;
  const c = size / 2;
  const h = size * 0.31 * s;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" rx="${r}" fill="#1f5f8b"/>
    <path d="M${c} ${c - h}L${c + h} ${c}L${c} ${c + h}L${c - h} ${c}z" fill="#fff"/></svg>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, maskable } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${svg(size, maskable)}</body>`);
  await page.locator('svg').screenshot({ path: `public/icons/${file}`, omitBackground: true });
  console.log(`public/icons/${file}`);
}
await browser.close();
