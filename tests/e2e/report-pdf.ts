import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS } from './util';

/** The report as the browser's "Save as PDF" makes it, read back as text, with its page count. */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; path: string }> {
  // Every picture drawn first (their code loads on demand), as a user sees before printing.
  await expect(page.locator('.report-document')).toBeVisible();
  await expect
    .poll(() =>
      page
        .locator('.report-picture')
        .evaluateAll((els) => els.length > 0 && els.every((e) => e.querySelector('canvas, svg, table'))),
    )
    .toBe(true);
  mkdirSync(test.info().outputDir, { recursive: true });
  const path = join(test.info().outputDir, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
  // First pages as pictures, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '4', path, join(SHOTS, name)]);
  return { text, pages, path };
}
