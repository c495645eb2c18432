import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { openExample, openSheet } from './util';
for (const lang of ['English', 'Polski'] as const)
  test(`explore ${lang}`, async ({ page }) => {
    await openExample(page, lang);
    const titles =
      lang === 'English'
        ? [/Grade your prospects/, /How loyal are your customers/, /Service standards scorecard/, /VIP contact plan/]
        : [/Oceń potencjalnych/, /Jak lojalni/, /Karta standardów/, /Plan kontaktów/];
    for (const t of titles) {
      await openSheet(page, t);
      await page.waitForTimeout(1000);
      const name = `${lang}-${String(t).replace(/\W+/g, '_')}`;
      writeFileSync(`/work/scratch/${name}.txt`, await page.locator('main').ariaSnapshot());
      await page.screenshot({ path: `/work/scratch/${name}.png`, fullPage: true });
    }
  });
