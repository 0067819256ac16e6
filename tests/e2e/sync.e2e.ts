import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';
import { adminLogin, signIn, syncApi } from './sync-server';

// Two people of one sales team, each in their own browser profile, against one sync
// server: a rep in the field and her manager in the office. The rep loses her network,
// both change the same customer, she comes back — and both screens show both changes.

let rep: RunningApp;
let manager: RunningApp;

beforeAll(async () => {
  const admin = await adminLogin();
  const team = await syncApi<{ id: string }>('POST', '/admin/teams', { name: 'فروش شرق تهران' }, admin.accessToken);
  await syncApi('POST', '/admin/users', { username: 'sara', password: 'sara-password-1', displayName: 'سارا احمدی', role: 'rep', teamId: team.id }, admin.accessToken);
  await syncApi('POST', '/admin/users', { username: 'reza', password: 'reza-password-1', displayName: 'رضا کاظمی', role: 'manager', teamId: team.id }, admin.accessToken);
  [rep, manager] = await Promise.all([launchApp(), launchApp()]);
});
afterAll(async () => {
  await Promise.all([rep?.close(), manager?.close()]);
});

async function openContact(page: Page, name: string) {
  await page.click('a[href="#/contacts"]');
  const row = page.locator('[data-testid=contact-row]', { hasText: name });
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await page.waitForSelector('[data-testid=record-title]');
}

async function editField(page: Page, testId: string, value: string) {
  await page.click('[data-testid=edit-record]');
  await page.fill(`[data-testid=${testId}]`, value);
  await page.click('[data-testid=save-contact]');
  await page.waitForSelector('[data-testid=record-title]');
}

const detailText = (page: Page) => page.locator('main').innerText();

describe('two people of one team, one of them offline for a while', () => {
  it('both sign in to the server from Settings', async () => {
    await signIn(rep.page, 'sara', 'sara-password-1');
    await signIn(manager.page, 'reza', 'reza-password-1');
    expect(await rep.page.locator('[data-testid=server-signed-in]').innerText()).toContain('سارا احمدی');
    expect(await manager.page.locator('[data-testid=server-signed-in]').innerText()).toContain('رضا کاظمی');
  });

  it("a contact the rep creates appears on the manager's screen", async () => {
    const page = rep.page;
    await page.click('a[href="#/contacts"]');
    await page.click('[data-testid=new-contact]');
    await page.fill('[data-testid=contact-firstName]', 'مهسا');
    await page.fill('[data-testid=contact-lastName]', 'رضایی');
    await page.fill('[data-testid=contact-jobTitle]', 'کارشناس خرید');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=record-title]');
    await openContact(manager.page, 'مهسا رضایی');
    expect(await detailText(manager.page)).toContain('کارشناس خرید');
  });

  it('offline, the rep edits the job title while the manager adds the website; back online, both see both', async () => {
    await rep.setOffline(true);
    await rep.page.waitForSelector('[data-testid=sync-indicator][data-status=offline]');
    await editField(rep.page, 'contact-jobTitle', 'مدیر خرید');
    // The change waits on the laptop, and the indicator says so.
    await rep.page.waitForSelector('[data-testid=sync-pending-badge]');

    await editField(manager.page, 'contact-website', 'https://arian-food.ir');

    await rep.setOffline(false);
    for (const page of [rep.page, manager.page]) {
      await page.waitForFunction(
        () => {
          const main = document.querySelector('main')?.textContent ?? '';
          return main.includes('مدیر خرید') && main.includes('arian-food.ir');
        },
        undefined,
        { timeout: 30_000 },
      );
    }
    await rep.page.waitForSelector('[data-testid=sync-pending-badge]', { state: 'detached' });
    expect(await rep.page.locator('[data-testid=sync-indicator]').getAttribute('data-status')).toBe('synced');
  });

  it('the same field changed on both sides keeps one value and lists the other for review', async () => {
    await rep.setOffline(true);
    await rep.page.waitForSelector('[data-testid=sync-indicator][data-status=offline]');
    await editField(rep.page, 'contact-jobTitle', 'معاون بازرگانی');
    await editField(manager.page, 'contact-jobTitle', 'مدیر تأمین');
    await rep.setOffline(false);
    // The server's value (the manager's, which arrived first) stays; the rep's is kept for review.
    for (const page of [rep.page, manager.page]) {
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('مدیر تأمین'), undefined, { timeout: 30_000 });
    }
    await rep.page.click('[data-testid=sync-indicator]');
    await rep.page.click('[data-testid=sync-review-link]');
    const entry = rep.page.locator('[data-testid=review-entry]').first();
    await entry.waitFor();
    expect(await entry.locator('[data-testid=review-local]').innerText()).toContain('معاون بازرگانی');
    expect(await entry.locator('[data-testid=review-kept]').innerText()).toContain('مدیر تأمین');
  });
  it("the rep sees the manager's own record read-only, with the reason, instead of an edit that would bounce", async () => {
    const page = manager.page;
    await page.click('a[href="#/contacts"]');
    await page.click('[data-testid=new-contact]');
    await page.fill('[data-testid=contact-firstName]', 'کامران');
    await page.fill('[data-testid=contact-lastName]', 'نوری');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=record-title]');
    expect(await page.locator('[data-testid=read-only]').count()).toBe(0);
    await openContact(rep.page, 'کامران نوری');
    await rep.page.waitForSelector('[data-testid=read-only][data-reason=notYours]');
    expect(await rep.page.locator('[data-testid=edit-record]').isDisabled()).toBe(true);
    expect(await rep.page.locator('[data-testid=delete-record]').isDisabled()).toBe(true);
    expect(await rep.page.locator('[data-testid=read-only]').innerText()).toContain('فقط خواندنی');
  });
});
