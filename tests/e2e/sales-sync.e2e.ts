import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso, toJalali } from '../../shared/dates';
import { buildProductDoc, formatQuoteNumber, newId } from '../../shared/entities';
import { launchApp, type RunningApp } from './app';
import { confirmLeadImport, openLeadImport } from './lead-import';
import { adminLogin, signIn, syncApi } from './sync-server';

/*
 * Issue #4's "done means", on two devices: a rep on her laptop, with no network, takes a CSV
 * of leads to a saved quote; back online her work reaches the server (the quote gets its final
 * number there) and her manager's device shows the same lead, account, contact, deal, quote
 * and total.
 *
 * The quote, computed by hand (IRR typed and shown in tomans; 1 toman = 10 rials):
 *   ۱  لپ‌تاپ (از کاتالوگ)   ۳ × ۴۵٬۰۰۰٬۰۰۰ = ۱۳۵٬۰۰۰٬۰۰۰
 *   ۲  آموزش (متن آزاد)      ۱ ×  ۸٬۰۰۰٬۰۰۰ =   ۸٬۰۰۰٬۰۰۰
 *   جمع ۱۴۳٬۰۰۰٬۰۰۰؛ مالیات بر ارزش افزوده ۱۰٪ = ۱۴٬۳۰۰٬۰۰۰؛ قابل پرداخت ۱۵۷٬۳۰۰٬۰۰۰ تومان.
 */

const PRODUCT = 'لپ‌تاپ ایسوس ExpertBook B9';
const PRODUCT_SKU = 'ASUS-B9';
const PRODUCT_PRICE_TOMAN = 45_000_000;
const PRODUCT_QTY = 3;
const SERVICE = 'آموزش کاربران در محل';
const SERVICE_PRICE_TOMAN = 8_000_000;
const SUBTOTAL_RIAL = (PRODUCT_QTY * PRODUCT_PRICE_TOMAN + SERVICE_PRICE_TOMAN) * 10; // 1,430,000,000
const TOTAL_RIAL = SUBTOTAL_RIAL + SUBTOTAL_RIAL / 10; // VAT 10%: 1,573,000,000

const LEAD = 'نیلوفر صالحی';
const COMPANY = 'پخش دارویی سینا';
const OPPORTUNITY = 'لپ‌تاپ‌های تیم فروش پخش سینا';

/** Persian digits with «٬» grouping, as the app shows amounts. */
const fa = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '٬').replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
const TOTAL_TEXT = `${fa(TOTAL_RIAL / 10)} تومان`;
// Amounts keep their unit on the same line with a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/\u00A0/g, ' ');
/** pdftotext wraps Persian in bidi marks and splits the lam-alef ligature back as «ال»: both sides alike. */
const normalizePdfText = (raw: string) =>
  raw.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/لا/g, 'ال').replace(/\s+/g, ' ');

/** Four leads from an exhibition, Persian headers; line 4 has a phone number that is not one. */
function leadsCsv(): Buffer {
  const lines = [
    'نام و نام خانوادگی,شرکت,موبایل,ایمیل,کانال,منبع,ارزش تخمینی,شهر',
    `${LEAD},${COMPANY},۰۹۱۲۴۴۵۵۶۶۷,n.salehi@sina-pharma.ir,حضوری,نمایشگاه ایران‌فارما,"۲۰۰٬۰۰۰٬۰۰۰",تهران`,
    'بابک فتحی,صنایع غذایی مهرگان,09351234567,b.fathi@mehregan.ir,تلفن,نمایشگاه ایران‌فارما,,مشهد',
    'سیاوش کرمی,شرکت نمونه,۱۲۳۴,,تلفن,,,',
    'مینا جعفری,آرین‌سازه,09127654321,,وب‌سایت,نمایشگاه ایران‌فارما,,شیراز',
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

let rep: RunningApp;
let manager: RunningApp;
let workDir: string;
const productId = newId();

/**
 * The files of the browser edition a page has fetched, and those still on their way. The app
 * fetches its code-split screens once idle after starting; offline, the laptop has only those.
 */
function trackAssets(page: Page) {
  const finished = new Set<string>();
  const inFlight = new Set<string>();
  const isAsset = (url: string) => new URL(url).pathname.includes('/assets/');
  page.on('request', (r) => { if (isAsset(r.url())) inFlight.add(r.url()); });
  page.on('requestfinished', (r) => { inFlight.delete(r.url()); if (isAsset(r.url())) finished.add(r.url()); });
  page.on('requestfailed', (r) => inFlight.delete(r.url()));
  return {
    /** Every named screen module fetched, and (its dependencies being requested before it) nothing left on the way. */
    async has(screens: string[]) {
      // The page's own record too, for anything fetched before these listeners were attached.
      const fetched = [...finished, ...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))];
      return inFlight.size === 0 && screens.every((name) => fetched.some((url) => new URL(url).pathname.includes(`/assets/${name}-`)));
    },
  };
}
let repAssets: ReturnType<typeof trackAssets>;

beforeAll(async () => {
  const admin = await adminLogin();
  const team = await syncApi<{ id: string }>('POST', '/admin/teams', { name: 'فروش سازمانی' }, admin.accessToken);
  await syncApi('POST', '/admin/users', { username: 'sara.sales', password: 'sara-password-1', displayName: 'سارا محمدی', role: 'rep', teamId: team.id }, admin.accessToken);
  await syncApi('POST', '/admin/users', { username: 'reza.sales', password: 'reza-password-1', displayName: 'رضا نیک‌نام', role: 'manager', teamId: team.id }, admin.accessToken);
  // The team's catalog: one product, put there by the admin through the sync API.
  const now = new Date().toISOString();
  const product = buildProductDoc(
    {
      name: PRODUCT, sku: PRODUCT_SKU, category: 'الکترونیک / رایانه', unit: 'دستگاه', prices: [{ amountMinor: PRODUCT_PRICE_TOMAN * 10, currency: 'IRR' }],
      stockQuantity: '12', image: '', description: '', active: true, ownerId: admin.user.id,
    },
    { id: productId, teamId: team.id, createdAt: now, updatedAt: now },
  );
  const refused = await syncApi<unknown[]>('POST', '/sync/products/push', [{ newDocumentState: { ...product, _deleted: false } }], admin.accessToken);
  expect(refused).toEqual([]);
  workDir = mkdtempSync(join(tmpdir(), 'peyvand-sales-sync-'));
  [rep, manager] = await Promise.all([launchApp(), launchApp()]);
  repAssets = trackAssets(rep.page);
});
afterAll(async () => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  await Promise.all([rep?.close(), manager?.close()]);
});

const go = (page: Page, path: string) => page.goto(new URL(`#${path}`, page.url()).href);
const text = async (page: Page, selector: string) => plain(await page.locator(selector).first().innerText());

describe("issue #4 on two devices: the rep's offline sales cycle reaches her manager", () => {
  let leadId = '';
  let opportunityId = '';
  let quoteId = '';
  let provisionalNumber = '';
  let finalNumber = '';
  let repLines: string[] = [];

  it('1. both sign in; the catalog reaches the rep, who then loses her network', async () => {
    await signIn(rep.page, 'sara.sales', 'sara-password-1');
    await signIn(manager.page, 'reza.sales', 'reza-password-1');
    expect(await rep.page.locator('[data-testid=server-signed-in]').innerText()).toContain('سارا محمدی');
    expect(await manager.page.locator('[data-testid=server-signed-in]').innerText()).toContain('رضا نیک‌نام');

    await go(rep.page, `/products/${productId}`);
    await rep.page.waitForSelector(`[data-testid=record-title] >> text=${PRODUCT}`, { timeout: 30_000 });
    await rep.page.waitForSelector('[data-testid=sync-indicator][data-status=synced]', { timeout: 30_000 });
    // The screens she will open offline are on the laptop: the browser edition fetched them after
    // starting, unasked (the desktop app reads them from disk).
    const screens = ['PipelineBoardPage', 'OpportunityDetailPage', 'QuoteEditorPage', 'QuoteDetailPage', 'QuotePrintPage'];
    if (process.env.PEYVAND_E2E_TARGET !== 'electron') await expect.poll(() => repAssets.has(screens), { timeout: 30_000 }).toBe(true);

    await rep.setOffline(true);
    await rep.page.waitForSelector('[data-testid=sync-indicator][data-status=offline]');
  });

  it('2. offline, the rep imports a Persian CSV of leads: 3 in, the bad row rejected by line', async () => {
    const page = rep.page;
    await openLeadImport(page, { name: 'سرنخ‌های ایران‌فارما.csv', buffer: leadsCsv() }, 4);
    const reasons = await confirmLeadImport(page, { valid: 3, rejectedLines: ['4'] });
    expect(reasons[0]).toContain('شماره تلفن نامعتبر است');
    await expect.poll(() => page.locator('[data-testid=leads-count]').innerText(), { timeout: 10_000 }).toContain('۳');
    // Still offline, and the new leads wait on the laptop.
    await page.waitForSelector('[data-testid=sync-pending-badge]');
    expect(await page.getAttribute('[data-testid=sync-indicator]', 'data-status')).toBe('offline');
  });

  it('3. offline, she qualifies one lead into a new account, contact and opportunity', async () => {
    const page = rep.page;
    const row = page.locator('[data-testid=lead-row]', { hasText: LEAD });
    await row.waitFor();
    await row.click();
    await page.waitForSelector(`[data-testid=record-title] >> text=${LEAD}`);
    leadId = new URL(page.url()).hash.slice('#/leads/'.length);
    expect(await page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('new');

    await page.click('[data-testid=lead-qualify]');
    await page.waitForSelector('[data-testid=qualify-submit]');
    // Nothing matches: a new account and a new contact are offered and chosen.
    expect(await page.isChecked('[data-testid=qualify-account-new]')).toBe(true);
    expect(await page.isChecked('[data-testid=qualify-contact-new]')).toBe(true);
    expect(await page.inputValue('[data-testid=qualify-amount]')).toBe('۲۰۰٬۰۰۰٬۰۰۰');
    expect(await page.inputValue('[data-testid=qualify-stage]')).toBe('شناسایی');
    await page.fill('[data-testid=qualify-opportunity-name]', OPPORTUNITY);
    await page.click('[data-testid=qualify-submit]');

    await page.waitForSelector('[data-testid=lead-became]');
    expect(await page.getAttribute('[data-testid=lead-status-badge]', 'data-status')).toBe('qualified');
    const accountLink = page.locator('[data-testid=lead-became-account] a');
    await accountLink.waitFor();
    expect(await accountLink.innerText()).toBe(COMPANY);
    expect(await page.locator('[data-testid=lead-became-contact] a').innerText()).toBe(LEAD);
    const href = (await page.locator('[data-testid=lead-became-opportunity] a').getAttribute('href')) ?? '';
    expect(href).toMatch(/^#\/opportunities\/opp-[0-9a-f]{28}$/);
    opportunityId = href.slice('#/opportunities/'.length);
  });

  it('4. offline, she moves the deal to the next stage on the board', async () => {
    const page = rep.page;
    await go(page, '/opportunities');
    await page.waitForSelector('[data-testid=pipeline-board][data-complete]');
    const card = page.locator(`[data-testid=pipeline-column][data-stage=prospecting] [data-testid=opportunity-card][data-id="${opportunityId}"]`);
    await card.waitFor();
    // Space picks the card up; in Persian the next stage is on the left.
    await card.focus();
    await page.keyboard.press('Space');
    await page.waitForSelector(`[data-testid=opportunity-card][data-id="${opportunityId}"][aria-pressed=true]`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    const moved = page.locator(`[data-testid=pipeline-column][data-stage=needsAnalysis] [data-testid=opportunity-card][data-id="${opportunityId}"]`);
    await moved.waitFor();
    expect(await moved.getAttribute('data-stage')).toBe('needsAnalysis');
    await page.waitForSelector(`[data-testid=opportunity-card][data-id="${opportunityId}"][data-probability="25"]`);
  });

  it('5. offline, she quotes the deal with a catalog line and a free-text line: saved and printable under a provisional number', async () => {
    const page = rep.page;
    await go(page, `/opportunities/${opportunityId}`);
    await page.waitForSelector('[data-testid=opportunity-quotes]');
    await page.click('[data-testid=new-quote-from-opportunity]');
    await page.waitForSelector('[data-testid=quote-editor]');
    expect(await text(page, '[data-testid=quote-opportunity]')).toBe(OPPORTUNITY);

    await page.fill('[data-testid=product-picker]', 'b9');
    const option = page.locator('[data-testid=product-option]', { hasText: PRODUCT });
    await option.waitFor();
    await option.click();
    await page.waitForSelector('[data-testid=line-0-product]');
    expect(await page.inputValue('[data-testid=line-0-price]')).toBe(fa(PRODUCT_PRICE_TOMAN));
    await page.fill('[data-testid=line-0-quantity]', fa(PRODUCT_QTY));
    await page.keyboard.press('Tab');
    await page.waitForSelector(`[data-testid=line-0-net][data-minor="${PRODUCT_QTY * PRODUCT_PRICE_TOMAN * 10}"]`);

    await page.click('[data-testid=add-line]');
    await page.fill('[data-testid=line-1-description]', SERVICE);
    await page.fill('[data-testid=line-1-unit]', 'نفر-روز');
    await page.fill('[data-testid=line-1-price]', fa(SERVICE_PRICE_TOMAN));
    await page.keyboard.press('Tab');
    await page.waitForSelector(`[data-testid=quote-totals][data-total-minor="${TOTAL_RIAL}"]`);
    expect(await text(page, '[data-testid=total-total]')).toBe(TOTAL_TEXT);

    await page.click('[data-testid=save-quote]');
    await page.waitForSelector('[data-testid=quote-detail-totals]');
    quoteId = new URL(page.url()).hash.slice('#/quotes/'.length);
    expect(quoteId).toMatch(/^[\w-]+$/);
    const number = page.locator('[data-testid=quote-number]');
    expect(await number.getAttribute('data-provisional')).toBe('true');
    expect(await number.locator('bdi').innerText()).toMatch(/^P-[2-9A-HJ-NP-Z]{8}-1$/);
    await page.waitForSelector('[data-testid=provisional-hint]');
    expect(await text(page, '[data-testid=quote-total]')).toBe(TOTAL_TEXT);
    expect(await page.locator('[data-testid=quote-line-row]').count()).toBe(2);
    provisionalNumber = await number.locator('bdi').innerText();

    // Her print view works offline too, under the provisional number.
    await page.click('[data-testid=open-print]');
    await page.waitForSelector('[data-testid=quote-print][data-ready=true]');
    expect(await text(page, '[data-testid=print-number]')).toContain(provisionalNumber);
    expect(await text(page, '[data-testid=print-total]')).toContain(fa(TOTAL_RIAL / 10));
    expect(await page.getAttribute('[data-testid=sync-indicator]', 'data-status')).toBe('offline');
  });

  it('6. back online, her changes go up and the quote takes its final number from the server', async () => {
    const page = rep.page;
    await go(page, `/quotes/${quoteId}`);
    await page.waitForSelector('[data-testid=quote-number][data-provisional]');
    await rep.setOffline(false);
    await page.waitForSelector('[data-testid=sync-pending-badge]', { state: 'detached', timeout: 30_000 });
    await page.waitForSelector('[data-testid=sync-indicator][data-status=synced]', { timeout: 30_000 });

    const number = page.locator('[data-testid=quote-number]:not([data-provisional])');
    await number.waitFor({ timeout: 30_000 });
    finalNumber = await number.locator('bdi').innerText();
    expect(finalNumber).toBe(formatQuoteNumber(toJalali(todayIso()).jy, 1));
    expect(await page.locator('[data-testid=provisional-hint]').count()).toBe(0);
    expect(await page.locator('[data-testid=provisional-badge]').count()).toBe(0);
    expect(await text(page, '[data-testid=quote-total]')).toBe(TOTAL_TEXT);
    repLines = (await page.locator('[data-testid=quote-line-row]').allInnerTexts()).map(plain);
    expect(repLines).toHaveLength(2);
    expect(repLines[0]).toContain(PRODUCT);
    expect(repLines[1]).toContain(SERVICE);
  });

  it("7. on the manager's device: the lead is qualified, and its account and contact exist", async () => {
    const page = manager.page;
    await go(page, `/leads/${leadId}`);
    await page.waitForSelector('[data-testid=lead-status-badge][data-status=qualified]', { timeout: 30_000 });
    expect(await text(page, '[data-testid=record-title]')).toContain(LEAD);
    const accountLink = page.locator('[data-testid=lead-became-account] a');
    await page.waitForFunction((name) => document.querySelector('[data-testid=lead-became-account] a')?.textContent === name, COMPANY, { timeout: 30_000 });
    expect(await page.locator('[data-testid=lead-became-contact] a').innerText()).toBe(LEAD);

    await accountLink.click();
    await page.waitForSelector(`[data-testid=record-title] >> text=${COMPANY}`);
    await go(page, `/leads/${leadId}`);
    await page.click('[data-testid=lead-became-contact] a');
    await page.waitForSelector(`[data-testid=record-title] >> text=${LEAD}`);
    expect(new URL(page.url()).hash).toMatch(/^#\/contacts\//);
  });

  it("8. on the manager's board the deal sits in the rep's new stage", async () => {
    const page = manager.page;
    await go(page, '/opportunities');
    await page.waitForSelector('[data-testid=pipeline-board][data-complete]');
    const card = page.locator(`[data-testid=pipeline-column][data-stage=needsAnalysis] [data-testid=opportunity-card][data-id="${opportunityId}"]`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getAttribute('data-stage')).toBe('needsAnalysis');
    expect(await card.getAttribute('data-probability')).toBe('25');
    expect(await card.innerText()).toContain(OPPORTUNITY);
  });

  it("9. the manager opens the quote from the deal: same final number, lines and total; the print view and PDF agree", async () => {
    const page = manager.page;
    await go(page, `/opportunities/${opportunityId}`);
    const link = page.locator('[data-testid=opportunity-quote]');
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForSelector('[data-testid=quote-detail-totals]');
    expect(new URL(page.url()).hash).toBe(`#/quotes/${quoteId}`);
    await page.waitForSelector('[data-testid=quote-number]:not([data-provisional])', { timeout: 30_000 });
    expect(await page.locator('[data-testid=quote-number] bdi').innerText()).toBe(finalNumber);
    expect(await page.getAttribute('[data-testid=quote-detail-totals]', 'data-total-minor')).toBe(String(TOTAL_RIAL));
    expect(await text(page, '[data-testid=quote-total]')).toBe(TOTAL_TEXT);
    expect((await page.locator('[data-testid=quote-line-row]').allInnerTexts()).map(plain)).toEqual(repLines);
    expect(await text(page, '[data-testid=quote-account-link]')).toBe(COMPANY);

    await page.click('[data-testid=open-print]');
    await page.waitForSelector('[data-testid=quote-print][data-ready=true]');
    expect(await text(page, '[data-testid=print-number]')).toBe(finalNumber);
    const printTotal = await text(page, '[data-testid=print-total]');
    expect(printTotal).toContain(fa(TOTAL_RIAL / 10));
    const pdfPath = join(workDir, 'quote.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = normalizePdfText(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    expect(pdfText).toContain(finalNumber);
    expect(pdfText).toContain(fa(TOTAL_RIAL / 10));
    expect(pdfText).toContain(normalizePdfText(COMPANY));
    expect(pdfText).toContain(normalizePdfText(SERVICE));
    expect(pdfText).not.toContain(provisionalNumber);
  });
});
