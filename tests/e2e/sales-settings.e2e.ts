import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

// An admin (local-only mode: the local user is an admin) sets up sales, in Persian, offline.
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await page.waitForSelector('a[href="#/settings"]');
});
afterAll(async () => {
  await app?.close();
});

const go = (path: string) => page.goto(new URL(`#${path}`, page.url()).href);
const innerText = (selector: string) => page.locator(selector).first().innerText();
const rateRows = () => page.locator('[data-testid=rate-row]');

// Persian headers, a BOM, both calendars and both digit sets; line 4 names an unknown currency.
const RATES_CSV = [
  '\uFEFFارز,تاریخ,نرخ',
  'یورو,۱۴۰۵/۰۸/۲۰,"۱٬۱۵۰٬۰۰۰"',
  'AED,2026-11-10,290000',
  'XYZ,1405/08/20,100',
  'دلار,1405/08/01,1000000',
  '',
].join('\r\n');

describe('sales settings: rates, stages and company details persist', () => {
  it('opens from the Settings page', async () => {
    await go('/settings');
    await page.click('[data-testid=open-sales-settings]');
    await page.waitForSelector('[data-testid=currencies-panel]');
    expect(await innerText('h2')).toBe('تنظیمات فروش');
    expect(await innerText('[data-testid=currencies-panel]')).toContain('ارز پایه');
  });

  it('adds a USD rate by hand, typed in Persian digits, shown with grouping', async () => {
    await page.click('[data-testid=tab-rates]');
    await page.waitForSelector('[data-testid=rate-entry]');
    expect(await page.locator('[data-testid=today-USD]').getAttribute('data-has-rate')).toBe('false');
    expect(await innerText('[data-testid=missing-rates]')).toContain('دلار (USD)');
    expect(await page.inputValue('[data-testid=rate-currency]')).toBe('دلار (USD)');
    await page.fill('[data-testid=rate-value]', 'abc');
    await page.click('[data-testid=rate-save]');
    await page.waitForSelector('text=نرخ باید عدد باشد');
    await page.fill('[data-testid=rate-value]', '۱٬۰۵۰٬۰۰۰');
    expect(await innerText('[data-testid=rate-preview]')).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
    await page.click('[data-testid=rate-save]');
    await page.waitForSelector('[data-testid=rate-row]');
    expect(await rateRows().first().innerText()).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
    expect(await page.locator('[data-testid=today-USD]').getAttribute('data-has-rate')).toBe('true');
    expect(await innerText('[data-testid=today-USD]')).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
  });

  it('imports a CSV of rates: the preview reports the bad row by line, cancel writes nothing, import writes the rest', async () => {
    const file = { name: 'نرخ‌ها.csv', mimeType: 'text/csv', buffer: Buffer.from(RATES_CSV, 'utf8') };
    await page.setInputFiles('[data-testid=rates-import-input]', file);
    const summary = page.locator('[data-testid=rate-import-summary]');
    await summary.waitFor();
    expect(await summary.getAttribute('data-new')).toBe('3');
    expect(await summary.getAttribute('data-rejected')).toBe('1');
    const rejected = page.locator('[data-testid=rate-import-rejected-row]');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.getAttribute('data-line')).toBe('4');
    expect(await rejected.innerText()).toContain('ارز شناخته نشد');
    // Cancel: nothing is written.
    await page.click('[data-testid=rate-import-cancel]');
    await page.waitForSelector('[data-testid=rate-import]', { state: 'detached' });
    expect(await rateRows().count()).toBe(1);

    await page.setInputFiles('[data-testid=rates-import-input]', file);
    await summary.waitFor();
    await page.click('[data-testid=rate-import-confirm]');
    await page.waitForSelector('[data-testid=rate-import]', { state: 'detached' });
    await page.waitForSelector('text=۳ نرخ وارد شد.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=rate-row]').length === 2);
    // USD history, newest first: today's manual rate, then the imported one of 1 Aban.
    expect(await rateRows().nth(1).innerText()).toContain('۱ آبان ۱۴۰۵');
    expect(await rateRows().nth(1).innerText()).toContain('۱٬۰۰۰٬۰۰۰ ریال برای ۱ دلار');
    expect(await page.locator('[data-testid=today-EUR]').getAttribute('data-has-rate')).toBe('true');
    expect(await innerText('[data-testid=today-EUR]')).toContain('۱٬۱۵۰٬۰۰۰ ریال برای ۱ یورو');
    expect(await page.locator('[data-testid=missing-rates]').count()).toBe(0);
  });

  it('renames a stage and moves it up with the keyboard', async () => {
    await page.click('[data-testid=tab-stages]');
    await page.waitForSelector('[data-testid=stages-builtin]');
    const second = page.locator('[data-stage-id=needsAnalysis] [data-testid=stage-name]');
    await second.fill('بررسی نیاز مشتری');
    await page.fill('[data-stage-id=needsAnalysis] [data-testid=stage-probability]', '۳۰');
    await second.press('Alt+ArrowUp');
    await page.waitForFunction(() => document.querySelector('[data-testid=stage-row]')?.getAttribute('data-stage-id') === 'needsAnalysis');
    // Focus stays on the moved stage's name, so it can be moved again.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-stage-id]')?.getAttribute('data-stage-id'))).toBe('needsAnalysis');
    // The up/down buttons do the same: move the (now) last-but-one stage down.
    await page.click('[data-stage-id=negotiation] [data-testid=stage-down]');
    await page.click('[data-testid=stages-save]');
    await page.waitForSelector('text=مراحل فروش ذخیره شد.');
    await page.waitForSelector('[data-testid=stages-builtin]', { state: 'detached' });
    // Saved as typed (Persian digits read as 30): nothing is left unsaved.
    await page.waitForSelector('[data-testid=stages-save][disabled]');
  });

  it('sets the company name and the default VAT', async () => {
    await page.click('[data-testid=tab-company]');
    await page.waitForSelector('[data-testid=company-panel]');
    expect(await page.inputValue('[data-testid=company-vat]')).toBe('۱۰');
    await page.fill('[data-testid=company-name]', 'بازرگانی پیوند پارس');
    await page.fill('[data-testid=company-nationalId]', '۱۲۳');
    await page.fill('[data-testid=company-vat]', '۹');
    await page.click('[data-testid=company-save]');
    await page.waitForSelector('text=شناسه ملی باید ۱۱ رقم باشد.');
    await page.fill('[data-testid=company-nationalId]', '۱۰۱۰۰۱۲۳۴۵۶');
    await page.click('[data-testid=company-save]');
    await page.waitForSelector('text=مشخصات شرکت ذخیره شد.');
    await page.waitForSelector('[data-testid=company-save][disabled]');
    expect(await page.inputValue('[data-testid=company-nationalId]')).toBe('10100123456');
  });

  it('shows everything again after a restart', async () => {
    page = await app.restart();
    await page.waitForSelector('a[href="#/settings"]');
    await go('/settings/sales/rates');
    await page.waitForSelector('[data-testid=rate-row]');
    expect(await rateRows().count()).toBe(2);
    expect(await rateRows().first().innerText()).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
    await page.click('[data-testid=history-currency]');
    await page.locator('[role=option]:visible').filter({ hasText: 'یورو (EUR)' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=rate-row]')?.getAttribute('data-rate') === '1150000');
    expect(await innerText('[data-testid=rate-row]')).toContain('۲۰ آبان ۱۴۰۵');

    await page.click('[data-testid=tab-stages]');
    await page.waitForSelector('[data-testid=stage-row]');
    const order = await page.locator('[data-testid=stage-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-stage-id')));
    expect(order).toEqual(['needsAnalysis', 'prospecting', 'proposal', 'closing', 'negotiation']);
    expect(await page.inputValue('[data-stage-id=needsAnalysis] [data-testid=stage-name]')).toBe('بررسی نیاز مشتری');
    expect(await page.inputValue('[data-stage-id=needsAnalysis] [data-testid=stage-probability]')).toBe('۳۰');
    expect(await page.locator('[data-testid=stages-builtin]').count()).toBe(0);

    await page.click('[data-testid=tab-company]');
    await page.waitForSelector('[data-testid=company-panel]');
    expect(await page.inputValue('[data-testid=company-name]')).toBe('بازرگانی پیوند پارس');
    expect(await page.inputValue('[data-testid=company-nationalId]')).toBe('10100123456');
    expect(await page.inputValue('[data-testid=company-vat]')).toBe('۹');
  });
});
