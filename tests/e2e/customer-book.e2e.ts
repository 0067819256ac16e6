import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

// One story, as a Persian-speaking salesperson lives it: the steps share the app and its data.
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

const text = (selector: string) => page.locator(selector).first().innerText();
const htmlAttr = (name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

async function quickSearch(query: string) {
  await page.keyboard.press('Control+K');
  const input = page.locator('[data-testid=quick-search-input]');
  await input.waitFor();
  await input.fill(query);
}

describe('the customer book, in Persian, offline', () => {
  it('opens right-to-left in Persian with the bundled Vazirmatn font', async () => {
    expect(await htmlAttr('dir')).toBe('rtl');
    expect(await htmlAttr('lang')).toBe('fa');
    expect(await text('nav, [class*=Navbar]')).toContain('مخاطبان');
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px Vazirmatn') && getComputedStyle(document.body).fontFamily.includes('Vazirmatn');
    });
    expect(fontLoaded).toBe(true);
  });

  it('creates an account with a landline typed in Persian digits and a credit limit in toman', async () => {
    await page.click('a[href="#/accounts"]');
    await page.click('[data-testid=new-account]');
    await page.fill('[data-testid=account-name]', 'صنایع غذایی آرین');
    await page.click('[data-testid=phones-add]');
    await page.fill('[data-testid=phones-input-0]', '۰۲۱۸۸۷۷۶۶۵۵');
    await page.fill('[data-testid=account-creditLimit]', '۵۰۰٬۰۰۰٬۰۰۰');
    await page.click('[data-testid=save-account]');
    await page.waitForSelector('[data-testid=record-title]');
    expect(await text('[data-testid=record-title]')).toBe('صنایع غذایی آرین');
    expect(await text('[data-testid=account-credit-limit]')).toBe('۵۰۰٬۰۰۰٬۰۰۰\u00a0تومان');
    expect(await page.locator('a[href="tel:+982188776655"]').count()).toBe(1);
  });

  it('adds a contact to the account with a Persian-digit mobile and an email', async () => {
    await page.click('[data-testid=add-contact-to-account]');
    await page.fill('[data-testid=contact-firstName]', 'علی');
    await page.fill('[data-testid=contact-lastName]', 'کریمی');
    await page.fill('[data-testid=contact-jobTitle]', 'مدیر خرید');
    await page.click('[data-testid=phones-add]');
    await page.fill('[data-testid=phones-input-0]', '۰۹۱۲۱۲۳۴۵۶۷');
    await page.click('[data-testid=emails-add]');
    await page.fill('[data-testid=emails-input-0]', 'ali.karimi@arian-food.ir');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=record-title]');
    expect(await text('[data-testid=record-title]')).toBe('علی کریمی');
    expect(await text('[data-testid=contact-account-link]')).toBe('صنایع غذایی آرین');
    expect(await page.locator('a[href="tel:+989121234567"]').count()).toBe(1);
  });

  it('finds the contact by an Arabic-keyboard spelling (علي كريمي)', async () => {
    await page.waitForSelector('[data-testid=search-ready]', { state: 'attached' });
    await page.click('a[href="#/contacts"]');
    await quickSearch('علي كريمي');
    const hit = page.locator('[data-testid=quick-search-result]', { hasText: 'علی کریمی' });
    await hit.waitFor();
    await hit.click();
    await page.waitForSelector('[data-testid=record-title]');
    expect(await text('[data-testid=record-title]')).toBe('علی کریمی');
  });

  it('finds the contact by a phone typed in Persian digits, and in +98 form', async () => {
    for (const query of ['۰۹۱۲۱۲۳', '+98912123']) {
      await page.click('a[href="#/accounts"]');
      await quickSearch(query);
      const hit = page.locator('[data-testid=quick-search-result]', { hasText: 'علی کریمی' });
      await hit.waitFor();
      await hit.click();
      await page.waitForSelector('[data-testid=record-title]');
      expect(await text('[data-testid=record-title]')).toBe('علی کریمی');
    }
  });

  it('logs a task with a typed Jalali due date and completes it', async () => {
    await page.locator('[data-testid=activity-type]').getByText('وظیفه').click();
    await page.fill('[data-testid=activity-subject]', 'ارسال پیش‌فاکتور');
    await page.fill('[data-testid=activity-due]', '۱۴۰۵/۰۹/۱۰');
    await page.keyboard.press('Tab');
    await page.click('[data-testid=activity-save]');
    const task = page.locator('[data-testid=timeline-item][data-type=task]');
    await task.waitFor();
    expect(await task.getAttribute('data-status')).toBe('open');
    expect(await task.locator('[data-testid=task-due]').innerText()).toContain('۱۰ آذر ۱۴۰۵');
    await task.locator('[data-testid=task-complete]').click();
    await page.waitForSelector('[data-testid=timeline-item][data-type=task][data-status=done]');
  });

  it('switches to English (left-to-right, Gregorian) and back', async () => {
    await page.locator('[data-testid=language-switch]').getByText('English').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await htmlAttr('lang')).toBe('en');
    expect(await text('a[href="#/contacts"]')).toContain('Contacts');
    expect(await text('[data-testid=task-due]')).toContain('December 2026');
    await page.locator('[data-testid=language-switch]').getByText('فارسی').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await htmlAttr('lang')).toBe('fa');
    expect(await text('[data-testid=task-due]')).toContain('آذر');
  });

  it('finds everything still there after a restart, still in Persian', async () => {
    page = await app.restart();
    await page.waitForSelector('[data-testid=contacts-list]:not([data-preview]) [data-testid=contact-row]');
    expect(await htmlAttr('dir')).toBe('rtl');
    await page.locator('[data-testid=contact-row]', { hasText: 'علی کریمی' }).click();
    await page.waitForSelector('[data-testid=timeline-item][data-type=task][data-status=done]');
    expect(await text('[data-testid=contact-account-link]')).toBe('صنایع غذایی آرین');
  });
});
