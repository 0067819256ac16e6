/**
 * The sales cycle of the demo data: exchange rates, the product catalog, leads,
 * opportunities across the pipeline and proforma invoices (quotes). Drawn from its own
 * random stream, so adding or resizing the sales data never changes the accounts,
 * contacts and activities a seed gives.
 */
import {
  buildLeadDoc, buildOpportunityDoc, buildProductDoc, buildQuoteDoc, storedQuoteTotals,
  type EmailEntry, type LeadChannel, type LeadDoc, type LeadInput, type LeadStatus, type OpportunityDoc, type OpportunityInput,
  type PhoneEntry, type ProductDoc, type ProductInput, type QuoteDiscount, type QuoteDoc, type QuoteInput, type QuoteLine,
  type ReferenceDoc, type ReferenceKind, type Segment,
} from '../../shared/entities';
import { findRate, lockRate, type ExchangeRate, type LockedRate, type Money } from '../../shared/money';
import { DEFAULT_BASE_CURRENCY, DEFAULT_PIPELINE_STAGES } from '../../shared/sales';
import { toPersianDigits } from '../../shared/text/digits';
import {
  CITIES, COMPANY_KINDS, COMPANY_STEMS, COMPANY_SUFFIXES, FEMALE_FIRST_NAMES, FREE_MAIL_DOMAINS, JOB_TITLES, LAST_NAMES,
  MALE_FIRST_NAMES, MOBILE_PREFIXES, TAGS, type City,
} from './lists';
import { Random } from './random';
import {
  CATALOG, COMPETITORS, DISQUALIFY_REASONS, FREE_QUOTE_LINES, LEAD_NOTES, LEAD_SOURCES, LOSS_REASONS, NEEDS,
  OPPORTUNITY_TITLES, PRODUCT_DESCRIPTIONS, QUOTE_NOTES, QUOTE_TERMS, SOLUTIONS, WIN_REASONS, type CatalogItem,
} from './sales-lists';
import { businessDate, DAY, iso, makeWorkTime, spreadOver } from './time';

export interface Owner {
  userId: string;
  teamId: string;
}

export interface AccountFacts {
  id: string;
  name: string;
  owner: Owner;
  city: City;
  domain: string;
  segment: Segment;
}

export interface ContactFacts {
  id: string;
  accountId: string;
  owner: Owner;
  firstName: string;
  lastName: string;
  /** The first mobile number (E.164), or ''. */
  mobile: string;
  /** The first e-mail address, or ''. */
  email: string;
}

export interface ProductFacts {
  id: string;
  name: string;
  sku: string;
  unit: string;
  prices: Money[];
  stock: CatalogItem['stock'];
}

export interface SalesCounts {
  products: number;
  leads: number;
  opportunities: number;
  quotes: number;
}

export const BASE_CURRENCY = DEFAULT_BASE_CURRENCY;
export const RATE_CURRENCIES = ['USD', 'EUR', 'AED'] as const;
/** Monthly rates from this many months back to this month, so every generated deal and quote finds one. */
export const RATE_MONTHS = 13;
/** Open deals are at most this old; closed ones too (a year of history). */
const DEAL_HISTORY_DAYS = 365;
const LEAD_HISTORY_DAYS = 180;

/** The random stream of the sales data, derived from the seed. */
export function salesRandom(seed: number): Random {
  return new Random(((seed >>> 0) ^ 0x5a1e5eed) >>> 0);
}

/** As referenceId in renderer/src/features/sales-settings/sales-reference.ts (duplicated: this is a script). */
export function referenceId(kind: ReferenceKind, key: string): string {
  return `${kind}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 64);
}

export const hasSales = (c: SalesCounts) => c.products + c.leads + c.opportunities + c.quotes > 0;

export function rateRowCount(c: SalesCounts): number {
  return hasSales(c) ? RATE_CURRENCIES.length * (RATE_MONTHS + 1) : 0;
}

/** Rounds to `digits` significant digits: prices and amounts people actually write. */
function roundSignificant(value: number, digits: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) + 1 - digits);
  return Math.max(step, Math.round(value / step) * step);
}

// ---- exchange rates ---------------------------------------------------------------------

/**
 * Dated rates to the base currency (IRR) on the first of every month: the dollar drifting
 * up by a percent or two a month, the euro and the dirham following it.
 */
export function exchangeRates(rng: Random, today: string): ExchangeRate[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const rows: ExchangeRate[] = [];
  let usd = 1_050_000;
  const months: { date: string; usd: number }[] = [];
  for (let k = 0; k <= RATE_MONTHS; k++) {
    const d = new Date(Date.UTC(y, m - 1 - k, 1));
    months.push({ date: d.toISOString().slice(0, 10), usd });
    usd = usd / (1.01 + rng.float() * 0.02);
  }
  for (const { date, usd: dollar } of months.reverse()) {
    const rates = {
      USD: roundSignificant(dollar, 4),
      EUR: roundSignificant(dollar * (1.07 + rng.float() * 0.06), 4),
      AED: roundSignificant(dollar / 3.6725, 4),
    };
    for (const currency of RATE_CURRENCIES) {
      rows.push({ currency, baseCurrency: BASE_CURRENCY, rate: String(rates[currency]), effectiveDate: date });
    }
  }
  return rows;
}

export function exchangeRateDoc(rate: ExchangeRate, owner: Owner, now: number): ReferenceDoc {
  const key = `${rate.currency}@${rate.effectiveDate}`;
  // Entered by the admin on the morning of the day it applies from (08:30 Tehran).
  const at = iso(Math.min(now, Date.parse(`${rate.effectiveDate}T05:00:00.000Z`)));
  return {
    id: referenceId('exchangeRate', key), kind: 'exchangeRate', key, data: { ...rate },
    ownerId: owner.userId, teamId: owner.teamId, createdAt: at, updatedAt: at,
  };
}

// ---- products ---------------------------------------------------------------------------

export function generateProducts(rng: Random, n: number, now: number, owner: Owner, rates: readonly ExchangeRate[]): { docs: ProductDoc[]; facts: ProductFacts[] } {
  const workTime = makeWorkTime(rng, now);
  const usdRate = Number(rates.filter((r) => r.currency === 'USD').at(-1)?.rate ?? 1_050_000);
  const docs: ProductDoc[] = [];
  const facts: ProductFacts[] = [];
  for (let i = 0; i < n; i++) {
    const tpl = CATALOG[i % CATALOG.length]!;
    const round = Math.floor(i / CATALOG.length);
    const created = workTime(spreadOver(rng, i, n, now - 3 * 365 * DAY, now - 60 * DAY));
    const id = rng.uuid7(created);
    const rial = roundSignificant(tpl.priceRial * (0.85 + rng.float() * 0.3), 3);
    const prices: Money[] = [{ amountMinor: rial, currency: 'IRR' }];
    if (tpl.usd && rng.chance(0.6)) prices.push({ amountMinor: Math.max(1, Math.round(rial / usdRate)) * 100, currency: 'USD' });
    const stockQuantity = tpl.stock === 'none' ? ''
      : tpl.stock === 'decimal' ? `${rng.int(20, 2500)}.${rng.int(0, 9)}`
        : rng.chance(0.1) ? '0' : String(rng.int(1, 250));
    const input: ProductInput = {
      name: round === 0 ? tpl.name : `${tpl.name} (نسل ${toPersianDigits(String(round + 1))})`,
      sku: `${tpl.sku}-${1001 + i}`,
      category: tpl.category,
      unit: tpl.unit,
      prices,
      stockQuantity,
      image: '',
      description: rng.chance(0.5) ? rng.pick(PRODUCT_DESCRIPTIONS) : '',
      active: rng.chance(0.95),
      ownerId: owner.userId,
    };
    const updated = rng.chance(0.5) ? created : created + rng.float() * (now - created);
    docs.push(buildProductDoc(input, { id, teamId: owner.teamId, createdAt: iso(created), updatedAt: iso(updated) }));
    facts.push({ id, name: input.name, sku: input.sku, unit: input.unit, prices, stock: tpl.stock });
  }
  return { docs, facts };
}

// ---- leads ------------------------------------------------------------------------------

const CHANNEL_WEIGHTS = [
  ['phone', 5], ['website', 4], ['social', 4], ['inPerson', 3], ['campaign', 2], ['email', 2], ['sms', 1.5], ['', 0.5],
] as const satisfies readonly (readonly [LeadChannel, number])[];

/** A new lead as someone typed or imported it: no status, links or dates yet. */
export function randomLeadInput(rng: Random, owner: Owner): LeadInput {
  const male = rng.chance(0.55);
  const first = rng.pick(male ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const companyOnly = rng.chance(0.12);
  const stem = rng.pick(COMPANY_STEMS);
  const hasCompany = companyOnly || rng.chance(0.55);
  const suffix = rng.chance(0.3) ? rng.pick(COMPANY_SUFFIXES).fa : '';
  const companyName = hasCompany ? `${rng.pick(COMPANY_KINDS).prefix} ${stem.fa}${suffix ? `\u200C${suffix}` : ''}` : '';
  const city = rng.weighted(CITIES.map((c) => [c, c.weight] as const));
  const phones: PhoneEntry[] = [];
  if (rng.chance(0.92)) phones.push({ label: 'mobile', e164: randomMobile(rng) });
  if (phones.length === 0 || (hasCompany && rng.chance(0.2))) phones.push({ label: 'work', e164: randomLandline(rng, city) });
  const emails: EmailEntry[] = [];
  if (rng.chance(0.45)) {
    emails.push(hasCompany && rng.chance(0.5)
      ? { label: 'work', address: `${rng.pick(['info', 'sales', 'office', `${first.latin[0]}.${last.latin}`])}@${stem.latin}.ir` }
      : { label: 'personal', address: `${first.latin}.${last.latin}${rng.chance(0.3) ? rng.int(10, 99) : ''}@${rng.pick(FREE_MAIL_DOMAINS)}` });
  }
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const valueKind = rng.weighted([['none', 50], ['IRR', 45], ['USD', 5]] as const);
  const estimatedValue: Money | null = valueKind === 'IRR'
    ? { amountMinor: roundSignificant(10 ** (7.5 + rng.float() * 2.5), 2), currency: 'IRR' }
    : valueKind === 'USD' ? { amountMinor: roundSignificant(1000 + rng.float() * 40_000, 2) * 100, currency: 'USD' } : null;
  return {
    firstName: companyOnly ? '' : first.fa,
    lastName: companyOnly ? '' : last.fa,
    companyName,
    jobTitle: hasCompany && !companyOnly && rng.chance(0.5) ? rng.pick(JOB_TITLES) : '',
    phones,
    emails,
    city: city.city,
    source: channel === '' ? '' : rng.pick(LEAD_SOURCES[channel]),
    channel,
    status: 'new',
    disqualifyReason: '',
    estimatedValue,
    tags: rng.chance(0.2) ? [rng.pick(TAGS)] : [],
    notes: rng.chance(0.25) ? rng.pick(LEAD_NOTES) : '',
    accountId: '',
    contactId: '',
    opportunityId: '',
    qualifiedAt: null,
    ownerId: owner.userId,
  };
}

export function randomMobile(rng: Random): string {
  return `+98${rng.pick(MOBILE_PREFIXES)}${rng.int(1, 9)}${rng.digits(6)}`;
}

function randomLandline(rng: Random, city: City): string {
  return `+98${city.areaCode}${rng.int(2, 8)}${rng.digits(7)}`;
}

// ---- the sales cycle -------------------------------------------------------------------

export interface SalesContext {
  rng: Random;
  now: number;
  today: string;
  sellers: readonly Owner[];
  accounts: readonly AccountFacts[];
  contacts: readonly ContactFacts[];
  products: readonly ProductFacts[];
  rates: readonly ExchangeRate[];
  /** Share of opportunities still open, 0–1. */
  openShare: number;
  counts: Pick<SalesCounts, 'leads' | 'opportunities' | 'quotes'>;
}

export interface SalesDocs {
  leads: LeadDoc[];
  opportunities: OpportunityDoc[];
  quotes: QuoteDoc[];
  /** What an activity of `accountId` at `occurred` may be about instead: one of its deals, or a recent lead. */
  activityTarget(accountId: string, occurred: number): { regardingType: 'opportunity' | 'lead'; regardingId: string; owner: Owner } | null;
}

interface LeadPlan {
  input: LeadInput;
  id: string;
  created: number;
  updated: number;
  owner: Owner;
}

interface DealPlan {
  input: OpportunityInput;
  id: string;
  created: number;
  updated: number;
  owner: Owner;
}

const OPEN_STAGE_WEIGHTS = [
  ['prospecting', 30], ['needsAnalysis', 25], ['proposal', 20], ['negotiation', 15], ['closing', 10],
] as const;
const STAGE_PROBABILITY = new Map(DEFAULT_PIPELINE_STAGES.map((s) => [s.id, s.probability]));
const QUOTED_STAGES = new Set(['proposal', 'negotiation', 'closing']);

const shortName = (accountName: string) => accountName.replace(/\s*\(.*\)$/, '');

/**
 * Leads, then the opportunities (some qualified from those leads), then quotes on the
 * deals that reached a proposal; a quoted deal's amount is its latest quote's total.
 */
export function generateSalesCycle(ctx: SalesContext): SalesDocs {
  const { rng, now, sellers, accounts, contacts, products, rates } = ctx;
  const workTime = makeWorkTime(rng, now);
  const pickOwner = () => rng.pick(sellers);
  const updatedAfter = (created: number) => (rng.chance(0.5) ? created : created + rng.float() * (now - created));

  // Contacts by account, for deals and qualified leads.
  const contactsOf = new Map<string, ContactFacts[]>();
  const withAccount: ContactFacts[] = [];
  for (const c of contacts) {
    if (!c.accountId) continue;
    withAccount.push(c);
    const list = contactsOf.get(c.accountId);
    if (list) list.push(c);
    else contactsOf.set(c.accountId, [c]);
  }
  const accountById = new Map(accounts.map((a) => [a.id, a]));

  // ---- leads ----------------------------------------------------------------------------
  const leads: LeadPlan[] = [];
  const leadsFrom = now - LEAD_HISTORY_DAYS * DAY;
  for (let i = 0; i < ctx.counts.leads; i++) {
    const created = workTime(spreadOver(rng, i, ctx.counts.leads, leadsFrom, now - 2 * 3_600_000));
    const id = rng.uuid7(created);
    const ageDays = (now - created) / DAY;
    let owner = pickOwner();
    const input = randomLeadInput(rng, owner);
    let status: LeadStatus = ageDays < 5
      ? rng.weighted([['new', 7], ['contacted', 3]] as const)
      : rng.weighted([['new', 22], ['contacted', 36], ['qualified', 24], ['disqualified', 18]] as const);
    if (status === 'qualified' && withAccount.length === 0) status = 'contacted';
    input.status = status;
    let updated = status === 'new' ? created : updatedAfter(created);
    if (status === 'disqualified') input.disqualifyReason = rng.pick(DISQUALIFY_REASONS);
    if (status === 'qualified') {
      // It became a contact of an account (qualifying offered the existing match).
      const contact = withAccount[Math.floor(rng.float() ** 2 * withAccount.length)]!;
      const account = accountById.get(contact.accountId)!;
      owner = contact.owner;
      const qualified = Math.min(now - 3_600_000, created + rng.int(1, 20) * DAY * rng.float() + 3_600_000);
      Object.assign(input, {
        firstName: contact.firstName, lastName: contact.lastName, companyName: account.name, ownerId: owner.userId,
        phones: contact.mobile ? [{ label: 'mobile', e164: contact.mobile }] : input.phones,
        emails: contact.email ? [{ label: 'work', address: contact.email }] : [],
        city: account.city.city, accountId: account.id, contactId: contact.id, qualifiedAt: iso(qualified),
      } satisfies Partial<LeadInput>);
      updated = qualified;
    }
    leads.push({ input, id, created, updated, owner });
  }

  // ---- opportunities -------------------------------------------------------------------
  const deals: DealPlan[] = [];
  const qualifiedLeads = leads.filter((l) => l.input.status === 'qualified');
  const fromLeads = Math.min(qualifiedLeads.length, ctx.counts.opportunities);
  const direct = ctx.counts.opportunities - fromLeads;
  const dealsFrom = now - DEAL_HISTORY_DAYS * DAY;
  const productNames = products.map((p) => p.name);
  for (let i = 0; i < ctx.counts.opportunities; i++) {
    const lead = i < fromLeads ? qualifiedLeads[i]! : null;
    const created = lead
      ? Date.parse(lead.input.qualifiedAt!) + 60_000
      : workTime(spreadOver(rng, i - fromLeads, direct, dealsFrom, now - DAY));
    const id = rng.uuid7(created);
    let accountId = lead?.input.accountId ?? '';
    let contactId = lead?.input.contactId ?? '';
    if (!lead && accounts.length > 0) {
      const account = accounts[Math.floor(rng.float() ** 2 * accounts.length)]!;
      accountId = account.id;
      const people = contactsOf.get(account.id);
      contactId = people && rng.chance(0.8) ? rng.pick(people).id : '';
    }
    const account = accountById.get(accountId);
    const owner = lead ? lead.owner : account && rng.chance(0.85) ? account.owner : pickOwner();
    const currency = rng.weighted([['IRR', 85], ['USD', 9], ['EUR', 4], ['AED', 2]] as const);
    const amountMinor = currency === 'IRR'
      ? roundSignificant(10 ** (8 + rng.float() * 2.5), 3)
      : roundSignificant((currency === 'AED' ? 3.67 : 1) * (1500 + rng.float() ** 2 * 250_000), 3) * 100;
    const status = rng.float() < ctx.openShare ? 'open' : rng.chance(0.55) ? 'won' : 'lost';
    const input: OpportunityInput = {
      name: `${rng.pick(OPPORTUNITY_TITLES)}${account ? ` — ${shortName(account.name)}` : ''}`.slice(0, 200),
      accountId,
      contactId,
      leadId: lead?.id ?? '',
      stageId: 'prospecting',
      probability: 0,
      amount: { amountMinor, currency },
      expectedCloseDate: '',
      need: rng.chance(0.6) ? rng.pick(NEEDS) : '',
      proposedSolution: rng.chance(0.4) ? rng.pick(SOLUTIONS) : '',
      competitors: pickSome(rng, COMPETITORS, rng.weighted([[0, 5], [1, 4], [2, 2]] as const)),
      productLines: pickSome(rng, productNames, productNames.length ? rng.int(0, 3) : 0),
      status,
      closeReason: '',
      closedAt: null,
      lockedRate: null,
      ownerId: owner.userId,
    };
    let updated: number;
    if (status === 'open') {
      input.stageId = rng.weighted(OPEN_STAGE_WEIGHTS);
      input.probability = STAGE_PROBABILITY.get(input.stageId) ?? 0;
      input.expectedCloseDate = rng.chance(0.85) ? businessDate(now + rng.int(-20, 120) * DAY) : '';
      updated = updatedAfter(created);
    } else {
      const closed = Math.max(created + 60_000, Math.min(now - 3_600_000, created + (0.2 + 0.8 * rng.float()) * (now - created)));
      const closeDate = businessDate(closed);
      input.closedAt = iso(closed);
      input.expectedCloseDate = closeDate;
      if (status === 'won') {
        input.stageId = 'closing';
        input.probability = 100;
        input.closeReason = rng.pick(WIN_REASONS);
        input.lockedRate = currency === BASE_CURRENCY ? null : lockedRate(rates, currency, closeDate);
      } else {
        input.stageId = rng.weighted(OPEN_STAGE_WEIGHTS);
        input.probability = 0;
        input.closeReason = rng.pick(LOSS_REASONS);
      }
      updated = closed;
    }
    if (lead) lead.input.opportunityId = id;
    deals.push({ input, id, created, updated, owner });
  }

  // ---- quotes ---------------------------------------------------------------------------
  // On deals that got to a proposal: open ones in a late stage, and the closed ones.
  const quotable = deals.filter((d) => d.input.status !== 'open' || QUOTED_STAGES.has(d.input.stageId));
  const order = shuffled(rng, quotable.length);
  interface QuotePlan { input: QuoteInput; created: number; updated: number; owner: Owner; deal: DealPlan | null }
  const quotePlans: QuotePlan[] = [];
  for (let k = 0; k < ctx.counts.quotes; k++) {
    const deal = quotable.length ? quotable[order[k % quotable.length]!]! : null;
    const owner = deal?.owner ?? pickOwner();
    const currency = deal?.input.amount.currency ?? BASE_CURRENCY;
    const start = deal ? deal.created : now - 180 * DAY;
    const end = deal?.input.closedAt ? Date.parse(deal.input.closedAt) : now - 3_600_000;
    const created = Math.max(start + 60_000, Math.min(end, workTime(start + rng.float() * Math.max(0, end - start))));
    const issueDate = businessDate(created);
    const rate = currency === BASE_CURRENCY ? null : lockedRate(rates, currency, issueDate);
    const lines = quoteLines(rng, products, currency, rate);
    const account = deal ? accountById.get(deal.input.accountId) : accounts.length ? rng.pick(accounts) : undefined;
    const input: QuoteInput = {
      title: `پیش‌فاکتور ${deal ? deal.input.name : account ? shortName(account.name) : 'فروش'}`.slice(0, 200),
      opportunityId: deal?.id ?? '',
      accountId: deal?.input.accountId ?? account?.id ?? '',
      contactId: deal?.input.contactId ?? '',
      currency,
      lines,
      discount: null,
      vatPercent: '10',
      issueDate,
      validUntil: businessDate(created + rng.pick([7, 15, 15, 30]) * DAY),
      status: deal?.input.status === 'won' ? 'accepted' : deal?.input.status === 'lost' ? 'rejected' : rng.chance(0.35) ? 'draft' : 'sent',
      rate,
      notes: rng.pick(QUOTE_NOTES),
      terms: rng.pick(QUOTE_TERMS),
      ownerId: owner.userId,
    };
    const subtotal = storedQuoteTotals(input)?.subtotalMinor ?? 0;
    if (rng.chance(0.25)) {
      input.discount = rng.chance(0.6)
        ? { kind: 'percent', percent: rng.pick(['2', '3', '5', '7.5']) }
        : { kind: 'amount', amountMinor: roundDown(subtotal * 0.02, currency === 'IRR' ? 100_000 : 100) };
    }
    quotePlans.push({ input, created, updated: updatedAfter(created), owner, deal });
  }
  // Numbers in the order the quotes were made: P-DEMO-1 is the oldest.
  quotePlans.sort((a, b) => a.created - b.created);
  const quotes = quotePlans.map((q, k) => {
    const id = rng.uuid7(q.created);
    const doc = buildQuoteDoc(q.input, {
      id, teamId: q.owner.teamId, createdAt: iso(q.created), updatedAt: iso(Math.max(q.created, Math.min(q.updated, now))),
      provisionalNumber: `P-DEMO-${k + 1}`, number: '',
    });
    // The deal is worth what it was last quoted (the VAT excluded).
    if (q.deal) q.deal.input.amount = { amountMinor: doc.totals.taxableMinor, currency: doc.currency };
    return doc;
  });

  const leadDocs = leads.map((l) => buildLeadDoc(l.input, { id: l.id, teamId: l.owner.teamId, createdAt: iso(l.created), updatedAt: iso(l.updated) }));
  const dealDocs = deals
    .sort((a, b) => a.created - b.created)
    .map((d) => buildOpportunityDoc(d.input, { id: d.id, teamId: d.owner.teamId, createdAt: iso(d.created), updatedAt: iso(d.updated) }));

  // ---- activity targets -----------------------------------------------------------------
  const dealsOf = new Map<string, DealPlan[]>();
  for (const d of deals) {
    if (!d.input.accountId) continue;
    const list = dealsOf.get(d.input.accountId);
    if (list) list.push(d);
    else dealsOf.set(d.input.accountId, [d]);
  }
  const openLeads = leads.filter((l) => l.input.status === 'new' || l.input.status === 'contacted' || l.input.status === 'disqualified');
  const activityTarget: SalesDocs['activityTarget'] = (accountId, occurred) => {
    const accountDeals = accountId ? dealsOf.get(accountId) : undefined;
    if (accountDeals && rng.chance(0.4)) {
      const live = accountDeals.filter((d) => d.created <= occurred && (!d.input.closedAt || Date.parse(d.input.closedAt) >= occurred));
      if (live.length) {
        const d = rng.pick(live);
        return { regardingType: 'opportunity', regardingId: d.id, owner: d.owner };
      }
    }
    // A call or a task about a lead that existed by then (leads are in creation order).
    if (openLeads.length && openLeads[0]!.created <= occurred && rng.chance(0.15)) {
      let lo = 0;
      let hi = openLeads.length;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (openLeads[mid]!.created <= occurred) lo = mid;
        else hi = mid;
      }
      const l = openLeads[rng.int(0, lo)]!;
      return { regardingType: 'lead', regardingId: l.id, owner: l.owner };
    }
    return null;
  };

  return { leads: leadDocs, opportunities: dealDocs, quotes, activityTarget };
}

function lockedRate(rates: readonly ExchangeRate[], currency: string, onDate: string): LockedRate {
  const found = findRate(rates, currency, BASE_CURRENCY, onDate);
  if (!found) throw new Error(`demo data: no ${currency}→${BASE_CURRENCY} rate on ${onDate}`);
  return lockRate(found);
}

function quoteLines(rng: Random, products: readonly ProductFacts[], currency: string, rate: LockedRate | null): QuoteLine[] {
  const n = rng.weighted([[1, 2], [2, 3], [3, 3], [4, 2], [5, 1]] as const);
  // Units of the quote currency per rial, for products priced only in rials.
  const perRial = rate ? Number(rate.denominator) / Number(rate.numerator) : 1;
  const minorPerMajor = currency === 'IRR' ? 1 : 100;
  const lines: QuoteLine[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const product = products.length && rng.chance(0.75) ? rng.pick(products) : null;
    let line: QuoteLine;
    if (product && !used.has(product.id)) {
      used.add(product.id);
      const price = product.prices.find((p) => p.currency === currency);
      const rial = product.prices.find((p) => p.currency === 'IRR')?.amountMinor ?? 0;
      const unitPriceMinor = price ? price.amountMinor : Math.max(1, Math.round(rial * perRial)) * minorPerMajor;
      line = {
        id: `l${i + 1}`, productId: product.id, description: product.name, sku: product.sku, unit: product.unit,
        quantity: quantityFor(rng, product.stock, product.unit), unitPriceMinor, discount: null,
      };
    } else {
      const free = rng.pick(FREE_QUOTE_LINES);
      line = {
        id: `l${i + 1}`, productId: '', description: free.description, sku: '', unit: free.unit,
        quantity: free.unit === 'متر' ? String(rng.int(20, 400)) : String(rng.int(1, free.unit === 'ساعت' ? 24 : 3)),
        unitPriceMinor: currency === 'IRR' ? free.priceRial : Math.max(1, Math.round(free.priceRial * perRial)) * minorPerMajor,
        discount: null,
      };
    }
    if (rng.chance(0.2)) line.discount = lineDiscount(rng, line, currency);
    lines.push(line);
  }
  return lines;
}

function quantityFor(rng: Random, stock: CatalogItem['stock'], unit: string): string {
  if (stock === 'decimal') return `${rng.int(10, 500)}${rng.chance(0.3) ? '.5' : ''}`;
  if (unit === 'ماه') return String(rng.pick([3, 6, 12]));
  if (unit === 'ساعت') return String(rng.int(4, 40));
  return String(rng.weighted([[1, 4], [2, 3], [5, 2], [10, 2], [20, 1], [50, 0.5]] as const));
}

function lineDiscount(rng: Random, line: QuoteLine, currency: string): QuoteDiscount {
  if (rng.chance(0.7)) return { kind: 'percent', percent: rng.pick(['5', '10', '2.5', '15']) };
  const gross = Number(line.quantity) * line.unitPriceMinor;
  return { kind: 'amount', amountMinor: roundDown(gross * 0.05, currency === 'IRR' ? 10_000 : 100) };
}

function roundDown(value: number, step: number): number {
  return Math.max(0, Math.floor(value / step) * step);
}

function pickSome<T>(rng: Random, items: readonly T[], n: number): T[] {
  const out = new Set<T>();
  const want = Math.min(n, items.length);
  while (out.size < want) out.add(rng.pick(items));
  return [...out];
}

/** A random permutation of 0..n-1 (Fisher–Yates). */
function shuffled(rng: Random, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
