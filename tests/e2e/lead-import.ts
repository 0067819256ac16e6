import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const faDigits = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/**
 * Leads → Import CSV with a file whose headers are Persian («نام و نام خانوادگی», …, «موبایل»,
 * …): up to the mapping step, checking the row count and the columns suggested from the
 * headers. The spec checks its own preview rows next, then calls `confirmLeadImport`.
 */
export async function openLeadImport(page: Page, file: { name: string; buffer: Buffer }, rows: number) {
  await page.goto(new URL('#/leads', page.url()).href);
  await page.click('[data-testid=leads-import]');
  await page.setInputFiles('[data-testid=lead-import-file-input]', { name: file.name, mimeType: 'text/csv', buffer: file.buffer });
  await page.waitForSelector('[data-testid=lead-import-mapping]');
  expect(await page.getAttribute('[data-testid=lead-import-row-count]', 'data-count')).toBe(String(rows));
  // Suggested from the Persian headers.
  expect(await page.inputValue('[data-testid=lead-import-map-0]')).toBe('نام و نام خانوادگی');
  expect(await page.inputValue('[data-testid=lead-import-map-2]')).toBe('تلفن');
}

/**
 * Validates (nothing is written yet: the confirm button names the count), confirms, and checks
 * the report: all valid rows in, the rejected ones listed by their line in the file. Returns the
 * rejected rows' texts (their reasons) and ends on the leads list.
 */
export async function confirmLeadImport(page: Page, expected: { valid: number; rejectedLines: string[] }): Promise<string[]> {
  await page.click('[data-testid=lead-import-validate]');
  const review = page.locator('[data-testid=lead-import-review]');
  await review.waitFor();
  expect(await review.getAttribute('data-valid')).toBe(String(expected.valid));
  expect(await review.getAttribute('data-rejected')).toBe(String(expected.rejectedLines.length));
  expect(await page.locator('[data-testid=lead-import-confirm]').innerText()).toContain(`ورود ${faDigits(expected.valid)} سرنخ`);

  await page.click('[data-testid=lead-import-confirm]');
  const done = page.locator('[data-testid=lead-import-done]');
  await done.waitFor();
  expect(await done.getAttribute('data-status')).toBe('completed');
  expect(await done.getAttribute('data-inserted')).toBe(String(expected.valid));
  expect(await done.innerText()).toContain(`${faDigits(expected.valid)} سرنخ وارد شد.`);
  const rejected = page.locator('[data-testid=lead-import-rejected-row]');
  expect(await rejected.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')))).toEqual(expected.rejectedLines);
  const reasons = await rejected.allInnerTexts();

  await page.click('[data-testid=lead-import-open-leads]');
  await page.waitForSelector('[data-testid=lead-row]');
  return reasons;
}
