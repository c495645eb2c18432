import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { read } from 'xlsx';
import { SHOTS, expectNoAxeViolations, output } from './util';
import { printToPdf } from './report-pdf';

// Issue 16: a Chinese-speaking trainee chooses 中文 and works in Chinese, as a new user would.

const EXAMPLE = '示例 — 波罗的海自行车有限公司';
const nav = (page: Page) => page.getByRole('navigation', { name: '练习' });
const open = (page: Page, title: string) => nav(page).getByRole('link', { name: title }).click();

async function chooseChinese(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '你的工作簿' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function exampleInChinese(page: Page) {
  await chooseChinese(page);
  await page.getByRole('button', { name: '试用示例' }).click();
  await page.waitForURL(/#\/w\//);
}

test('中文 on the list: remembered, and the list, cards and dates are Chinese', async ({ page }) => {
  await chooseChinese(page);
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: '备份与恢复' })).toBeVisible();
  await expect(page.getByRole('region', { name: '从 Excel 导入' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '你的工作簿' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '试用示例' }).click();
  await page.waitForURL(/#\/w\//);
  await page.getByRole('link', { name: '← 全部工作簿' }).click();
  await expect(page.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/zh-list-${width}.png`, fullPage: true });
  }
});

test('a worksheet of each module, the summary and the report in Chinese; full-width input read as typed', async ({
  page,
}) => {
  await exampleInChinese(page);
  // Module I: the quadrant names of the glossary.
  await open(page, '客户兴趣 / 影响力矩阵');
  await expect(page.getByRole('heading', { name: '客户兴趣 / 影响力矩阵', level: 2 })).toBeVisible();
  await expect(page.getByText('关键参与者').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Module II: the example's NPS, with zh-CN numbers.
  await open(page, '净推荐值（NPS）调查');
  await expect(output(page, '回答数')).toHaveText('12');
  await expect(output(page, '推荐者占比')).toHaveText('58.3%');
  await expect(output(page, '净推荐值（NPS）')).toHaveText('+42');
  // Full-width digits and point, as a Chinese input method types them.
  const first = page.getByLabel('受访者 1 — 评分', { exact: true });
  await first.fill('７．５');
  await expect(page.getByText('评分必须是 0 到 10 之间的整数').first()).toBeVisible();
  await expect(output(page, '回答数')).toHaveText('11');
  await first.fill('０');
  await expect(output(page, '回答数')).toHaveText('12');
  await expect(output(page, '净推荐值（NPS）')).toHaveText('+25');
  await expectNoAxeViolations(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/zh-nps-${width}.png`, fullPage: width > 400 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Module III: an amount typed with a full-width comma as decimal mark, shown in yuan.
  await open(page, 'CRM 战略七步法');
  const cost = page.getByLabel('第 7 步 — 预计使用成本', { exact: true });
  await expect(cost).toHaveValue('37500');
  await cost.fill('３７５００，５');
  await expect(output(page, '预计成本')).toHaveText('¥37,500.50');
  await expectNoAxeViolations(page);

  // Module IV: the crisis plan's example risk.
  await open(page, '危机管理计划');
  await expect(page.getByRole('heading', { name: '危机管理计划', level: 2 })).toBeVisible();
  await expect(page.getByText('风险热力图').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Module V: the ABC classes.
  await open(page, '哪些客户支撑着企业？（ABC / 帕累托分析）');
  await expect(page.locator('#worksheet-title')).toContainText('ABC');
  await expectNoAxeViolations(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/zh-abc-${width}.png`, fullPage: width > 400 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Summary and report.
  await nav(page).getByRole('link', { name: '汇总' }).click();
  await expect(page.getByRole('heading', { name: '汇总', level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/zh-summary-390.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The report, printed: Chinese titles and answers in the PDF, none of the app's chrome.
  await nav(page).getByRole('link', { name: '报告' }).click();
  await expect(page.getByRole('heading', { name: '客户关系诊断' })).toBeVisible();
  await expectNoAxeViolations(page);
  const { text } = await printToPdf(page, 'report-zh');
  const flat = text.replace(/\s+/g, '');
  for (const s of ['客户关系诊断', '净推荐值（NPS）调查', '危机管理计划', '哪些客户支撑着企业？'])
    expect(flat).toContain(s);
  for (const chrome of ['导出到Excel', 'Customerrelationshipdiagnostic', 'ExporttoExcel'])
    expect(flat).not.toContain(chrome);
});

test('the Excel export is Chinese, with real numbers, and imports back', async ({ page }) => {
  await exampleInChinese(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出到 Excel' }).click(),
  ]);
  const path = await download.path();
  const book = read(readFileSync(path), { type: 'buffer' });
  const nps = book.Sheets['nps-survey']!;
  expect(nps['A1']).toMatchObject({ v: '净推荐值（NPS）调查' });
  expect(nps['A5']).toMatchObject({ v: '回答数' });
  expect(nps['B5']).toMatchObject({ t: 'n', v: 12 });
  expect(book.Sheets['crm-strategy']!['A1']).toMatchObject({ v: 'CRM 战略七步法' });
  // The summary sheet lists the worksheets by their Chinese titles.
  const summary = JSON.stringify(book.Sheets[book.SheetNames[0]!]);
  expect(summary).toContain('客户兴趣 / 影响力矩阵');

  // Back on the list, the same file imported as a new workbook.
  await page.getByRole('link', { name: '← 全部工作簿' }).click();
  await page.getByLabel('导入 .xlsx 文件…', { exact: true }).setInputFiles(path);
  const preview = page.getByRole('region', { name: /^导入 “/ });
  await expect(preview).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/zh-import-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await preview.getByRole('button', { name: '导入', exact: true }).click();
  const done = page.getByRole('region', { name: '从 Excel 导入' }).getByRole('status');
  await expect(done).toContainText('已从');
  await done.getByRole('link').click();
  await open(page, '净推荐值（NPS）调查');
  await expect(output(page, '回答数')).toHaveText('12');
});
