import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoOptions } from '../../../scripts/demo-data/generate';
import { BAD_ROW_KINDS, generateLeadsCsv, LEADS_CSV_HEADERS } from '../../../scripts/demo-data/leads-csv';
import { LEAD_IMPORT_FIELDS, parseCsv, suggestMapping } from '../../../shared/data-exchange/csv';
import type { DataCollection, DataDocs } from '../../../shared/data-exchange';
import {
  LEAD_CHANNELS, LEAD_STATUSES, leadDocSchema, opportunityDocSchema, productDocSchema, quoteDocSchema, type ReferenceData,
} from '../../../shared/entities';
import { findRate, lockRate, type ExchangeRate } from '../../../shared/money';
import { parsePhone } from '../../../shared/phone/phone';
import { DEFAULT_PIPELINE_STAGES } from '../../../shared/sales';
import { toLatinDigits } from '../../../shared/text/digits';
import { planLeadImport, prepareLeadImportSync, suggestLeadMapping } from '../../../renderer/src/features/leads/lead-import';

// A pipeline big enough that every kind of deal occurs: half open, half won or lost.
const OPTS: DemoOptions = {
  contacts: 300, accounts: 60, activities: 400, products: 70, leads: 200, opportunities: 400, quotes: 120,
  openShare: 0.5, seed: 11, today: '2026-11-20',
};
const items = [...generateDemoData(OPTS)];
const of = <C extends DataCollection>(c: C, from = items): DataDocs[C][] =>
  from.filter((i) => i.collection === c).map((i) => i.doc as DataDocs[C]);
const persian = /[\u0600-\u06FF]/;

const rateRows = of('reference').filter((r) => r.kind === 'exchangeRate');
const rates = rateRows.map((r) => r.data as ReferenceData<'exchangeRate'> as ExchangeRate);
const stageProbability = new Map(DEFAULT_PIPELINE_STAGES.map((s) => [s.id, s.probability]));

describe('demo data: the sales cycle', () => {
  it('dates exchange rates for USD, EUR and AED against IRR, with ids as the app derives them', () => {
    expect(new Set(rates.map((r) => r.currency))).toEqual(new Set(['USD', 'EUR', 'AED']));
    for (const row of rateRows) {
      const data = row.data as ReferenceData<'exchangeRate'>;
      expect(row.key).toBe(`${data.currency}@${data.effectiveDate}`);
      // referenceId() of renderer/src/features/sales-settings/sales-reference.ts
      expect(row.id).toBe(`exchangeRate-${row.key.replace(/[^A-Za-z0-9_-]/g, '_')}`);
      expect(data.baseCurrency).toBe('IRR');
      expect(data.effectiveDate <= OPTS.today).toBe(true);
    }
    // One a month up to this month, so today's conversions find one.
    expect(findRate(rates, 'USD', 'IRR', OPTS.today)?.effectiveDate).toBe('2026-11-01');
    expect(rateRows.find((r) => r.key === 'USD@2026-11-01')?.id).toBe('exchangeRate-USD_2026-11-01');
  });

  it('has a Persian product catalog with categories, units, IRR and some USD prices, and stock', () => {
    const products = of('products');
    expect(products.every((p) => productDocSchema.safeParse(p).success)).toBe(true);
    for (const p of products) {
      expect(p.name).toMatch(persian);
      expect(p.unit).toMatch(persian);
      expect(p.prices[0]).toMatchObject({ currency: 'IRR' });
      expect(p.prices[0]!.amountMinor).toBeGreaterThan(0);
    }
    expect(products.some((p) => p.category === 'الکترونیک / رایانه')).toBe(true);
    expect(new Set(products.map((p) => p.category)).size).toBeGreaterThan(5);
    expect(products.some((p) => p.prices.some((m) => m.currency === 'USD'))).toBe(true);
    expect(products.some((p) => p.stockQuantity === '')).toBe(true); // services
    expect(products.some((p) => /^\d+$/.test(p.stockQuantity) && p.stockQuantity !== '0')).toBe(true);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.name)).size).toBe(products.length); // 70 > the catalog: later ones are a new generation
  });

  it('has leads of every status and many channels, with Iranian mobiles and some estimated values', () => {
    const leads = of('leads');
    expect(leads.every((l) => leadDocSchema.safeParse(l).success)).toBe(true);
    expect(new Set(leads.map((l) => l.status))).toEqual(new Set(LEAD_STATUSES));
    expect(new Set(leads.map((l) => l.channel)).size).toBeGreaterThanOrEqual(LEAD_CHANNELS.length - 1);
    expect(leads.filter((l) => l.source).length).toBeGreaterThan(leads.length / 2);
    for (const l of leads) {
      expect(l.displayName).toMatch(persian);
      for (const p of l.phones.filter((x) => x.label === 'mobile')) expect(parsePhone(p.e164)).toMatchObject({ ok: true, type: 'mobile' });
      if (l.status === 'disqualified') expect(l.disqualifyReason).toMatch(persian);
    }
    const valued = leads.filter((l) => l.estimatedValue);
    expect(valued.length).toBeGreaterThan(leads.length / 4);
    expect(valued.some((l) => l.estimatedValue!.currency === 'IRR')).toBe(true);
  });

  it('links qualified leads to the account, contact and opportunity they became', () => {
    const accounts = new Map(of('accounts').map((a) => [a.id, a]));
    const contacts = new Map(of('contacts').map((c) => [c.id, c]));
    const deals = new Map(of('opportunities').map((o) => [o.id, o]));
    const qualified = of('leads').filter((l) => l.status === 'qualified');
    expect(qualified.length).toBeGreaterThan(10);
    for (const l of qualified) {
      const contact = contacts.get(l.contactId)!;
      expect(contact, l.id).toBeDefined();
      expect(contact.accountId).toBe(l.accountId);
      expect(accounts.has(l.accountId)).toBe(true);
      expect(l.displayName).toBe(contact.fullName);
      expect(l.qualifiedAt! >= l.createdAt).toBe(true);
      const deal = deals.get(l.opportunityId)!;
      expect(deal, l.id).toBeDefined();
      expect(deal).toMatchObject({ leadId: l.id, accountId: l.accountId, contactId: l.contactId });
    }
    for (const l of of('leads').filter((x) => x.status !== 'qualified')) {
      expect([l.accountId, l.contactId, l.opportunityId, l.qualifiedAt]).toEqual(['', '', '', null]);
    }
  });

  it('spreads open deals over the default stages at their default probability; closed ones carry a reason and a date', () => {
    const deals = of('opportunities');
    expect(deals.every((o) => opportunityDocSchema.safeParse(o).success)).toBe(true);
    const open = deals.filter((o) => o.status === 'open');
    expect(open.length / deals.length).toBeGreaterThan(0.4);
    expect(open.length / deals.length).toBeLessThan(0.6);
    expect(new Set(open.map((o) => o.stageId))).toEqual(new Set(DEFAULT_PIPELINE_STAGES.map((s) => s.id)));
    for (const o of open) {
      expect(o.probability).toBe(stageProbability.get(o.stageId));
      expect([o.closeReason, o.closedAt, o.lockedRate]).toEqual(['', null, null]);
    }
    for (const o of deals.filter((x) => x.status !== 'open')) {
      expect(o.closeReason).toMatch(persian);
      expect(o.closedAt! > o.createdAt).toBe(true);
      expect(o.closedAt! <= `${OPTS.today}T09:30:00.000Z`).toBe(true);
      expect(o.probability).toBe(o.status === 'won' ? 100 : 0);
    }
    const accounts = new Set(of('accounts').map((a) => a.id));
    expect(deals.every((o) => accounts.has(o.accountId))).toBe(true);
    expect(deals.every((o) => o.name.length > 0 && persian.test(o.name))).toBe(true);
  });

  it('locks the rate of the close date on deals won in a foreign currency', () => {
    const won = of('opportunities').filter((o) => o.status === 'won');
    const foreign = won.filter((o) => o.amount.currency !== 'IRR');
    expect(foreign.length).toBeGreaterThan(3);
    expect(foreign.some((o) => o.amount.currency === 'USD')).toBe(true);
    for (const o of foreign) {
      const closeDate = new Date(Date.parse(o.closedAt!) + 210 * 60_000).toISOString().slice(0, 10);
      expect(o.lockedRate).toEqual(lockRate(findRate(rates, o.amount.currency, 'IRR', closeDate)!));
    }
    for (const o of won.filter((x) => x.amount.currency === 'IRR')) expect(o.lockedRate).toBeNull();
  });

  it('makes quotes on deals that reached a proposal: 1–5 lines, VAT 10, provisional numbers, the rate snapshotted', () => {
    const quotes = of('quotes');
    const deals = new Map(of('opportunities').map((o) => [o.id, o]));
    const products = new Map(of('products').map((p) => [p.id, p]));
    expect(quotes.every((q) => quoteDocSchema.safeParse(q).success)).toBe(true);
    expect(quotes.map((q) => q.provisionalNumber)).toEqual(quotes.map((_, k) => `P-DEMO-${k + 1}`));
    for (const q of quotes) {
      expect(q.number).toBe('');
      expect(q.vatPercent).toBe('10');
      expect(q.lines.length).toBeGreaterThanOrEqual(1);
      expect(q.lines.length).toBeLessThanOrEqual(5);
      const deal = deals.get(q.opportunityId)!;
      expect(deal, q.id).toBeDefined();
      expect(deal.status !== 'open' || ['proposal', 'negotiation', 'closing'].includes(deal.stageId)).toBe(true);
      expect(q).toMatchObject({ currency: deal.amount.currency, accountId: deal.accountId, contactId: deal.contactId });
      expect(q.status).toBe(deal.status === 'won' ? 'accepted' : deal.status === 'lost' ? 'rejected' : q.status);
      expect(q.issueDate >= deal.createdAt.slice(0, 10)).toBe(true);
      for (const line of q.lines) if (line.productId) expect(products.get(line.productId)?.name).toBe(line.description);
      if (q.currency === 'IRR') expect(q.rate).toBeNull();
      else expect(q.rate).toEqual(lockRate(findRate(rates, q.currency, 'IRR', q.issueDate)!));
    }
    expect(quotes.some((q) => q.lines.some((l) => l.productId === ''))).toBe(true); // free-text lines
    expect(quotes.some((q) => q.lines.some((l) => l.discount))).toBe(true);
    expect(quotes.some((q) => q.discount)).toBe(true);
    expect(new Set(quotes.map((q) => q.status)).size).toBeGreaterThanOrEqual(3);
    // A quoted deal is worth its latest quote (before VAT).
    const latest = new Map<string, (typeof quotes)[number]>();
    for (const q of quotes) latest.set(q.opportunityId, q);
    for (const [dealId, q] of latest) expect(deals.get(dealId)!.amount).toEqual({ amountMinor: q.totals.taxableMinor, currency: q.currency });
  });

  it('puts some activities on deals and leads', () => {
    const types = new Set(of('activities').map((a) => a.regardingType));
    expect(types.has('opportunity')).toBe(true);
    expect(types.has('lead')).toBe(true);
  });

  it('honours the open share: all open at 1, none at 0', () => {
    const small = { ...OPTS, contacts: 40, accounts: 10, activities: 0, leads: 0, quotes: 0, opportunities: 50 };
    expect(of('opportunities', [...generateDemoData({ ...small, openShare: 1 })]).every((o) => o.status === 'open')).toBe(true);
    expect(of('opportunities', [...generateDemoData({ ...small, openShare: 0 })]).some((o) => o.status === 'open')).toBe(false);
  });

  it('keeps accounts and contacts of a seed the same whatever the sales counts (a stream of their own)', () => {
    const without = [...generateDemoData({ ...OPTS, products: 0, leads: 0, opportunities: 0, quotes: 0 })];
    expect(of('accounts', without)).toEqual(of('accounts'));
    expect(of('contacts', without)).toEqual(of('contacts'));
    expect(of('reference', without).some((r) => r.kind === 'exchangeRate')).toBe(false);
    expect(of('activities', without).map((a) => a.id)).toEqual(of('activities').map((a) => a.id));
  });

  it('is reproducible for a seed', () => {
    expect([...generateDemoData(OPTS)]).toEqual(items);
  });

  it('generates 5,000 open deals (the board benchmark\'s file)', () => {
    const board = [...generateDemoData({
      ...OPTS, contacts: 500, accounts: 200, activities: 0, products: 0, leads: 0, quotes: 0, opportunities: 5000, openShare: 1,
    })];
    expect(of('opportunities', board).filter((o) => o.status === 'open')).toHaveLength(5000);
  });
});

describe('demo leads CSV', () => {
  const lines = [...generateLeadsCsv({ rows: 600, badRows: 12, seed: 5 })];
  const text = lines.map((l) => l.text).join('');
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));

  it('is a UTF-8 CSV with a BOM, Persian headers the import recognises, CRLF lines and the rows asked for', () => {
    expect(text.startsWith('\uFEFFنام,نام خانوادگی,شرکت')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${LEADS_CSV_HEADERS.join(',')}`);
    expect(parsed.headers).toEqual([...LEADS_CSV_HEADERS]);
    // Every column maps to a lead field by its Persian header, both phone columns included.
    expect(suggestLeadMapping(parsed.headers)).toEqual([
      'firstName', 'lastName', 'companyName', 'jobTitle', 'phone', 'phone', 'email', 'city', 'channel', 'source', 'estimatedValue',
      'currency', 'notes',
    ]);
    const shared = suggestMapping(parsed.headers, LEAD_IMPORT_FIELDS);
    expect(Object.values(shared).filter((f) => f !== null)).toHaveLength(LEADS_CSV_HEADERS.length - 1); // one field, one column
    expect(parsed.rows).toHaveLength(600);
    expect(lines.filter((l) => l.lead)).toHaveLength(600);
  });

  it('writes phones in Persian digits (mostly) that read as Iranian numbers', () => {
    const col = LEADS_CSV_HEADERS.indexOf('تلفن همراه');
    const good = parsed.rows.filter((_, i) => lines.filter((l) => l.lead)[i]!.bad !== 'badPhone');
    const phones = good.map((r) => r.cells[col]!).filter(Boolean);
    expect(phones.filter((p) => /^[۰-۹]/.test(p)).length / phones.length).toBeGreaterThan(0.6);
    for (const p of phones) expect(parsePhone(`+98${toLatinDigits(p).replace(/\s/g, '').slice(1)}`), p).toMatchObject({ ok: true, type: 'mobile' });
  });

  it('breaks exactly the rows asked for, each kind once in turn, and is reproducible', () => {
    const bad = lines.filter((l) => l.bad);
    expect(bad).toHaveLength(12);
    expect(bad.map((l) => l.bad)).toEqual([...BAD_ROW_KINDS, ...BAD_ROW_KINDS]);
    expect([...generateLeadsCsv({ rows: 600, badRows: 12, seed: 5 })].map((l) => l.text).join('')).toBe(text);
    expect(() => [...generateLeadsCsv({ rows: 3, badRows: 4, seed: 5 })]).toThrow(RangeError);
  });

  it('is what the lead import accepts, apart from the broken rows it refuses one by one', () => {
    const mapping = suggestLeadMapping(parsed.headers);
    const plan = planLeadImport(parsed.headers, mapping, {
      ownerId: 'u1', teamId: 't1', baseCurrency: 'IRR', enabledCurrencies: ['IRR', 'USD', 'EUR', 'AED'], irrUnit: 'rial',
      now: '2026-11-20T08:00:00.000Z',
    });
    const prepared = prepareLeadImportSync(parsed, plan);
    expect(prepared.rejected.map((p) => p.line)).toEqual(lines.filter((l) => l.bad).map((l) => l.line));
    expect(prepared.rejected.map((p) => p.code)).toEqual(lines.filter((l) => l.bad).map((l) => l.bad));
    expect(prepared.valid.length + prepared.repeats.length).toBe(600 - 12);
    // The import reads what the generator meant: names, channel, the value in rials or dollars.
    const meant = new Map(lines.filter((l) => l.lead && !l.bad).map((l) => [l.line, l.lead!]));
    for (const { line, doc } of prepared.valid) {
      const lead = meant.get(line)!;
      expect([doc.firstName, doc.lastName, doc.companyName, doc.channel, doc.source]).toEqual([lead.firstName, lead.lastName, lead.companyName, lead.channel, lead.source]);
      expect(doc.estimatedValue).toEqual(lead.estimatedValue);
      expect(doc.phones.map((p) => p.e164)).toEqual(lead.phones.map((p) => p.e164));
    }
  });

  it('is written by npm run demo-data -- --leads-csv', { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'peyvand-leads-')), 'leads.csv');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', '--leads-csv', '--leads', '50', '--bad-rows', '6', '--seed', '5', '--out', out, '--quiet'], {
      encoding: 'utf8', cwd: process.cwd(),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe([...generateLeadsCsv({ rows: 50, badRows: 6, seed: 5 })].map((l) => l.text).join(''));
  });
});
