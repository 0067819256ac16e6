import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso } from '../../shared/dates';
import { launchApp, type RunningApp } from './app';

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

async function createContact(first: string, last: string, phone: string, tags: string[] = []) {
  await page.goto(new URL('#/contacts/new', page.url()).href);
  await page.fill('[data-testid=contact-firstName]', first);
  await page.fill('[data-testid=contact-lastName]', last);
  await page.click('[data-testid=phones-add]');
  await page.fill('[data-testid=phones-input-0]', phone);
  for (const tag of tags) {
    await page.fill('[data-testid=contact-tags]', tag);
    await page.keyboard.press('Enter');
  }
  await page.click('[data-testid=save-contact]');
  await page.waitForSelector('[data-testid=record-title]');
}

const rows = () => page.locator('[data-testid=contact-row]').allInnerTexts();

describe('records: validation, duplicates, delete with undo, saved list views', () => {
  it('shows translated field errors and writes nothing for bad input', async () => {
    await page.click('[data-testid=new-contact]');
    await page.click('[data-testid=emails-add]');
    await page.fill('[data-testid=emails-input-0]', 'ali@');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=form-error]');
    expect(await page.locator('[data-testid=form-error]').innerText()).toContain('خطاهای مشخص‌شده');
    expect(await page.locator('text=نشانی ایمیل نامعتبر است.').count()).toBeGreaterThan(0);
    await page.fill('[data-testid=emails-input-0]', '');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('text=نام یا نام خانوادگی را وارد کنید.');
    await page.click('a[href="#/contacts"]');
    await page.waitForSelector('[data-testid=empty-state]');
  });

  it('asks before discarding unsaved changes', async () => {
    await page.click('[data-testid=new-contact]');
    await page.fill('[data-testid=contact-lastName]', 'نیمه‌کاره');
    await page.click('[data-testid=cancel-form]');
    await page.waitForSelector('text=تغییرات ذخیره نشده‌اند');
    await page.click('[data-testid=confirm-cancel]');
    expect(await page.inputValue('[data-testid=contact-lastName]')).toBe('نیمه‌کاره');
    await page.click('[data-testid=cancel-form]');
    await page.click('[data-testid=confirm-accept]');
    await page.waitForSelector('[data-testid=empty-state]');
  });

  it('warns about a duplicate by name (Arabic-keyboard letters) and by phone, with a link to it', async () => {
    await createContact('علی', 'کریمی', '09121234567', ['نمایشگاه']);
    const firstUrl = page.url();
    await page.waitForSelector('[data-testid=search-ready]', { state: 'attached' });
    await page.click('a[href="#/contacts"]');
    await page.click('[data-testid=new-contact]');
    await page.fill('[data-testid=contact-firstName]', 'علي');
    await page.fill('[data-testid=contact-lastName]', 'كريمي');
    const warning = page.locator('[data-testid=duplicate-warning]');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('نام یکسان');
    await page.fill('[data-testid=contact-lastName]', 'رضایی');
    await page.click('[data-testid=phones-add]');
    await page.fill('[data-testid=phones-input-0]', '+98 912 123 4567');
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-testid=duplicate-warning] >> text=شماره تلفن یکسان');
    await warning.locator('a').click();
    await page.waitForSelector('[data-testid=record-title]');
    expect(page.url()).toBe(firstUrl);
  });

  it('deletes after confirmation and restores with undo', async () => {
    await page.click('[data-testid=delete-record]');
    await page.click('[data-testid=confirm-accept]');
    await page.waitForSelector('[data-testid=empty-state]');
    await page.click('[data-testid=undo-delete]');
    await page.waitForSelector('[data-testid=contact-row] >> text=علی کریمی');
  });

  it('filters by tag and sorts by name in Persian order, and remembers the view after a restart', async () => {
    await createContact('پریسا', 'یزدانی', '09351234567', ['نمایشگاه']);
    await createContact('بهرام', 'احمدی', '09131234567');
    await page.click('a[href="#/contacts"]');
    await page.waitForSelector('[data-testid=contact-row]');
    expect((await rows()).map((r) => r.split('\n')[0])).toEqual(['بهرام احمدی', 'پریسا یزدانی', 'علی کریمی']);
    await page.click('[data-testid=filter-tag]');
    await page.click('[role=option] >> text=نمایشگاه');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=contact-row]').length === 2);
    // The first page of this view is cached for the next cold start's first paint.
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.startsWith('peyvand.firstPage.contacts:name:') && k.includes('نمایشگاه') && JSON.parse(localStorage.getItem(k)!).length === 2));
    page = await app.restart();
    await page.waitForSelector('[data-testid=contacts-list]:not([data-preview]) [data-testid=contact-row]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=contact-row]').length === 2);
    expect((await rows()).map((r) => r.split('\n')[0])).toEqual(['پریسا یزدانی', 'علی کریمی']);
  });

  it('opens a row from the keyboard', async () => {
    await page.locator('[data-testid=contact-row]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-index') === '1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=record-title]');
    expect(await page.locator('[data-testid=record-title]').innerText()).toBe('علی کریمی');
  });

  it('picks a due date from the Jalali calendar with the keyboard (RTL arrows)', async () => {
    await page.locator('[data-testid=activity-type]').getByText('وظیفه').click();
    await page.fill('[data-testid=activity-subject]', 'تماس پیگیری');
    await page.focus('[data-testid=activity-due]');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForSelector('[data-testid=activity-due-panel] [role=grid]');
    // The popover's focus trap moves focus onto today's cell after its opening transition.
    await page.waitForFunction(() => document.activeElement?.closest('[role=grid]') && document.activeElement.hasAttribute('data-date'));
    // In a right-to-left month grid the next day sits to the left.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const tomorrow = addDays(todayIso('Asia/Tehran'), 1);
    expect(await page.inputValue('[data-testid=activity-due]')).toBe(
      formatDate(tomorrow, { calendar: 'jalali', digits: 'persian', language: 'fa', style: 'short' }),
    );
    await page.click('[data-testid=activity-save]');
    await page.waitForSelector('[data-testid=timeline-item][data-type=task] >> text=تماس پیگیری');
  });
});
