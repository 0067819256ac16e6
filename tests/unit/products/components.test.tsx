// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({}) }));
vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});
vi.mock('../../../renderer/src/db/DatabaseProvider', () => ({ useDatabase: () => ({ products: {} }) }));
vi.mock('../../../renderer/src/features/products/image-cache', () => ({
  productImageCache: () => ({
    get: (id: string) => (id === 'with-picture' ? 'data:image/webp;base64,UklGRg==' : undefined),
    subscribe: () => () => undefined,
  }),
}));
vi.mock('../../../renderer/src/features/products/product-directory', async () => {
  const { ProductSearchIndex } = await import('../../../renderer/src/features/products/product-search');
  return { useProductDirectory: () => ({ directory: { index: new ProductSearchIndex() }, status: { ready: true, indexed: 0, version: 1 } }) };
});

import enProducts from '../../../locales/en/products.json';
import faProducts from '../../../locales/fa/products.json';
import { ProductCardContent, ProductListRow } from '../../../renderer/src/features/products/ProductCard';
import { ProductPicker, ProductPickerOption } from '../../../renderer/src/features/products/ProductPicker';
import { StockText } from '../../../renderer/src/features/products/StockText';
import { render as renderUi } from '../ui/render';
import { summary } from './fixtures';

const extra = { fa: { products: faProducts }, en: { products: enProducts } };
const render = (node: React.ReactNode, language: 'fa' | 'en' = 'fa', prefs = {}) => renderUi(node, language, prefs, extra);
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('StockText', () => {
  it('shows the quantity in Persian digits with its unit, as an LTR number', () => {
    const html = render(<StockText stockQuantity="1250.5" unit="کیلوگرم" />);
    expect(html).toContain('data-stock="in"');
    expect(html).toContain('<bdi dir="ltr">۱٬۲۵۰٫۵</bdi>');
    expect(text(html)).toContain('۱٬۲۵۰٫۵\u00A0کیلوگرم');
    expect(text(render(<StockText stockQuantity="12" unit="pcs" />, 'en'))).toContain('12\u00A0pcs');
    expect(text(render(<StockText stockQuantity="12" unit="عدد" />, 'fa', { digits: 'latin' }))).toContain('12\u00A0عدد');
  });

  it('marks out of stock in red and says when stock is not tracked', () => {
    const out = render(<StockText stockQuantity="0" unit="عدد" />);
    expect(out).toContain('data-stock="out"');
    expect(out).toContain('--badge-color:var(--mantine-color-red');
    expect(text(out)).toContain('ناموجود');
    expect(text(render(<StockText stockQuantity="" unit="عدد" />))).toContain('موجودی ثبت نمی‌شود');
    expect(text(render(<StockText stockQuantity="0" unit="pcs" />, 'en'))).toContain('Out of stock');
  });
});

describe('product card and row', () => {
  const phone = summary({
    id: 'with-picture', name: 'گوشی سامسونگ', sku: 'SM-A54', image: 'data:image/png;base64,AAAA', stockQuantity: '12',
    prices: [{ amountMinor: 25_000, currency: 'USD' }, { amountMinor: 350_000_000, currency: 'IRR' }],
  });

  it('shows the picture, name, LTR SKU, the base-currency price and the stock', () => {
    const html = render(<ProductCardContent product={phone} baseCurrency="IRR" />);
    expect(html).toContain('src="data:image/webp;base64,UklGRg=="');
    expect(html).toContain('<bdi>گوشی سامسونگ</bdi>');
    expect(html).toContain('<bdi dir="ltr">SM-A54</bdi>');
    expect(text(html)).toContain('۳۵٬۰۰۰٬۰۰۰'); // 350,000,000 rial = 35,000,000 toman (the default unit)
    expect(text(html)).toContain('۱۲\u00A0عدد');
  });

  it('falls back to the first price, and to the bundled icon without a picture', () => {
    const html = render(<ProductCardContent product={summary({ name: 'خدمت', prices: [{ amountMinor: 1999, currency: 'USD' }] })} baseCurrency="IRR" />);
    expect(html).toContain('data-testid="product-image-placeholder"');
    expect(html).not.toContain('<img');
    expect(text(html)).toContain('۱۹٫۹۹');
    expect(text(render(<ProductCardContent product={summary({ name: 'بی‌قیمت' })} baseCurrency="IRR" />))).toContain('قیمت ثبت نشده');
  });

  it('marks inactive products', () => {
    expect(text(render(<ProductListRow product={summary({ name: 'قدیمی', active: false })} baseCurrency="IRR" />))).toContain('غیرفعال');
    expect(text(render(<ProductListRow product={summary({ name: 'نو' })} baseCurrency="IRR" />))).not.toContain('غیرفعال');
  });
});

describe('ProductPicker', () => {
  it('is a labelled search field with the documented test id', () => {
    const html = render(<ProductPicker currency="IRR" onPick={() => undefined} />);
    expect(html).toContain('data-testid="product-picker"');
    expect(html).toContain('افزودن کالا');
    expect(html).toContain('placeholder="نام یا کد کالا را بنویسید…"');
    expect(render(<ProductPicker currency="IRR" onPick={() => undefined} label="کالا یا خدمت" />)).toContain('کالا یا خدمت');
  });

  it('shows each option with its price in the quote currency, or says it has none, and its stock', () => {
    const p = summary({ name: 'کابل', sku: 'CBL-1', prices: [{ amountMinor: 1999, currency: 'USD' }], stockQuantity: '0' });
    const usd = render(<ProductPickerOption product={p} currency="USD" />);
    expect(text(usd)).toContain('۱۹٫۹۹');
    expect(usd).toContain('data-stock="out"');
    expect(usd).toContain('<bdi dir="ltr">CBL-1</bdi>');
    expect(text(render(<ProductPickerOption product={p} currency="IRR" />))).toContain('بدون قیمت به تومان');
    expect(text(render(<ProductPickerOption product={p} currency="EUR" />, 'en'))).toContain('No price in EUR');
  });
});
