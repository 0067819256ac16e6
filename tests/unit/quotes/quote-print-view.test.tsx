// @vitest-environment node
import { describe, expect, it } from 'vitest';
import enQuotes from '../../../locales/en/quotes.json';
import faQuotes from '../../../locales/fa/quotes.json';
import { EMPTY_ADDRESS, type AccountDoc, type ContactDoc } from '../../../shared/entities';
import type { Language } from '../../../shared/preferences';
import { QuotePrintView, type CompanyInfo } from '../../../renderer/src/features/quotes/QuotePrintView';
import { count, render } from '../ui/render';
import { scenarioDoc } from './fixtures';

const company: CompanyInfo = {
  name: 'فناوران پیوند', address: 'تهران، خیابان ولیعصر', phone: '021-88001122', nationalId: '14001234567', economicCode: '411234567890',
  logo: 'data:image/png;base64,iVBORw0KGgo=',
};

const account = {
  id: 'acc1', name: 'صنایع غذایی آرین', nationalId: '10101234567', economicCode: '411111111111',
  address: { ...EMPTY_ADDRESS, city: 'شیراز', street: 'بلوار زند', postalCode: '7134567890' },
  phones: [{ label: 'work', e164: '+987132345678' }],
} as unknown as AccountDoc;
const contact = { id: 'con1', fullName: 'مریم احمدی' } as unknown as ContactDoc;

function view(language: Language, opts: { ready?: boolean; number?: string; irrUnit?: 'rial' | 'toman' } = {}) {
  return render(
    <QuotePrintView
      quote={scenarioDoc({}, opts.number ?? '')} company={company} account={account} contact={contact}
      language={language} irrUnit={opts.irrUnit ?? 'toman'} ready={opts.ready ?? true}
    />,
    language, {}, { fa: { quotes: faQuotes }, en: { quotes: enQuotes } },
  );
}

/** The text of the printed sheet, tags dropped (bidi isolates kept out of the way). */
const text = (html: string) =>
  html.slice(html.indexOf('<article')).replace(/<[^>]+>/g, ' ').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
/** What the app wrote itself: codes (number, SKU) and the user's own text left out. */
const figures = (body: string) =>
  body.replace(/P-7KQ3M9XD-12|Q-1405-000042|NB-14|Cat6/g, '').split(/توضیحات|Notes/)[0]!;

describe('the printed proforma invoice (server-rendered)', () => {
  it('Persian: an RTL page marked ready, Jalali dates and Persian digits, the total in digits and in words', () => {
    const html = view('fa');
    expect(html).toMatch(/<article[^>]*dir="rtl"[^>]*lang="fa"[^>]*data-testid="quote-print"[^>]*data-ready="true"/);
    const body = text(html);
    expect(body).toContain('پیش‌فاکتور');
    expect(html).toMatch(/data-testid="print-issue-date"><bdi dir="ltr">۱۴۰۵\/۰۹\/۱۱</);
    expect(html).toMatch(/data-testid="print-valid-until"><bdi dir="ltr">۱۴۰۵\/۰۹\/۲۶</);
    expect(body).toContain('این پیش‌فاکتور تا تاریخ ۱۴۰۵/۰۹/۲۶ اعتبار دارد.');
    expect(html).toMatch(/data-testid="print-total"><bdi>۱۴۱٬۱۵۲٬۸۸۰\u00A0تومان</);
    expect(body).toContain('یکصد و چهل و یک میلیون و یکصد و پنجاه و دو هزار و هشتصد و هشتاد تومان');
    expect(figures(body)).not.toMatch(/[0-9]/); // no Latin digit in any figure or date of the Persian page
    expect(body).toContain('مالیات بر ارزش افزوده (۱۰٪)');
    expect(body).toContain('تخفیف کلی (۴٪)');
  });

  it('Persian: seller and buyer with their national ID and economic code, the lines, signatures', () => {
    const html = view('fa');
    const body = text(html);
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(body).toMatch(/فروشنده فناوران پیوند شناسه ملی: ۱۴۰۰۱۲۳۴۵۶۷ کد اقتصادی: ۴۱۱۲۳۴۵۶۷۸۹۰/);
    expect(body).toMatch(/خریدار صنایع غذایی آرین شناسه ملی: ۱۰۱۰۱۲۳۴۵۶۷ کد اقتصادی: ۴۱۱۱۱۱۱۱۱۱۱۱/);
    expect(body).toContain('شیراز، بلوار زند');
    expect(body).toContain('کد پستی: ۷۱۳۴۵۶۷۸۹۰');
    expect(body).toContain('طرف تماس: مریم احمدی');
    expect(count(html, 'data-testid="print-line"')).toBe(3);
    expect(body).toContain('۲۵٫۵');
    expect(body).toContain('مهر و امضای فروشنده');
    expect(body).toContain('مهر و امضای خریدار');
    expect(html).toMatch(/data-testid="print-number"><bdi dir="ltr">P-7KQ3M9XD-12<\/bdi><span[^>]*> \(موقت\)/);
  });

  it('English: an LTR page with Gregorian dates, Latin digits and English words', () => {
    const html = view('en', { irrUnit: 'rial', number: 'Q-1405-000042' });
    expect(html).toMatch(/<article[^>]*dir="ltr"[^>]*lang="en"/);
    const body = text(html);
    expect(body).toContain('Proforma invoice');
    expect(html).toMatch(/data-testid="print-issue-date"><bdi dir="ltr">2026\/12\/02</);
    expect(html).toMatch(/data-testid="print-total"><bdi>1,411,528,800\u00A0IRR</);
    expect(body).toContain('one billion four hundred eleven million five hundred twenty-eight thousand eight hundred Iranian rials');
    expect(body).toContain('This proforma invoice is valid until 2026/12/17.');
    expect(body).toContain('National ID: 10101234567');
    expect(figures(body)).not.toMatch(/[۰-۹]/); // no Persian digit in any figure or date of the English page
    expect(html).toMatch(/data-testid="print-number"><bdi dir="ltr">Q-1405-000042<\/bdi><\/dd>/); // final: no "provisional"
  });

  it('is not marked ready until fonts and pictures are in', () => {
    expect(view('fa', { ready: false })).not.toContain('data-ready');
  });
});
