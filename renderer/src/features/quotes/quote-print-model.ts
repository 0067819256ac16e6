import { formatDate, isIsoDate } from '../../../../shared/dates';
import { quoteDisplayNumber, type QuoteDiscount, type QuoteDoc } from '../../../../shared/entities';
import {
  amountInWords, convertWithRate, currencyMinorDigits, currencyUnitLabel, formatAmount, formatDecimalNumber, formatMoney,
  isKnownCurrency, money, type LockedRate, type Money,
} from '../../../../shared/money';
import { computeQuoteTotals } from '../../../../shared/sales';
import type { CalendarSystem, IrrDisplayUnit, Language } from '../../../../shared/preferences';
import type { DigitStyle } from '../../../../shared/text/digits';

/**
 * Everything the printed proforma shows, already written out. A printed document follows
 * its language whole: Persian is Jalali with Persian digits, English is Gregorian with
 * Latin digits (the screen's separate calendar/digit preferences don't mix into it).
 * Only the rial/toman choice is the user's.
 */
export interface PrintStyle {
  language: Language;
  calendar: CalendarSystem;
  digits: DigitStyle;
  irrUnit: IrrDisplayUnit;
}

export function printStyle(language: Language, irrUnit: IrrDisplayUnit): PrintStyle {
  return language === 'fa'
    ? { language, calendar: 'jalali', digits: 'persian', irrUnit }
    : { language, calendar: 'gregorian', digits: 'latin', irrUnit };
}

export interface PrintLine {
  id: string;
  row: string;
  description: string;
  sku: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  gross: string;
  /** '' when the line has no discount. */
  discount: string;
  /** "۱۰٪" for a percent discount, '' otherwise. */
  discountPercent: string;
  net: string;
}

export interface QuotePrintModel {
  number: string;
  /** The final number has not come from the server yet. */
  provisional: boolean;
  issueDate: string;
  validUntil: string;
  /** The unit every amount column is in: "تومان", "USD". */
  unit: string;
  lines: PrintLine[];
  subtotal: string;
  /** null without an overall discount. */
  discount: string | null;
  discountPercent: string;
  taxable: string;
  vatPercent: string;
  vat: string;
  /** With its unit: "۱۲٬۵۰۰٬۰۰۰ تومان". */
  total: string;
  totalInWords: string;
  /** "1 USD = 1,050,000 IRR" at the snapshotted rate, or null (same currency, no rate). */
  rate: { one: string; equals: string; date: string } | null;
}

function percentText(percent: string, style: PrintStyle): string {
  const number = formatDecimalNumber(percent, { digits: style.digits, grouping: false });
  return style.language === 'fa' ? `${number}٪` : `${number}%`;
}

function discountPercent(discount: QuoteDiscount | null, style: PrintStyle): string {
  return discount?.kind === 'percent' ? percentText(discount.percent, style) : '';
}

function dateText(isoDate: string, style: PrintStyle): string {
  return isIsoDate(isoDate) ? formatDate(isoDate, { ...style, style: 'short' }) : isoDate;
}

/** The printed figures of a stored quote; null when its numbers don't compute (never for a valid quote). */
export function quotePrintModel(quote: QuoteDoc, style: PrintStyle): QuotePrintModel | null {
  if (!isKnownCurrency(quote.currency)) return null;
  const result = computeQuoteTotals(quote);
  if (!result.ok) return null;
  const { totals } = result;
  const amount = (m: Money) => formatAmount(m, style);

  const lines = quote.lines.map((line, i): PrintLine => {
    const computed = totals.lines[i]!;
    const hasDiscount = line.discount !== null && computed.discount.amountMinor > 0;
    return {
      id: line.id,
      row: formatDecimalNumber(i + 1, { digits: style.digits }),
      description: line.description,
      sku: line.sku,
      unit: line.unit,
      quantity: formatDecimalNumber(line.quantity, { digits: style.digits }),
      unitPrice: amount(money(line.unitPriceMinor, quote.currency)),
      gross: amount(computed.gross),
      discount: hasDiscount ? amount(computed.discount) : '',
      discountPercent: hasDiscount ? discountPercent(line.discount, style) : '',
      net: amount(computed.net),
    };
  });

  return {
    number: quoteDisplayNumber(quote),
    provisional: quote.number === '',
    issueDate: dateText(quote.issueDate, style),
    validUntil: dateText(quote.validUntil, style),
    unit: currencyUnitLabel(quote.currency, style.language, style.irrUnit),
    lines,
    subtotal: amount(totals.subtotal),
    discount: quote.discount !== null && totals.discount.amountMinor > 0 ? amount(totals.discount) : null,
    discountPercent: totals.discount.amountMinor > 0 ? discountPercent(quote.discount, style) : '',
    taxable: amount(totals.taxable),
    vatPercent: percentText(quote.vatPercent, style),
    vat: amount(totals.vat),
    total: formatMoney(totals.total, style),
    totalInWords: amountInWords(totals.total, style.language, style.irrUnit),
    rate: quote.rate ? rateSummary(quote.rate, quote.currency, style) : null,
  };
}

/**
 * A snapshotted rate written out: "۱ دلار" = "۱٬۰۵۰٬۰۰۰ تومان", in force from a date.
 * null when the snapshot doesn't fit the quote (a damaged one is left off, never printed wrong).
 */
export function rateSummary(rate: LockedRate, currency: string, style: PrintStyle): QuotePrintModel['rate'] {
  if (rate.from !== currency || !isKnownCurrency(rate.from) || !isKnownCurrency(rate.to)) return null;
  try {
    const one = money(10 ** currencyMinorDigits(rate.from), rate.from);
    return {
      one: `${formatDecimalNumber(1, { digits: style.digits })}\u00A0${currencyUnitLabel(rate.from, style.language, style.irrUnit)}`,
      equals: formatMoney(convertWithRate(one, rate.to, rate), style),
      date: dateText(rate.effectiveDate, style),
    };
  } catch {
    return null;
  }
}

/** "پیش‌فاکتور P-7KQ3M9XD-12.pdf": a file name any OS accepts. */
export function pdfFileName(prefix: string, number: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const safe = `${prefix} ${number}`.replace(/[\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]+/g, '-').replace(/\s+/g, ' ').trim();
  return `${safe.slice(0, 120)}.pdf`;
}
