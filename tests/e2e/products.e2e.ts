import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A real PNG made here (no fixture file): a colour gradient of w×h pixels. */
function makePng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of buf) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = (x * 255) / w;
      raw[o + 1] = (y * 255) / h;
      raw[o + 2] = 160;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const go = (hash: string) => page.goto(new URL(hash, page.url()).href);
/** innerText with no-break spaces (number↔unit) read as spaces. */
const textOf = async (selector: string | ReturnType<Page['locator']>) =>
  (await (typeof selector === 'string' ? page.locator(selector) : selector).innerText()).replaceAll('\u00A0', ' ');
const card = () => page.locator('[data-testid=product-card]');

describe('product catalog (in Persian)', () => {
  it('starts empty with a call to action', async () => {
    await go('#/products');
    await page.waitForSelector('[data-testid=empty-state]');
    expect(await page.locator('[data-testid=empty-state]').innerText()).toContain('هنوز کالایی در کاتالوگ ندارید');
    await page.locator('[data-testid=empty-state] button').click();
    await page.waitForSelector('[data-testid=product-name-input]');
  });

  it('refuses a product without a name, with a translated message next to the field', async () => {
    await page.fill('[data-testid=product-name-input]', '');
    await page.click('[data-testid=save-product]');
    await page.waitForSelector('text=این فیلد الزامی است.');
    expect(page.url()).toContain('#/products/new');
  });

  it('creates a product with a picture, prices in IRR and USD and a stock quantity', async () => {
    await page.fill('[data-testid=product-name-input]', 'گوشی سامسونگ گلکسی A54');
    await page.fill('[data-testid=product-sku-input]', 'SM-A54');
    await page.fill('[data-testid=product-category-input]', 'الکترونیک/گوشی');
    await page.keyboard.press('Escape');
    // The base currency's row is there; IRR is typed in toman (the default display unit).
    await page.fill('[data-testid=price-IRR]', '۳۵٬۰۰۰٬۰۰۰');
    await page.click('[data-testid=add-price]');
    await page.click('[data-testid=add-price-USD]');
    await page.fill('[data-testid=price-USD]', '299.50');
    await page.click('[data-testid=track-stock]');
    await page.fill('[data-testid=product-stock-input]', '۱۲');
    await page.setInputFiles('[data-testid=product-image-input]', { name: 'a54.png', mimeType: 'image/png', buffer: makePng(1200, 800) });
    // Scaled down in the browser and re-encoded before it is kept.
    const preview = page.locator('[data-testid=image-dropzone] img');
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/(webp|jpeg);base64,/);
    await page.click('[data-testid=save-product]');
    await page.waitForSelector('[data-testid=record-title]');

    expect(await page.locator('[data-testid=record-title]').innerText()).toBe('گوشی سامسونگ گلکسی A54');
    expect(await page.locator('[data-testid=product-category]').innerText()).toBe('الکترونیک › گوشی');
    expect(await textOf('[data-testid=product-stock]')).toBe('۱۲ عدد');
    const prices = page.locator('[data-testid=product-prices] tr');
    expect(await prices.count()).toBe(2);
    expect(await textOf(prices.nth(0))).toContain('۳۵٬۰۰۰٬۰۰۰ تومان');
    expect(await textOf(prices.nth(1))).toContain('۲۹۹٫۵۰ دلار');
    const size = await page.locator('[data-testid=product-image]').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([512, 341]);
  });

  it('shows it in the visual catalog with its picture, price and stock in Persian digits', async () => {
    await page.click('a[href="#/products"]');
    await card().first().waitFor();
    expect(await card().count()).toBe(1);
    await page.waitForSelector('[data-testid=product-card] img[src^="data:image/"]');
    const text = await textOf(card().first());
    expect(text).toContain('گوشی سامسونگ گلکسی A54');
    expect(text).toContain('SM-A54');
    expect(text).toContain('۳۵٬۰۰۰٬۰۰۰ تومان');
    expect(await textOf(card().first().locator('[data-testid=stock]'))).toBe('۱۲ عدد');
  });

  it('warns (without blocking) about a second product with the same SKU', async () => {
    await page.click('[data-testid=new-product]');
    await page.fill('[data-testid=product-name-input]', 'کابل شارژ');
    await page.fill('[data-testid=product-sku-input]', 'sm-a54');
    await page.waitForSelector('[data-testid=duplicate-sku] >> text=گوشی سامسونگ گلکسی A54');
    await page.fill('[data-testid=product-sku-input]', 'CBL-USB-C');
    await page.fill('[data-testid=product-category-input]', 'الکترونیک / لوازم جانبی');
    await page.keyboard.press('Escape');
    await page.click('[data-testid=save-product]');
    await page.waitForSelector('[data-testid=record-title] >> text=کابل شارژ');
    // No stock tracked and no price: the catalog says so.
    expect(await page.locator('[data-testid=product-stock]').innerText()).toBe('موجودی ثبت نمی‌شود');
  });

  it('filters by a category node (its subcategories included) and switches to the list, remembered after a restart', async () => {
    await page.click('a[href="#/products"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-card]').length === 2);
    await page.click('[data-testid=filter-category]');
    await page.click('[role=option] >> text=گوشی');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-card]').length === 1);
    await page.click('[data-testid=filter-category]');
    await page.click('[role=option] >> text=الکترونیک');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-card]').length === 2);
    await page.locator('[data-testid=catalog-layout]').getByText('فهرست').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-row]').length === 2);
    page = await app.restart();
    await go('#/products');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-row]').length === 2, null, { timeout: 30_000 });
    expect(await page.inputValue('[data-testid=filter-category]')).toBe('الکترونیک');
    await page.locator('[data-testid=catalog-layout]').getByText('کاتالوگ تصویری').click();
    await card().first().waitFor();
  });

  it('finds a product by SKU in the search box', async () => {
    await page.fill('[data-testid=products-search]', 'a54');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-card]').length === 1);
    expect(await card().first().innerText()).toContain('گوشی سامسونگ گلکسی A54');
    await page.fill('[data-testid=products-search]', '');
  });

  it('edits the product: out of stock is highlighted in the catalog', async () => {
    await card().filter({ hasText: 'گوشی سامسونگ' }).click();
    await page.waitForSelector('[data-testid=record-title]');
    await page.click('[data-testid=edit-record]');
    await page.waitForSelector('[data-testid=product-stock-input]');
    expect(await page.inputValue('[data-testid=product-stock-input]')).toBe('۱۲');
    await page.fill('[data-testid=product-name-input]', 'گوشی سامسونگ گلکسی A55');
    await page.fill('[data-testid=product-stock-input]', '۰');
    await page.click('[data-testid=save-product]');
    await page.waitForSelector('[data-testid=record-title] >> text=گوشی سامسونگ گلکسی A55');
    expect(await page.locator('[data-testid=product-stock]').innerText()).toBe('ناموجود');
    await page.click('a[href="#/products"]');
    const edited = card().filter({ hasText: 'گوشی سامسونگ گلکسی A55' });
    await edited.waitFor();
    expect(await edited.locator('[data-stock=out]').innerText()).toBe('ناموجود');
    // The picture survived the edit.
    await edited.locator('img[src^="data:image/"]').waitFor();
  });

  it('asks before discarding unsaved changes to a product', async () => {
    await card().filter({ hasText: 'کابل شارژ' }).click();
    await page.click('[data-testid=edit-record]');
    await page.fill('[data-testid=product-name-input]', 'کابل نیمه‌کاره');
    await page.click('[data-testid=cancel-form]');
    await page.click('[data-testid=confirm-cancel]');
    expect(await page.inputValue('[data-testid=product-name-input]')).toBe('کابل نیمه‌کاره');
    await page.click('[data-testid=cancel-form]');
    await page.click('[data-testid=confirm-accept]');
    await page.waitForSelector('[data-testid=record-title] >> text=کابل شارژ');
  });

  it('deletes after confirmation and restores with undo', async () => {
    await page.click('a[href="#/products"]');
    await card().filter({ hasText: 'گوشی سامسونگ گلکسی A55' }).click();
    await page.waitForSelector('[data-testid=record-title]');
    await page.click('[data-testid=delete-record]');
    await page.click('[data-testid=confirm-accept]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=product-card]').length === 1);
    await page.click('[data-testid=undo-delete]');
    await card().filter({ hasText: 'گوشی سامسونگ گلکسی A55' }).waitFor();
    expect(await card().count()).toBe(2);
  });
});
