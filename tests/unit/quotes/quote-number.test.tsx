// @vitest-environment node
import { describe, expect, it } from 'vitest';
import enQuotes from '../../../locales/en/quotes.json';
import faQuotes from '../../../locales/fa/quotes.json';
import { QuoteNumber } from '../../../renderer/src/features/quotes/QuoteNumber';
import { render } from '../ui/render';

const extra = { fa: { quotes: faQuotes }, en: { quotes: enQuotes } };

describe('QuoteNumber', () => {
  it('shows the provisional number, marked provisional with the "final number on sync" hint', () => {
    const html = render(<QuoteNumber quote={{ number: '', provisionalNumber: 'P-7KQ3M9XD-12' }} />, 'fa', {}, extra);
    expect(html).toContain('data-provisional="true"');
    expect(html).toContain('<bdi dir="ltr">P-7KQ3M9XD-12</bdi>');
    expect(html).toContain('data-testid="provisional-badge"');
    expect(html).toContain('موقت');
    expect(html).toContain('شمارهٔ نهایی پس از همگام‌سازی با سرور داده می‌شود');
    const en = render(<QuoteNumber quote={{ number: '', provisionalNumber: 'P-7KQ3M9XD-12' }} compact />, 'en', {}, extra);
    expect(en).toContain('Provisional');
    expect(en).toContain('the final number is assigned when the quote syncs');
  });

  it('shows the final number alone once the server gave it', () => {
    const html = render(<QuoteNumber quote={{ number: 'Q-1405-000042', provisionalNumber: 'P-7KQ3M9XD-12' }} />, 'fa', {}, extra);
    expect(html).toContain('<bdi dir="ltr">Q-1405-000042</bdi>');
    expect(html).not.toContain('P-7KQ3M9XD-12');
    expect(html).not.toContain('data-provisional');
    expect(html).not.toContain('موقت');
  });
});
