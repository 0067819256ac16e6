// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});
// The formatters read the persisted preferences store, which server renders see only in its initial state.
vi.mock('../../../renderer/src/app/formatters', async () => {
  const { testPrefs } = await import('../ui/render');
  const { formatMoney } = await import('../../../shared/money');
  const { withDigits } = await import('../../../shared/text/digits');
  return {
    useFormatters: () => {
      const prefs = testPrefs.current;
      return {
        prefs,
        number: (n: number) => withDigits(String(n), prefs.digits),
        digits: (s: string | number) => withDigits(String(s), prefs.digits),
        money: (m: { amountMinor: number; currency: string }) => formatMoney(m, prefs),
      };
    },
  };
});

import enOpportunities from '../../../locales/en/opportunities.json';
import faOpportunities from '../../../locales/fa/opportunities.json';
import i18next from 'i18next';
import { BoardSummaryBar } from '../../../renderer/src/features/opportunities/BoardSummaryBar';
import { boardSummary, buildColumns } from '../../../renderer/src/features/opportunities/board-model';
import { cardLabels, OpportunityCardView } from '../../../renderer/src/features/opportunities/OpportunityCard';
import { count, render } from '../ui/render';
import { deal, eur, irr, RATES, STAGES, usd } from './fixtures';

const extra = { fa: { opportunities: faOpportunities }, en: { opportunities: enOpportunities } };
const labels = (language: 'fa' | 'en') => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: { opportunities: language === 'fa' ? faOpportunities : enOpportunities } }, lng: language, initImmediate: false } as never);
  return cardLabels(i18n.t.bind(i18n) as never);
};

describe('a board card', () => {
  const card = (props: Partial<Parameters<typeof OpportunityCardView>[0]> = {}, language: 'fa' | 'en' = 'fa') =>
    render(
      <OpportunityCardView
        deal={deal({ id: 'o1', name: 'خرید سرور', amount: usd(1_000_00), probability: 50, stageId: 'proposal', expectedCloseDate: '2026-12-20' })}
        labels={labels(language)} accountName="صنایع غذایی آرین" ownerName="سارا" baseValue={irr(1_050_000_000)} baseCurrency="IRR" today="2026-11-25"
        onMoveMenu={() => undefined} {...props}
      />,
      language, {}, extra,
    );

  it('shows name, account, amount, its base-currency value, probability, Jalali date and owner', () => {
    const html = card();
    expect(html).toContain('data-testid="opportunity-card"');
    expect(html).toContain('data-stage="proposal"');
    expect(html).toContain('data-probability="50"');
    for (const text of ['خرید سرور', 'صنایع غذایی آرین', 'سارا', '۱٬۰۰۰٫۰۰', '≈', '۱۰۵٬۰۰۰٬۰۰۰', '۵۰٪', '۲۹ آذر ۱۴۰۵']) expect(html).toContain(text);
    expect(html).toContain('data-testid="card-move"');
    expect(html).toContain('aria-label="انتقال «خرید سرور» به مرحلهٔ دیگر"');
  });

  it('says a rate is missing instead of showing zero', () => {
    const html = card({ deal: deal({ amount: eur(5_00) }), baseValue: null });
    expect(html).toContain('نرخ EUR ثبت نشده است');
    expect(html).not.toContain('≈');
    expect(card({ deal: deal({ amount: eur(5_00) }), baseValue: null }, 'en')).toContain('No EUR rate');
  });

  it('offers no move to a read-only card and says why', () => {
    const html = card({ readOnly: true, onMoveMenu: undefined });
    expect(html).not.toContain('card-move');
    expect(html).toContain('شما اجازهٔ تغییر این فرصت را ندارید');
  });

  it('marks an expected close date that has passed', () => {
    expect(card({ today: '2027-01-01' })).toContain('title="تاریخ پیش‌بینی‌شدهٔ بستن گذشته است"');
    expect(card()).not.toContain('گذشته است');
  });
});

describe('the board summary', () => {
  const deals = [
    deal({ stageId: 'proposal', ownerId: 'sara', amount: irr(10_000_000), probability: 50 }),
    deal({ stageId: 'proposal', ownerId: 'reza', amount: eur(1_00), probability: 50 }),
    deal({ stageId: 'closing', ownerId: 'reza', amount: eur(2_00), probability: 90 }),
    deal({ stageId: 'closing', ownerId: 'reza', amount: eur(3_00), probability: 90 }),
  ];
  const summary = boardSummary(buildColumns(STAGES, deals), { baseCurrency: 'IRR', rates: RATES, onDate: '2026-11-25' });
  const names = (id: string) => ({ sara: 'سارا', reza: 'رضا' })[id] ?? id;

  it('shows the weighted pipeline and a line per owner, in the base currency', () => {
    const html = render(<BoardSummaryBar summary={summary} openCount={4} ownerName={names} />, 'fa', {}, extra);
    expect(html).toContain('جمع وزنی فرصت‌ها');
    expect(html).toContain('۵۰۰٬۰۰۰'); // 5,000,000 rials = 500,000 toman, weighted 50 %
    expect(count(html, 'data-testid="summary-owner"')).toBe(1); // reza's deals all lack a rate
    expect(html).toContain('سارا');
  });

  it('names the deals without a rate, per currency, in both languages', () => {
    expect(render(<BoardSummaryBar summary={summary} openCount={4} ownerName={names} />, 'fa', {}, extra))
      .toContain('۳ فرصت بدون نرخ ارز برای EUR؛ در جمع‌ها حساب نشده‌اند.');
    expect(render(<BoardSummaryBar summary={summary} openCount={4} ownerName={names} />, 'en', {}, extra))
      .toContain('3 deals without a rate for EUR: left out of the totals.');
  });

  it('shows placeholders, not zeros, while the totals are being computed', () => {
    const html = render(<BoardSummaryBar summary={undefined} openCount={null} ownerName={names} />, 'fa', {}, extra);
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('۰');
    expect(count(html, '…')).toBe(3);
  });
});

describe('a pipeline whose deals all lack a rate', () => {
  it('shows a dash, not a zero total, next to the warning', () => {
    const summary = boardSummary(buildColumns(STAGES, [deal({ amount: eur(1_00) })]), { baseCurrency: 'IRR', rates: RATES, onDate: '2026-11-25' });
    const html = render(<BoardSummaryBar summary={summary} openCount={1} ownerName={(id) => id} />, 'fa', {}, extra);
    expect(html).not.toContain('۰ تومان');
    expect(html).toContain('۱ فرصت بدون نرخ ارز برای EUR؛ در جمع‌ها حساب نشده است.');
  });
});
