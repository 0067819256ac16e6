import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';
import { openLeadImport, confirmLeadImport } from './lead-import';

let app: RunningApp;
let page: Page;
beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await page.waitForSelector('[data-testid=new-contact]');
});
afterAll(async () => {
  await app?.close();
});

const go = (hash: string) => page.goto(new URL(`#${hash}`, page.url()).href);
const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/**
 * 50 leads as a Persian export would have them: a BOM, CRLF, Persian headers with one full-name
 * column, Persian digits in some phones and amounts, Arabic-keyboard letters, Persian channel
 * words, a blank line, and three bad rows (lines 13, 21 and 31 of the file).
 */
function leadsCsv(): Buffer {
  const first = ['علی', 'زهرا', 'محمد رضا', 'سارا', 'حسین', 'مریم', 'رضا', 'نگار', 'امیر', 'فاطمه'];
  const last = ['کریمی', 'احمدی', 'حسینی', 'رضایی', 'موسوی', 'نوری', 'صادقی', 'جعفری', 'کاظمی', 'هاشمی'];
  const channels = ['تلفن', 'پیامک', 'وب‌سایت', 'حضوری', 'اینستاگرام', 'ایمیل'];
  const rows: string[] = [];
  for (let i = 0; i < 50; i++) {
    const matching = i === 7;
    rows.push([
      matching ? 'بهرام تهرانی' : `${first[i % 10]} ${last[(i * 3) % 10]}`,
      // The company of an existing account, typed on an Arabic keyboard.
      matching ? 'صنايع غذايي آرين' : `شرکت ${['آلفا', 'بتا', 'گاما', 'دلتا', 'پارس'][i % 5]} ${i}`,
      i % 2 ? persian(`0912${String(1000000 + i * 37).padStart(7, '0')}`) : `0935${String(2000000 + i * 41).padStart(7, '0')}`,
      `lead${i}@example.ir`,
      channels[i % channels.length],
      'نمایشگاه الکامپ',
      i % 3 ? persian(String((i + 1) * 5_000_000)) : '',
      'تهران',
    ].join(','));
  }
  const lines = ['نام و نام خانوادگی,شرکت,موبایل,ایمیل,کانال,منبع,ارزش تخمینی,شهر', ...rows];
  lines.splice(12, 0, 'رضا مرادی,شرکت خطا,۱۲۳۴,,تلفن,,,'); // line 13: bad phone
  lines.splice(20, 0, 'مینا صالحی,شرکت خطا ۲,,mina@,پیامک,,,'); // line 21: bad e-mail
  lines.splice(30, 0, ',,09120000000,,تلفن,,,'); // line 31: no name
  lines.splice(40, 0, ''); // a blank line is not a row
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const importFile = (csv: Buffer) => openLeadImport(page, { name: 'سرنخ‌های نمایشگاه.csv', buffer: csv }, 53);

describe('leads: CSV import → report → qualify into an existing account', () => {
  let accountUrl = '';

  it('has an existing account the CSV will match', async () => {
    await go('/accounts/new');
    await page.fill('[data-testid=account-name]', 'صنایع غذایی آرین');
    await page.click('[data-testid=save-account]');
    await page.waitForSelector('[data-testid=record-title]');
    accountUrl = page.url();
    expect(accountUrl).toMatch(/#\/accounts\/[\w-]+$/);
  });

  it('imports 50 leads from a Persian CSV and reports the bad rows with their line numbers', async () => {
    await importFile(leadsCsv());
    expect(await page.inputValue('[data-testid=lead-import-map-4]')).toBe('کانال ارتباطی');
    // The preview shows rows as they will be stored: the full name split, the channel read.
    const preview = await page.locator('[data-testid=lead-import-preview-row]').first().innerText();
    expect(preview).toContain('علی کریمی');
    expect(preview).toContain('تلفن');

    // Validated only: nothing is written before the user confirms (the button names the count).
    const texts = await confirmLeadImport(page, { valid: 50, rejectedLines: ['13', '21', '31'] });
    expect(texts[0]).toContain('۱۳');
    expect(texts[0]).toContain('شماره تلفن نامعتبر است');
    expect(texts[1]).toContain('نشانی ایمیل نامعتبر است');
    expect(texts[1]).toContain('mina@');
    expect(texts[2]).toContain('نام یا نام شرکت ندارد');
    await expect.poll(() => page.locator('[data-testid=leads-count]').innerText(), { timeout: 10_000 }).toContain('۵۰');
  });

  it('imports the same file again without duplicating a lead', async () => {
    await importFile(leadsCsv());
    await page.click('[data-testid=lead-import-validate]');
    const review = page.locator('[data-testid=lead-import-review]');
    await review.waitFor();
    expect(await review.getAttribute('data-valid')).toBe('0');
    expect(await review.getAttribute('data-already')).toBe('50');
    expect(await page.isDisabled('[data-testid=lead-import-confirm]')).toBe(true);
  });

  it('qualifies the lead whose company matches the existing account: links it, creates a contact and an opportunity', async () => {
    await go('/leads');
    await page.fill('[data-testid=leads-search]', 'بهرام');
    await page.locator('[data-testid=lead-row]', { hasText: 'بهرام تهرانی' }).waitFor();
    await page.locator('[data-testid=lead-row]', { hasText: 'بهرام تهرانی' }).click();
    await page.waitForSelector('[data-testid=record-title] >> text=بهرام تهرانی');
    expect(await page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('new');
    const leadUrl = page.url();

    await page.click('[data-testid=lead-qualify]');
    await page.waitForSelector('[data-testid=qualify-submit]');
    // The existing account is offered (name matched despite ي/ك) and chosen; the person is new.
    const match = page.locator('[data-testid=qualify-account-match]');
    expect(await match.count()).toBe(1);
    expect(await match.isChecked()).toBe(true);
    expect(await page.locator('[data-testid=qualify-account] label', { hasText: 'استفاده از موجود' }).innerText()).toContain('صنایع غذایی آرین');
    expect(await page.isChecked('[data-testid=qualify-contact-new]')).toBe(true);
    expect(await page.inputValue('[data-testid=qualify-opportunity-name]')).toBe('صنایع غذایی آرین');
    await page.click('[data-testid=qualify-submit]');

    const became = page.locator('[data-testid=lead-became]');
    await became.waitFor();
    expect(page.url()).toBe(leadUrl);
    expect(await page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('qualified');
    const accountLink = page.locator('[data-testid=lead-became-account] a');
    await accountLink.waitFor();
    expect(await accountLink.innerText()).toBe('صنایع غذایی آرین');
    expect(new URL(accountUrl).hash).toBe(await accountLink.getAttribute('href'));
    expect(await page.locator('[data-testid=lead-became-contact] a').innerText()).toBe('بهرام تهرانی');
    expect(await page.getAttribute('[data-testid=lead-became-opportunity] a', 'href')).toMatch(/^#\/opportunities\/opp-[0-9a-f]{28}$/);
    expect(await page.locator('[data-testid=lead-became-opportunity] a').innerText()).toBe('صنایع غذایی آرین');

    // The new contact belongs to the existing account; no second «آرین» account was made.
    await page.click('[data-testid=lead-became-contact] a');
    await page.waitForSelector('[data-testid=record-title] >> text=بهرام تهرانی');
    await go('/accounts');
    await page.waitForSelector('[data-testid=account-row]');
    expect((await page.locator('[data-testid=account-row]').allInnerTexts()).filter((r) => r.includes('آرین'))).toHaveLength(1);
  });
});

describe('leads: the form, status actions, delete with undo', () => {
  it('refuses a lead without a name with a translated message, then saves one with a channel and a value', async () => {
    await go('/leads/new');
    await page.waitForSelector('[data-testid=save-lead]');
    await page.click('[data-testid=save-lead]');
    await page.waitForSelector('text=نام یا نام شرکت را وارد کنید.');
    await page.fill('[data-testid=lead-firstName]', 'کاوه');
    await page.fill('[data-testid=lead-lastName]', 'آهنگر');
    await page.fill('[data-testid=lead-companyName]', 'آهنگری کاوه');
    await page.click('[data-testid=lead-channel]');
    await page.getByRole('option', { name: 'حضوری' }).click();
    await page.fill('[data-testid=lead-estimatedValue]', '۲٬۵۰۰٬۰۰۰');
    await page.click('[data-testid=save-lead]');
    await page.waitForSelector('[data-testid=record-title] >> text=کاوه آهنگر');
    expect(await page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('new');
    expect(await page.locator('[data-testid=lead-estimated-value]').innerText()).toContain('۲٬۵۰۰٬۰۰۰');
  });

  it('marks the lead contacted, disqualifies it only with a reason, and reopens it', async () => {
    await page.click('[data-testid=lead-mark-contacted]');
    await expect.poll(() => page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('contacted');
    await page.click('[data-testid=lead-disqualify]');
    await page.click('[data-testid=disqualify-confirm]');
    await page.waitForSelector('[data-testid=disqualify-modal] >> text=دلیل را بنویسید.');
    await page.getByText('بودجه ندارد', { exact: true }).click();
    await page.click('[data-testid=disqualify-confirm]');
    await expect.poll(() => page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('disqualified');
    expect(await page.locator('[data-testid=lead-disqualified]').innerText()).toContain('بودجه ندارد');
    await page.click('[data-testid=lead-reopen]');
    await expect.poll(() => page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('contacted');
    expect(await page.locator('[data-testid=lead-disqualified]').count()).toBe(0);
  });

  it('deletes the lead after asking, and brings it back with undo', async () => {
    const url = page.url();
    await page.click('[data-testid=delete-record]');
    await page.click('[data-testid=confirm-accept]');
    await page.waitForSelector('[data-testid=leads-list], [data-testid=empty-state]');
    await page.click('[data-testid=undo-delete]');
    await page.waitForSelector('text=«کاوه آهنگر» بازگردانده شد.');
    await page.goto(url);
    await page.waitForSelector('[data-testid=record-title] >> text=کاوه آهنگر');
  });
});

describe('leads: Ctrl+K finds leads and opportunities', () => {
  async function quickSearch(query: string) {
    await page.keyboard.press('Control+K');
    const input = page.locator('[data-testid=quick-search-input]');
    await input.waitFor();
    await input.fill(query);
  }

  it('finds an imported lead by part of its phone in Persian digits and opens it with Enter', async () => {
    await page.waitForSelector('[data-testid=search-ready]', { state: 'attached' });
    await go('/accounts');
    // Row 13 of the CSV: سارا هاشمی, 09121000481.
    await quickSearch(persian('0912100048'));
    const hit = page.locator('[data-testid=quick-search-result]', { hasText: 'سارا هاشمی' });
    await hit.waitFor();
    expect(await page.locator('[data-testid=quick-search-result]').count()).toBe(1);
    expect(await hit.locator('[data-testid=quick-search-kind]').innerText()).toBe('سرنخ');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=record-title] >> text=سارا هاشمی');
    expect(page.url()).toMatch(/#\/leads\/[\w-]+$/);
  });

  it('finds the qualified opportunity by its name, under its account, and opens it', async () => {
    await quickSearch('صنایع غذایی آرین');
    const hit = page.locator('[data-testid=quick-search-result]', { has: page.locator('[data-testid=quick-search-kind]', { hasText: 'فرصت فروش' }) });
    await hit.waitFor();
    expect(await hit.innerText()).toContain('صنایع غذایی آرین');
    // The account, its new contact and the lead are found by that name too, each with its kind.
    const kinds = await page.locator('[data-testid=quick-search-kind]').allInnerTexts();
    expect(kinds).toEqual(expect.arrayContaining(['حساب', 'مخاطب', 'سرنخ', 'فرصت فروش']));
    await hit.click();
    await page.waitForSelector('[data-testid=record-title] >> text=صنایع غذایی آرین');
    expect(page.url()).toMatch(/#\/opportunities\/opp-[0-9a-f]{28}$/);
  });
});
