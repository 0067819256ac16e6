import { formatDecimalNumber, parseDecimal, rescaleDecimal } from '../../../../shared/money';
import { withDigits, type DigitStyle } from '../../../../shared/text/digits';
import { productPrice, QUOTE_LINES_MAX, type ProductDoc, type QuoteDiscount, type QuoteLine } from '../../../../shared/entities';
import type { FieldErrors } from '../../../../shared/entities';

/**
 * The line operations of the quote editor, as pure functions of the line list: the
 * component only wires them to buttons and keys.
 */

export type DiscountKind = 'none' | 'percent' | 'amount';

export function blankLine(id: string): QuoteLine {
  return { id, productId: '', description: '', sku: '', unit: '', quantity: '1', unitPriceMinor: 0, discount: null };
}

export type ProductForLine = Pick<ProductDoc, 'id' | 'name' | 'sku' | 'unit' | 'prices'>;

/**
 * A line for a catalog product, priced in the quote currency. `priced` is false when the
 * product has no price in that currency: the line starts at 0 and the editor says so.
 */
export function lineFromProduct(product: ProductForLine, currency: string, id: string): { line: QuoteLine; priced: boolean } {
  const price = productPrice(product, currency);
  return {
    line: {
      id,
      productId: product.id,
      description: product.name.slice(0, 500),
      sku: product.sku,
      unit: product.unit,
      quantity: '1',
      unitPriceMinor: price?.amountMinor ?? 0,
      discount: null,
    },
    priced: price !== null,
  };
}

export function canAddLine(lines: readonly QuoteLine[]): boolean {
  return lines.length < QUOTE_LINES_MAX;
}

/** Nothing typed into it yet (the empty line a new quote starts with). */
export function isBlankLine(line: QuoteLine): boolean {
  return line.productId === '' && line.description.trim() === '' && line.sku === '' && line.unit === ''
    && line.unitPriceMinor === 0 && line.discount === null && (line.quantity === '1' || line.quantity === '');
}

/**
 * Appends a line. A quote that holds only its untouched starting line gets the new line in
 * its place (picking the first product should not leave an empty line above it).
 */
export function addLine(lines: readonly QuoteLine[], line: QuoteLine): QuoteLine[] {
  if (lines.length === 1 && isBlankLine(lines[0]!)) return [line];
  return canAddLine(lines) ? [...lines, line] : [...lines];
}

/** Puts a removed line back where it was (undo). */
export function insertLine(lines: readonly QuoteLine[], index: number, line: QuoteLine): QuoteLine[] {
  if (!canAddLine(lines) || lines.some((l) => l.id === line.id)) return [...lines];
  const at = Math.max(0, Math.min(index, lines.length));
  return [...lines.slice(0, at), line, ...lines.slice(at)];
}

export function updateLine(lines: readonly QuoteLine[], index: number, patch: Partial<Omit<QuoteLine, 'id'>>): QuoteLine[] {
  return lines.map((line, i) => (i === index ? { ...line, ...patch } : line));
}

export function removeLine(lines: readonly QuoteLine[], index: number): QuoteLine[] {
  return lines.filter((_, i) => i !== index);
}

/** Moves a line up (-1) or down (+1); the same order back when it is already at that end. */
export function moveLine(lines: readonly QuoteLine[], index: number, delta: -1 | 1): QuoteLine[] {
  const target = index + delta;
  if (index < 0 || index >= lines.length || target < 0 || target >= lines.length) return [...lines];
  const next = [...lines];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Which line takes the focus after line `removed` went away (-1: none left). */
export function focusAfterRemoval(removed: number, remaining: number): number {
  if (remaining === 0) return -1;
  return Math.min(removed, remaining - 1);
}

export function discountKind(discount: QuoteDiscount | null): DiscountKind {
  return discount === null ? 'none' : discount.kind;
}

/** Switching the kind starts the new kind empty: a percent is not an amount. */
export function withDiscountKind(discount: QuoteDiscount | null, kind: DiscountKind): QuoteDiscount | null {
  if (kind === discountKind(discount)) return discount;
  if (kind === 'none') return null;
  return kind === 'percent' ? { kind: 'percent', percent: '' } : { kind: 'amount', amountMinor: 0 };
}

/**
 * Decimal text as typed (Persian or Arabic digits; the Persian decimal separator ٫ or a
 * slash, as Persian writes 2/5 for 2.5) turned into the stored ASCII form "2.5". Group
 * separators (٬, or commas in their places: 1,500) and spaces are dropped. Anything else
 * is kept, so validation can point at it.
 */
export function normalizeDecimalText(text: string): string {
  let out = '';
  for (const ch of text.trim()) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (ch === '\u066B' || ch === '/') out += '.';
    else if (ch === '\u066C' || ch === ' ' || ch === '\u00A0' || ch === '\u200C') continue;
    else out += ch;
  }
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(out) ? out.replaceAll(',', '') : out;
}

/**
 * Stored decimal text as the user reads it: "2.5" → "۲٫۵" (Persian digits take the Persian
 * decimal separator). Text that is not a plain decimal is shown as it is.
 */
export function decimalText(text: string, digits: DigitStyle): string {
  return /^\d+(\.\d+)?$/.test(text) ? formatDecimalNumber(text, { digits, grouping: false }) : withDigits(text, digits);
}

/**
 * Whether a line asks for more than the stock on hand ('' stock = not tracked: never).
 * Unreadable text counts as not exceeding: validation speaks about it instead.
 */
export function exceedsStock(quantity: string, stockQuantity: string): boolean {
  if (stockQuantity === '') return false;
  const q = parseDecimal(quantity);
  const s = parseDecimal(stockQuantity);
  if (!q.ok || !s.ok) return false;
  const scale = Math.max(q.value.scale, s.value.scale);
  return rescaleDecimal(q.value, scale) > rescaleDecimal(s.value, scale);
}

/** The quote's currency changed: what happens to the amounts already entered. */
export interface CurrencyChange {
  lines: QuoteLine[];
  discount: QuoteDiscount | null;
  /** Line ids whose product has no price in the new currency (they start at 0). */
  unpriced: string[];
}

/**
 * Minor units mean nothing in another currency (1,000 rials are not 1,000 cents), so a
 * currency change re-reads catalog prices for product lines and clears every other amount:
 * free-text prices go to 0 and amount discounts are dropped. Percent discounts stay.
 * `products` holds the catalog entries of the product lines (a missing one counts as unpriced).
 */
export function changeCurrency(
  lines: readonly QuoteLine[],
  overall: QuoteDiscount | null,
  currency: string,
  products: ReadonlyMap<string, Pick<ProductDoc, 'prices'>>,
): CurrencyChange {
  const unpriced: string[] = [];
  const next = lines.map((line) => {
    const discount = line.discount?.kind === 'amount' ? null : line.discount;
    if (!line.productId) return { ...line, unitPriceMinor: 0, discount };
    const product = products.get(line.productId);
    const price = product ? productPrice(product, currency) : null;
    if (!price) unpriced.push(line.id);
    return { ...line, unitPriceMinor: price?.amountMinor ?? 0, discount };
  });
  return { lines: next, discount: overall?.kind === 'amount' ? null : overall, unpriced };
}

/** Whether a currency change would throw away anything the user entered (ask first). */
export function currencyChangeLosesAmounts(lines: readonly QuoteLine[], overall: QuoteDiscount | null): boolean {
  return (
    overall?.kind === 'amount'
    || lines.some((line) => line.unitPriceMinor !== 0 || line.discount?.kind === 'amount')
  );
}

/**
 * A line's errors keyed by its own field path ('quantity', 'discount.percent'), from the
 * form's errors ('lines.2.quantity'). Errors on the whole line ('lines.2') come back as '_'.
 */
export function lineErrors(errors: FieldErrors, index: number): FieldErrors {
  const prefix = `lines.${index}`;
  const out: FieldErrors = {};
  for (const [path, key] of Object.entries(errors)) {
    if (path === prefix) out._ = key;
    else if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = key;
  }
  return out;
}
