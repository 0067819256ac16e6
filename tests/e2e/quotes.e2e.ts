import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso } from '../../shared/dates';
import { amountInWords, formatAmount, money } from '../../shared/money';
import { launchApp, type RunningApp } from './app';

/*
 * The issue's quote, in Persian, typed in tomans (the default unit), computed by hand (rials):
 *   1  لپ‌تاپ اداری      3 × 450,000,000 = 1,350,000,000, less 10 %      = 1,215,000,000
 *   2  نصب و راه‌اندازی  1 × 120,000,000 =   120,000,000, less 20,000,000 =   100,000,000
 *   3  کابل شبکه      25.5 ×     850,000 =    21,675,000                  =    21,675,000
 *   subtotal 1,336,675,000; overall 4 % = 53,467,000; taxable 1,283,208,000;
 *   VAT 10 % = 128,320,800; total 1,411,528,800 rials = 141,152,880 tomans.
 */
const TOTAL_MINOR = 1_411_528_800;
const TOTAL_DIGITS = '۱۴۱٬۱۵۲٬۸۸۰';
const TOTAL_WORDS = 'یکصد و چهل و یک میلیون و یکصد و پنجاه و دو هزار و هشتصد و هشتاد تومان';

let app: RunningApp;
let page: Page;
let workDir: string;
beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  workDir = mkdtempSync(join(tmpdir(), 'peyvand-quote-pdf-'));
  await page.waitForSelector('[data-testid=new-contact]');
});
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await app?.close();
});

const go = (hash: string) => page.goto(new URL(`#${hash}`, page.url()).href);
const text = (selector: string) => page.locator(selector).first().innerText();
const lineOrder = () => page.locator('[data-testid=quote-line]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line-id')));

/**
 * pdftotext writes Persian in logical order wrapped in bidi embedding marks, and splits the
 * lam-alef ligature back as «ال». Both sides get the same treatment before comparing.
 */
function normalizePdfText(raw: string): string {
  return raw
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/لا/g, 'ال')
    .replace(/\s+/g, ' ');
}

describe('quotes: a proforma invoice from lines to PDF, in Persian', () => {
  it('creates the customer with its national ID and a contact person', async () => {
    await go('/accounts/new');
    await page.fill('[data-testid=account-name]', 'صنایع غذایی آرین');
    await page.getByLabel('شناسه ملی').fill('۱۰۱۰۱۲۳۴۵۶۷');
    await page.click('[data-testid=save-account]');
    await page.waitForSelector('[data-testid=record-title]');
    await page.click('[data-testid=add-contact-to-account]');
    await page.fill('[data-testid=contact-firstName]', 'مریم');
    await page.fill('[data-testid=contact-lastName]', 'احمدی');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=contact-account-link]');
    await page.waitForSelector('[data-testid=search-ready]', { state: 'attached' });
  });

  it('starts from an empty list; a new quote is dated today, valid 15 days, with the default VAT', async () => {
    await page.click('a[href="#/quotes"]');
    await page.waitForSelector('[data-testid=empty-state]');
    expect(await text('[data-testid=empty-state]')).toContain('هنوز پیش‌فاکتوری صادر نشده است');
    await page.click('[data-testid=new-quote]');
    await page.waitForSelector('[data-testid=quote-editor]');
    const shortDate = (iso: string) => formatDate(iso, { calendar: 'jalali', digits: 'persian', language: 'fa', style: 'short' });
    expect(await page.inputValue('[data-testid=quote-issue-date]')).toBe(shortDate(todayIso()));
    expect(await page.inputValue('[data-testid=quote-valid-until]')).toBe(shortDate(addDays(todayIso(), 15)));
    expect(await page.inputValue('[data-testid=quote-vat]')).toBe('۱۰');
  });

  it('takes three lines (a percent and an amount line discount), an overall discount, and totals them live', async () => {
    await page.fill('[data-testid=quote-title]', 'تجهیز دفتر مرکزی');
    await page.fill('[data-testid=quote-account]', 'آرین');
    await page.locator('[role=option]', { hasText: 'صنایع غذایی آرین' }).click();
    await page.click('[data-testid=quote-contact]');
    await page.locator('[role=option]', { hasText: 'مریم احمدی' }).click();

    await page.fill('[data-testid=line-0-description]', 'لپ‌تاپ اداری');
    await page.fill('[data-testid=line-0-unit]', 'دستگاه');
    await page.fill('[data-testid=line-0-quantity]', '۳');
    await page.fill('[data-testid=line-0-price]', '۴۵٬۰۰۰٬۰۰۰');
    await page.keyboard.press('Tab');
    await page.selectOption('[data-testid=line-0-discount-kind]', 'percent');
    await page.fill('[data-testid=line-0-discount-percent]', '۱۰');

    await page.click('[data-testid=add-line]');
    await page.fill('[data-testid=line-1-description]', 'نصب و راه‌اندازی');
    await page.fill('[data-testid=line-1-price]', '12,000,000');
    await page.keyboard.press('Tab');
    await page.selectOption('[data-testid=line-1-discount-kind]', 'amount');
    // A discount larger than the line: the error is on that line's discount field, translated.
    await page.fill('[data-testid=line-1-discount-amount]', '۲۰۰٬۰۰۰٬۰۰۰');
    await page.keyboard.press('Tab');
    const discountField = page.locator('[data-testid=quote-line]').nth(1).locator('.mantine-InputWrapper-root', { has: page.locator('[data-testid=line-1-discount-amount]') });
    await discountField.locator('text=تخفیف از مبلغی که بر آن اعمال می‌شود بیشتر است.').waitFor();
    expect(await text('[data-testid=total-total]')).toBe('—');
    await page.fill('[data-testid=line-1-discount-amount]', '۲٬۰۰۰٬۰۰۰');
    await page.keyboard.press('Tab');
    await discountField.locator('text=تخفیف از مبلغی').waitFor({ state: 'detached' });

    await page.click('[data-testid=add-line]');
    await page.fill('[data-testid=line-2-description]', 'کابل شبکه');
    await page.fill('[data-testid=line-2-unit]', 'متر');
    await page.fill('[data-testid=line-2-quantity]', '۲۵٫۵');
    await page.fill('[data-testid=line-2-price]', '۸۵٬۰۰۰');
    await page.keyboard.press('Tab');

    await page.selectOption('[data-testid=overall-discount-kind]', 'percent');
    await page.fill('[data-testid=overall-discount-percent]', '۴');
    await page.waitForSelector(`[data-testid=quote-totals][data-total-minor="${TOTAL_MINOR}"]`);
    expect(await text('[data-testid=total-total]')).toBe(`${TOTAL_DIGITS}\u00a0تومان`);
    expect(await text('[data-testid=total-words]')).toBe(`به حروف: ${TOTAL_WORDS}`);
    expect(await text('[data-testid=line-0-net]')).toBe('۱۲۱٬۵۰۰٬۰۰۰\u00a0تومان');
  });

  it('moves a line with Alt+↑ / Alt+↓ and keeps the focus on it', async () => {
    const before = await lineOrder();
    await page.focus('[data-testid=line-2-description]');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await lineOrder()).toEqual([before[0], before[2], before[1]]);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid=quote-line]')?.getAttribute('data-line-id'))).toBe(before[2]);
    await page.keyboard.press('Alt+ArrowDown');
    expect(await lineOrder()).toEqual(before);
  });

  it('saves with a provisional number at once and shows the same total on the quote', async () => {
    await page.click('[data-testid=save-quote]');
    await page.waitForSelector('[data-testid=quote-detail-totals]');
    const number = await page.locator('[data-testid=record-title] [data-testid=quote-number] bdi').innerText();
    expect(number).toMatch(/^P-[2-9A-HJ-NP-Z]{8}-1$/);
    expect(await text('[data-testid=provisional-hint]')).toContain('شمارهٔ نهایی پس از همگام‌سازی');
    expect(await page.getAttribute('[data-testid=quote-detail-totals]', 'data-total-minor')).toBe(String(TOTAL_MINOR));
    expect(await text('[data-testid=quote-total]')).toBe(`${TOTAL_DIGITS}\u00a0تومان`);
    expect(await page.locator('[data-testid=quote-line-row]').count()).toBe(3);
    await page.click('[data-testid=change-status]');
    await page.click('[data-testid=status-sent]');
    await page.waitForSelector('[data-testid=quote-status-badge][data-status=sent]');
    expect(await text('[data-testid=quote-status-badge]')).toBe('ارسال‌شده');
    await page.click('a[href="#/quotes"]');
    await page.waitForSelector('[data-testid=quote-row]');
    expect(await text('[data-testid=quote-row]')).toContain(number);
    expect(await text('[data-testid=quote-row-total]')).toBe(`${TOTAL_DIGITS}\u00a0تومان`);
    await page.click('[data-testid=quote-row]');
    await page.waitForSelector('[data-testid=quote-detail-totals]');
  });

  it('prints an A4 page whose PDF text has the total in Persian digits and words and the Jalali issue date', async () => {
    await page.click('[data-testid=open-print]');
    await page.waitForSelector('[data-testid=quote-print][data-ready=true]');
    expect(await page.getAttribute('[data-testid=quote-print]', 'dir')).toBe('rtl');
    expect(await text('[data-testid=export-pdf-hint]')).toContain('ذخیره به‌صورت PDF');
    expect(await page.evaluate(() => document.fonts.check('12px Vazirmatn', 'پیش‌فاکتور'))).toBe(true);

    const pdfPath = join(workDir, 'quote.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/\(A4\)/);
    // Chromium embeds the variable Vazirmatn as unnamed Type 3 fonts; a glyph drawn from a
    // system fallback font would appear as a named TrueType/CID font.
    const fontRows = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter((row) => row.trim());
    expect(fontRows.length).toBeGreaterThan(0);
    for (const row of fontRows) expect(row).toMatch(/^\[none\]\s+Type 3\b/);

    const pdfText = normalizePdfText(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    const issueDate = formatDate(todayIso(), { calendar: 'jalali', digits: 'persian', language: 'fa', style: 'short' });
    // The same figures as shared/money writes them, and as computed by hand above.
    expect(formatAmount(money(TOTAL_MINOR, 'IRR'), { digits: 'persian', irrUnit: 'toman' })).toBe(TOTAL_DIGITS);
    expect(amountInWords(money(TOTAL_MINOR, 'IRR'), 'fa', 'toman')).toBe(TOTAL_WORDS);
    expect(pdfText).toContain(TOTAL_DIGITS);
    expect(pdfText).toContain(normalizePdfText(TOTAL_WORDS));
    expect(pdfText).toContain(issueDate);
    expect(pdfText).toContain(normalizePdfText('صنایع غذایی آرین'));
    expect(pdfText).toContain('۱۰۱۰۱۲۳۴۵۶۷');
    expect(pdfText).toContain('پیش‌فاکتور');
    // The app's own frame stays off the paper.
    expect(pdfText).not.toContain('فرصت‌های فروش');
    expect(pdfText).not.toContain('خروجی PDF');
  });
});
