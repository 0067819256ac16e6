import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso, wallClock } from '../../shared/dates';
import { withDigits } from '../../shared/text/digits';
import { launchApp, type RunningApp } from './app';

// A salesperson's day, in Persian: a meeting and a late task logged on a contact show up in
// "my day" and on the month, the task is ticked off from the agenda, and a reminder rings.
let app: RunningApp;
let page: Page;
let contactUrl = '';
const today = todayIso('Asia/Tehran');
const jalali = (isoDate: string) => formatDate(isoDate, { calendar: 'jalali', digits: 'persian', language: 'fa', style: 'short' });

// The browser's notifications, recorded (headless Chromium shows none): set before the app loads.
function recordNotifications() {
  const shown: { title: string; body: string; click(): void }[] = [];
  (window as unknown as { __shown: typeof shown }).__shown = shown;
  class RecordedNotification {
    static permission = 'granted';
    static requestPermission = async () => 'granted';
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body ?? '', click: () => this.onclick?.() });
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
}

beforeAll(async () => {
  app = await launchApp();
  await app.page.context().addInitScript(recordNotifications);
  page = await app.restart();
  await page.waitForSelector('[data-testid=new-contact]');
});
afterAll(async () => {
  await app?.close();
});

async function pickType(label: string) {
  await page.locator('[data-testid=activity-type]').getByText(label, { exact: true }).click();
}

describe('activities and the calendar, in Persian', () => {
  it('logs a meeting today and an overdue task on a contact', async () => {
    await page.goto(new URL('#/contacts/new', page.url()).href);
    await page.fill('[data-testid=contact-firstName]', 'علی');
    await page.fill('[data-testid=contact-lastName]', 'کریمی');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=record-title]');
    contactUrl = page.url();

    await pickType('قرار ملاقات');
    await page.fill('[data-testid=activity-subject]', 'جلسه معرفی محصول');
    await page.fill('[data-testid=activity-date]', jalali(today));
    await page.keyboard.press('Tab');
    await page.fill('[data-testid=activity-start]', '۹:۳۰');
    await page.fill('[data-testid=activity-end]', '۱۰:۳۰');
    await page.fill('[data-testid=activity-location]', 'دفتر مرکزی، تهران');
    await page.click('[data-testid=activity-save]');
    const meeting = page.locator('[data-testid=timeline-item][data-type=meeting]');
    await meeting.waitFor();
    expect(await meeting.innerText()).toContain('۰۹:۳۰ تا ۱۰:۳۰');
    expect(await meeting.innerText()).toContain('دفتر مرکزی، تهران');

    await pickType('وظیفه');
    await page.fill('[data-testid=activity-subject]', 'ارسال پیش‌فاکتور');
    await page.fill('[data-testid=activity-due]', jalali(addDays(today, -3)));
    await page.keyboard.press('Tab');
    await page.click('[data-testid=activity-save]');
    const task = page.locator('[data-testid=timeline-item][data-type=task]');
    await task.waitFor();
    expect(await task.getAttribute('data-overdue')).toBe('true');
  });

  it('my day lists the meeting and the task, highlighted as overdue', async () => {
    await page.click('a[href="#/calendar"]');
    await page.waitForSelector('[data-testid=my-day]');
    const meeting = page.locator('[data-testid=agenda-meetings] [data-testid=agenda-item]');
    expect(await meeting.count()).toBe(1);
    expect(await meeting.innerText()).toContain('جلسه معرفی محصول');
    expect(await meeting.innerText()).toContain('۰۹:۳۰');
    expect(await meeting.innerText()).toContain('علی کریمی');
    const task = page.locator('[data-testid=agenda-overdue] [data-testid=agenda-item]');
    expect(await task.count()).toBe(1);
    expect(await task.getAttribute('data-overdue')).toBe('true');
    expect(await task.innerText()).toContain('ارسال پیش‌فاکتور');
    expect(await task.innerText()).toContain('۳ روز تأخیر');
    // Red, as the eye sees it.
    const color = await task.locator('[data-testid=agenda-open]').evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g! + b!).toBeLessThan(r!);
  });

  it('the month view shows the meeting on today\'s cell, and moves by keyboard', async () => {
    await page.click('[data-testid=tab-month]');
    const cell = page.locator(`[data-testid=calendar-day][data-date="${today}"]`);
    await cell.locator('[data-testid=calendar-item][data-type=meeting]').waitFor();
    expect(await cell.getAttribute('aria-current')).toBe('date');
    expect(await cell.locator('[data-testid=calendar-item][data-type=meeting]').innerText()).toContain('جلسه معرفی محصول');
    // The grid starts on Saturday.
    expect(await page.locator('[data-testid=calendar-grid] th').first().getAttribute('abbr')).toBe('شنبه');
    const title = await page.locator('[data-testid=calendar-title]').innerText();

    await cell.focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction((t) => document.querySelector('[data-testid=calendar-title]')?.textContent !== t, title);
    expect(page.url()).toContain('#/calendar/month/');
    await page.keyboard.press('t');
    await page.waitForFunction((t) => document.querySelector('[data-testid=calendar-title]')?.textContent === t, title);
    await page.waitForFunction((d) => document.activeElement?.getAttribute('data-date') === d, today);

    // Clicking the meeting opens its record.
    await cell.locator('[data-testid=calendar-item][data-type=meeting]').click();
    await page.waitForSelector('[data-testid=record-title]');
    expect(page.url()).toBe(contactUrl);
  });

  it('completes the task from the agenda, with undo', async () => {
    await page.click('a[href="#/calendar"]');
    const task = page.locator('[data-testid=agenda-overdue] [data-testid=agenda-item]');
    await task.waitFor();
    await task.locator('[data-testid=agenda-complete]').click();
    await page.waitForSelector('[data-testid=agenda-overdue]', { state: 'detached' });
    await page.click('[data-testid=undo-complete]');
    await page.waitForSelector('[data-testid=agenda-overdue] [data-testid=agenda-item]');
    await page.locator('[data-testid=agenda-overdue] [data-testid=agenda-complete]').click();
    await page.waitForSelector('[data-testid=agenda-overdue]', { state: 'detached' });
    await page.goto(contactUrl);
    await page.waitForSelector('[data-testid=timeline-item][data-type=task][data-status=done]');
  });

  it('rings a reminder at its time as a notification that opens the record', async () => {
    // The next whole minute in Tehran, at least 20 s ahead.
    const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const clock = wallClock(at.getTime(), 'Asia/Tehran');
    const time = withDigits(`${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`, 'persian');
    const day = formatDate(todayIso('Asia/Tehran', at), { calendar: 'jalali', digits: 'persian', language: 'fa', style: 'short' });

    await pickType('وظیفه');
    await page.fill('[data-testid=activity-subject]', 'تماس برای تمدید قرارداد');
    await page.click('[data-testid=activity-reminder]');
    await page.click('[role=option] >> text=زمان دلخواه…');
    await page.fill('[data-testid=activity-reminder-date]', day);
    await page.keyboard.press('Tab');
    await page.fill('[data-testid=activity-reminder-time]', time);
    await page.click('[data-testid=activity-save]');
    await page.waitForSelector('[data-testid=timeline-item][data-type=task] >> text=تماس برای تمدید قرارداد');

    await page.click('a[href="#/calendar"]');
    await page.waitForFunction(
      () => (window as unknown as { __shown: { title: string }[] }).__shown.some((n) => n.title.includes('تمدید قرارداد')),
      undefined,
      { timeout: 150_000, polling: 500 },
    );
    const shown = await page.evaluate(() => (window as unknown as { __shown: { title: string; body: string }[] }).__shown.map(({ title, body }) => ({ title, body })));
    const reminder = shown.find((n) => n.title.includes('تمدید قرارداد'))!;
    expect(reminder.title).toContain('وظیفه');
    expect(reminder.body).toContain('علی کریمی');
    expect(shown.filter((n) => n.title.includes('تمدید قرارداد'))).toHaveLength(1);
    await page.evaluate(() => (window as unknown as { __shown: { title: string; click(): void }[] }).__shown.find((n) => n.title.includes('تمدید قرارداد'))!.click());
    await page.waitForFunction((url) => location.href === url, contactUrl);
  }, 240_000);
});
