// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ refusal: null as string | null }));

vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({}) }));
vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});
vi.mock('../../../renderer/src/db/DatabaseProvider', () => ({ useDatabase: () => ({}) }));
vi.mock('../../../renderer/src/features/sync/use-write-refusal', () => ({ useWriteRefusal: () => state.refusal }));
vi.mock('../../../renderer/src/features/sales-settings/use-sales-data', () => ({
  useOpenDealsByStage: () => new Map([['proposal', 2]]),
  useHasDeals: () => true,
}));
vi.mock('../../../renderer/src/features/sales-settings/sales-reference', async (importOriginal) => {
  const actual = await importOriginal<typeof SalesReference>();
  const { effectiveStages } = await import('../../../shared/sales');
  const rate = (currency: string, effectiveDate: string, value: string) => {
    const data = { currency, baseCurrency: 'IRR', rate: value, effectiveDate };
    return { key: actual.exchangeRateKey(data), data, doc: {} };
  };
  // Dated in the past, so they are in force whatever day the test runs.
  const rates = [rate('USD', '2020-01-01', '1000000'), rate('USD', '2020-03-20', '1050000'), rate('AED', '2020-03-20', '290000')];
  const rows: Record<string, unknown[]> = { exchangeRate: rates, currency: [], pipelineStage: [], setting: [] };
  return {
    ...actual,
    useReferenceRows: (kind: string) => rows[kind],
    useSetting: (key: string) => ({ baseCurrency: 'IRR', defaultVatPercent: '10', company: { name: 'صنایع پیوند', address: '', phone: '', nationalId: '', economicCode: '', logo: '' } })[key],
    useEnabledCurrencies: () => ['IRR', 'AED', 'EUR', 'USD'],
    useExchangeRates: () => rates.map((r) => r.data),
    usePipelineStages: () => effectiveStages([]).map((s) => ({ ...s, name: `stage:${s.id}` })),
  };
});

import { Route, Router } from 'wouter';
import type * as SalesReference from '../../../renderer/src/features/sales-settings/sales-reference';
import enSalesSettings from '../../../locales/en/salesSettings.json';
import faSalesSettings from '../../../locales/fa/salesSettings.json';
import faCommon from '../../../locales/fa/common.json';
import enCommon from '../../../locales/en/common.json';
import faSync from '../../../locales/fa/sync.json';
import enSync from '../../../locales/en/sync.json';
import faValidation from '../../../locales/fa/validation.json';
import enValidation from '../../../locales/en/validation.json';
import { SalesSettingsPage } from '../../../renderer/src/features/sales-settings/SalesSettingsPage';
import { RateText } from '../../../renderer/src/features/sales-settings/RateText';
import { render as renderUi } from '../ui/render';

const extra = {
  fa: { salesSettings: faSalesSettings, common: faCommon, sync: faSync, validation: faValidation },
  en: { salesSettings: enSalesSettings, common: enCommon, sync: enSync, validation: enValidation },
};
const text = (html: string) => html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
/** The opening tag with this test id (its attributes in any order). */
const tag = (html: string, testId: string) => {
  const at = html.indexOf(`data-testid="${testId}"`);
  return at < 0 ? '' : html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
};
const page = (tab = 'rates', language: 'fa' | 'en' = 'fa') =>
  renderUi(
    <Router ssrPath={`/settings/sales/${tab}`}>
      <Route path="/settings/sales/:tab?" component={SalesSettingsPage} />
    </Router>,
    language,
    {},
    extra,
  );

describe('RateText', () => {
  it('writes a rate in Persian digits with grouping, per 1 unit, with the toman figure for toman readers', () => {
    const html = renderUi(<RateText rate="1050000" currency="USD" base="IRR" />, 'fa', {}, extra);
    expect(text(html)).toBe('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار (معادل ۱۰۵٬۰۰۰ تومان)');
    expect(text(renderUi(<RateText rate="1050000" currency="USD" base="IRR" />, 'fa', { irrUnit: 'rial' }, extra))).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
  });
});

describe('sales settings page', () => {
  it("shows today's rate per enabled currency and warns about a currency without one", () => {
    state.refusal = null;
    const html = page('rates');
    const today = html.slice(html.indexOf('data-testid="today-rates"'), html.indexOf('data-testid="rate-entry"'));
    expect(html).toMatch(/data-testid="today-USD"[^>]*data-has-rate="true"/);
    expect(html).toMatch(/data-testid="today-EUR"[^>]*data-has-rate="false"/);
    expect(text(today)).toContain('۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار');
    expect(text(today)).toContain('۲۹۰٬۰۰۰ ریال برای ۱ درهم');
    expect(text(html.slice(html.indexOf('data-testid="missing-rates"')))).toContain('برای یورو (EUR) تا امروز نرخی ثبت نشده است');
  });

  it('lists the history of the first currency newest first, with Jalali dates, and offers correction and delete', () => {
    state.refusal = null;
    const html = page('rates');
    const rows = [...html.matchAll(/data-testid="rate-row" data-date="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(['2020-03-20', '2020-01-01']);
    expect(text(html.slice(html.indexOf('data-testid="rate-history"')))).toContain('۱ فروردین ۱۳۹۹');
    expect(html).toContain('data-testid="rate-correct"');
    expect(html).toContain('data-testid="rate-delete"');
    expect(html).toContain('data-testid="rates-import-input"');
  });

  it('says a stage with open deals cannot be deleted, and says why; the first stage cannot move up', () => {
    state.refusal = null;
    const html = page('stages');
    expect(html).toContain('data-testid="stages-builtin"');
    const proposal = html.slice(html.indexOf('data-stage-id="proposal"'), html.indexOf('data-stage-id="negotiation"'));
    expect(text(proposal)).toContain('۲ فرصت باز');
    expect(proposal).toMatch(/aria-label="۲ فرصت باز در این مرحله است؛ حذف نمی‌شود\. آن را غیرفعال کنید\."/);
    expect(tag(proposal, 'stage-delete')).toContain('disabled=""');
    const first = html.slice(html.indexOf('data-stage-id="prospecting"'), html.indexOf('data-stage-id="needsAnalysis"'));
    expect(tag(first, 'stage-up')).toContain('disabled=""');
    expect(tag(first, 'stage-down')).not.toContain('disabled=""');
    expect(tag(first, 'stage-delete')).not.toContain('disabled=""');
  });

  it('keeps the base currency enabled and points to the personal toman preference', () => {
    state.refusal = null;
    const html = page('currencies');
    expect(tag(html, 'currency-IRR')).toContain('disabled=""');
    expect(tag(html, 'currency-USD')).not.toContain('disabled=""');
    expect(text(html)).toContain('ریال (IRR) — ارز پایه');
    expect(html).toContain('href="#/settings"');
    expect(text(html)).toContain('ترجیح شخصی هر کاربر');
  });

  it('shows the company details and the default VAT in the user\'s digits', () => {
    state.refusal = null;
    const html = page('company');
    expect(tag(html, 'company-name')).toContain('value="صنایع پیوند"');
    expect(tag(html, 'company-vat')).toContain('value="۱۰"');
  });

  it('is read-only, with the reason, for a user who may not change reference data', () => {
    state.refusal = 'referenceAdminOnly';
    const html = ['currencies', 'rates', 'stages', 'company'].map((tab) => page(tab)).join('');
    expect(html).toContain('data-reason="referenceAdminOnly"');
    expect(text(html)).toContain('فقط مدیر سیستم می‌تواند این داده را تغییر دهد');
    expect(html).toContain('data-testid="rate-history"');
    for (const id of ['rate-entry', 'rate-delete', 'rate-correct', 'rates-import-input', 'currencies-save', 'stages-save', 'stage-add', 'stage-up', 'company-save', 'company-logo-input']) {
      expect(html, id).not.toContain(`data-testid="${id}"`);
    }
    for (const id of ['company-name', 'company-vat', 'stage-name', 'base-currency', 'currency-USD']) expect(tag(html, id), id).toContain('disabled=""');
    state.refusal = null;
    expect(page('rates')).toContain('data-testid="rate-entry"');
  });

  it('has English text with the same structure', () => {
    state.refusal = null;
    const html = page('rates', 'en');
    expect(text(html)).toContain('Exchange rates');
    expect(text(html)).toContain("Today's rates");
  });
});
