import { describe, expect, it } from 'vitest';
import { pdfFileNameSchema } from '../../../shared/platform/desktop-api';
import { pdfFileName, printStyle, quotePrintModel, rateSummary } from '../../../renderer/src/features/quotes/quote-print-model';
import { SCENARIO_TOTAL_MINOR, scenarioDoc } from './fixtures';

describe('printed quote figures', () => {
  it('the 3-line scenario adds up to the hand-computed total', () => {
    expect(scenarioDoc().totals).toEqual({
      subtotalMinor: 1_336_675_000, discountMinor: 53_467_000, taxableMinor: 1_283_208_000, vatMinor: 128_320_800, totalMinor: SCENARIO_TOTAL_MINOR,
    });
  });

  it('Persian: Jalali dates, Persian digits, tomans, the total in Persian words', () => {
    const m = quotePrintModel(scenarioDoc(), printStyle('fa', 'toman'))!;
    expect(m.issueDate).toBe('۱۴۰۵/۰۹/۱۱');
    expect(m.validUntil).toBe('۱۴۰۵/۰۹/۲۶');
    expect(m.unit).toBe('تومان');
    expect(m.lines.map((l) => [l.row, l.quantity, l.unitPrice, l.gross, l.discount, l.discountPercent, l.net])).toEqual([
      ['۱', '۳', '۴۵٬۰۰۰٬۰۰۰', '۱۳۵٬۰۰۰٬۰۰۰', '۱۳٬۵۰۰٬۰۰۰', '۱۰٪', '۱۲۱٬۵۰۰٬۰۰۰'],
      ['۲', '۱', '۱۲٬۰۰۰٬۰۰۰', '۱۲٬۰۰۰٬۰۰۰', '۲٬۰۰۰٬۰۰۰', '', '۱۰٬۰۰۰٬۰۰۰'],
      ['۳', '۲۵٫۵', '۸۵٬۰۰۰', '۲٬۱۶۷٬۵۰۰', '', '', '۲٬۱۶۷٬۵۰۰'],
    ]);
    expect([m.subtotal, m.discount, m.discountPercent, m.taxable, m.vatPercent, m.vat]).toEqual(
      ['۱۳۳٬۶۶۷٬۵۰۰', '۵٬۳۴۶٬۷۰۰', '۴٪', '۱۲۸٬۳۲۰٬۸۰۰', '۱۰٪', '۱۲٬۸۳۲٬۰۸۰'],
    );
    expect(m.total).toBe('۱۴۱٬۱۵۲٬۸۸۰\u00A0تومان');
    expect(m.totalInWords).toBe('یکصد و چهل و یک میلیون و یکصد و پنجاه و دو هزار و هشتصد و هشتاد تومان');
    expect(m.provisional).toBe(true);
    expect(m.number).toBe('P-7KQ3M9XD-12');
  });

  it('in rials when the user reads rials', () => {
    const m = quotePrintModel(scenarioDoc(), printStyle('fa', 'rial'))!;
    expect(m.total).toBe('۱٬۴۱۱٬۵۲۸٬۸۰۰\u00A0ریال');
    expect(m.totalInWords).toBe('یک میلیارد و چهارصد و یازده میلیون و پانصد و بیست و هشت هزار و هشتصد ریال');
  });

  it('English: Gregorian dates, Latin digits, English words; the final number once the server gave it', () => {
    const m = quotePrintModel(scenarioDoc({}, 'Q-1405-000042'), printStyle('en', 'rial'))!;
    expect(m.issueDate).toBe('2026/12/02');
    expect(m.lines[2]!.quantity).toBe('25.5');
    expect(m.total).toBe('1,411,528,800\u00A0IRR');
    expect(m.totalInWords).toBe('one billion four hundred eleven million five hundred twenty-eight thousand eight hundred Iranian rials');
    expect(m.vatPercent).toBe('10%');
    expect(m.number).toBe('Q-1405-000042');
    expect(m.provisional).toBe(false);
  });

  it('cents: rounding per printed amount, and words with the minor unit', () => {
    const doc = scenarioDoc({
      currency: 'USD',
      lines: [{ id: 'a', productId: '', description: 'Support', sku: '', unit: 'h', quantity: '3', unitPriceMinor: 3_333, discount: { kind: 'percent', percent: '12.5' } }],
      discount: null,
      vatPercent: '9',
      rate: { from: 'USD', to: 'IRR', numerator: '1050000', denominator: '1', effectiveDate: '2026-12-01' },
    });
    // 99.99 less 12.5 % (12.49875 → 12.50) = 87.49; VAT 9 % = 7.8741 → 7.87; total 95.36
    expect(doc.totals.totalMinor).toBe(9_536);
    const m = quotePrintModel(doc, printStyle('en', 'rial'))!;
    expect(m.lines[0]!.discount).toBe('12.50');
    expect(m.total).toBe('95.36\u00A0USD');
    expect(m.totalInWords).toBe('ninety-five US dollars and thirty-six cents');
    expect(m.rate).toEqual({ one: '1\u00A0USD', equals: '1,050,000\u00A0IRR', date: '2026/12/01' });
    expect(quotePrintModel(doc, printStyle('fa', 'toman'))!.rate).toEqual({ one: '۱\u00A0دلار', equals: '۱۰۵٬۰۰۰\u00A0تومان', date: '۱۴۰۵/۰۹/۱۰' });
  });

  it('leaves off a rate snapshot that does not fit the quote', () => {
    expect(rateSummary({ from: 'EUR', to: 'IRR', numerator: '1', denominator: '1', effectiveDate: '2026-12-01' }, 'USD', printStyle('en', 'rial'))).toBeNull();
  });

  it('names the PDF file so that the desktop export accepts it', () => {
    expect(pdfFileName('پیش‌فاکتور', 'P-7KQ3M9XD-12')).toBe('پیش‌فاکتور P-7KQ3M9XD-12.pdf');
    expect(pdfFileName('Quote', 'A/B:C')).toBe('Quote A-B-C.pdf');
    for (const name of [pdfFileName('پیش‌فاکتور', 'P-7KQ3M9XD-12'), pdfFileName('Quote', 'x\u202Efdp.exe'), pdfFileName('Quote', 'y'.repeat(300))]) {
      expect(pdfFileNameSchema.safeParse(name).success, name).toBe(true);
    }
  });
});
