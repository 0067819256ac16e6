import { fakerFA } from '@faker-js/faker';
import {
  buildAccountDoc, buildActivityDoc, buildContactDoc,
  type AccountInput, type ActivityInput, type ContactInput, type EmailEntry, type PhoneEntry, type ReferenceDoc,
} from '../../shared/entities';
import type { DataCollection, DataDocs } from '../../shared/data-exchange';
import { toPersianDigits } from '../../shared/text/digits';
import {
  BODY_SENTENCES, CALL_OUTCOMES, CALL_SUBJECTS, CITIES, COMPANY_KINDS, COMPANY_STEMS, COMPANY_SUFFIXES, DEMO_TEAMS,
  DEMO_USERS, FEMALE_FIRST_NAMES, FREE_MAIL_DOMAINS, JOB_TITLES, LAST_NAMES, LEGAL_FORMS, MALE_FIRST_NAMES,
  MOBILE_PREFIXES, NOTE_SUBJECTS, TAGS, TASK_SUBJECTS, type City, type Named,
} from './lists';
import { Random } from './random';
import {
  exchangeRateDoc, exchangeRates, generateProducts, generateSalesCycle, hasSales, rateRowCount, salesRandom,
  type AccountFacts, type ContactFacts, type Owner, type SalesCounts, type SalesDocs,
} from './sales';
import { businessDate, DAY, iso, makeWorkTime } from './time';

export interface DemoOptions extends SalesCounts {
  contacts: number;
  accounts: number;
  activities: number;
  seed: number;
  /** The "today" the data is built around ('YYYY-MM-DD'): open tasks fall due around it. */
  today: string;
  /** Share of the opportunities still open, 0–1 (default 0.8); the rest are won or lost. */
  openShare?: number;
}

export type DemoItem = { [C in DataCollection]: { collection: C; doc: DataDocs[C] } }[DataCollection];

const ZWNJ = '\u200C';
const POSTAL_LEADING_DIGITS = [...'13456789'];
export const DEFAULT_OPEN_SHARE = 0.8;

export function demoCounts(opts: Pick<DemoOptions, 'contacts' | 'accounts' | 'activities' | keyof SalesCounts>): Record<DataCollection, number> {
  return {
    reference: DEMO_USERS.length + DEMO_TEAMS.length + rateRowCount(opts),
    products: opts.products,
    accounts: opts.accounts,
    contacts: opts.contacts,
    leads: opts.leads,
    opportunities: opts.opportunities,
    quotes: opts.quotes,
    activities: opts.activities,
  };
}

/**
 * Demo CRM data, in file order (DATA_COLLECTION_ORDER): reference docs (teams, users,
 * exchange rates), products, accounts, contacts, leads, opportunities, quotes, activities.
 * Every document comes out of the shared builders, so derived keys match what the app
 * writes. Deterministic for a given seed and `today`; the sales data has a random stream
 * of its own, so accounts, contacts and activities do not depend on the sales counts
 * (only which record an activity is about does).
 */
export function* generateDemoData(opts: DemoOptions): Generator<DemoItem> {
  const rng = new Random(opts.seed);
  const salesRng = salesRandom(opts.seed);
  fakerFA.seed(opts.seed);
  const now = Date.parse(`${opts.today}T09:30:00.000Z`); // 13:00 in Tehran
  if (!Number.isFinite(now)) throw new RangeError(`today must be YYYY-MM-DD, got ${opts.today}`);
  if (opts.activities > 0 && opts.contacts + opts.accounts === 0) {
    throw new RangeError('activities need at least one contact or account to be about');
  }
  const openShare = opts.openShare ?? DEFAULT_OPEN_SHARE;
  if (!(openShare >= 0 && openShare <= 1)) throw new RangeError(`openShare must be between 0 and 1, got ${openShare}`);
  const withSales = hasSales(opts);

  // ---- reference: teams and users ---------------------------------------------------
  const setupTime = now - 6 * 365 * DAY;
  const teams = DEMO_TEAMS.map((name, i) => ({ name, id: rng.uuid7(setupTime + i) }));
  const users = DEMO_USERS.map((u, i) => ({ ...u, id: rng.uuid7(setupTime + 100 + i), teamId: teams[u.team]!.id }));
  const admin = users.find((u) => u.role === 'admin') ?? users[0]!;
  const refMeta = (id: string) => ({ id, ownerId: admin.id, teamId: admin.teamId, createdAt: iso(setupTime), updatedAt: iso(setupTime) });
  for (const team of teams) {
    const doc: ReferenceDoc = { ...refMeta(`team-${team.id}`), kind: 'team', key: team.id, data: { name: team.name } };
    yield { collection: 'reference', doc };
  }
  for (const u of users) {
    const doc: ReferenceDoc = {
      ...refMeta(`user-${u.id}`),
      kind: 'user',
      key: u.id,
      data: { username: u.username, displayName: u.displayName, role: u.role, teamId: u.teamId, active: true },
    };
    yield { collection: 'reference', doc };
  }
  const sellers: Owner[] = users.filter((u) => u.role !== 'admin').map((u) => ({ userId: u.id, teamId: u.teamId }));
  const adminOwner: Owner = { userId: admin.id, teamId: admin.teamId };
  const rates = withSales ? exchangeRates(salesRng, opts.today) : [];
  for (const rate of rates) yield { collection: 'reference', doc: exchangeRateDoc(rate, adminOwner, now) };

  // ---- products (the catalog the admin keeps) ------------------------------------------
  const products = generateProducts(salesRng, opts.products, now, adminOwner, rates);
  for (const doc of products.docs) yield { collection: 'products', doc };

  // ---- helpers -----------------------------------------------------------------------
  const cityWeights = CITIES.map((c) => [c, c.weight] as const);
  const workTime = makeWorkTime(rng, now);
  /** Spread n creations evenly over [from, to] so ids (time-ordered) come out ascending. */
  const spread = (i: number, n: number, from: number, to: number) => from + ((to - from) * (i + rng.float())) / Math.max(n, 1);
  const updatedAfter = (created: number) => (rng.chance(0.5) ? created : created + rng.float() * (now - created));

  const mobile = () => `+98${rng.pick(MOBILE_PREFIXES)}${rng.int(1, 9)}${rng.digits(6)}`;
  // Landlines: 8 local digits; the first is 2–8 (0, 1 and 9 start service numbers).
  const landline = (city: City) => `+98${city.areaCode}${rng.int(2, 8)}${rng.digits(7)}`;
  const postalCode = () => {
    // Iranian postal codes never use 0 or 2 in their first five digits.
    let first = '';
    for (let i = 0; i < 5; i++) first += rng.pick(POSTAL_LEADING_DIGITS);
    return `${first}-${rng.digits(5)}`;
  };
  const streetAddress = (city: City) => {
    const parts = [`خیابان ${rng.pick(city.streets)}`];
    if (rng.chance(0.65)) parts.push(`${rng.chance(0.8) ? 'کوچه' : 'بن‌بست'} ${fakerFA.helpers.arrayElement(fakerFA.definitions.location.street_suffix)}`);
    parts.push(`پلاک ${toPersianDigits(String(rng.int(1, 240)))}`);
    if (rng.chance(0.4)) parts.push(`طبقه ${toPersianDigits(String(rng.int(1, 12)))}`);
    if (rng.chance(0.2)) parts.push(`واحد ${toPersianDigits(String(rng.int(1, 40)))}`);
    return parts.join('، ');
  };
  const tags = (max: number) => {
    const n = rng.weighted([[0, 5], [1, 3], [2, 1.5], [3, 0.5]] as const);
    const out = new Set<string>();
    while (out.size < Math.min(n, max)) out.add(rng.pick(TAGS));
    return [...out];
  };
  const someNotes = (p: number) => (rng.chance(p) ? sentences(rng.int(1, 3)) : '');
  const sentences = (n: number) => Array.from({ length: n }, () => rng.pick(BODY_SENTENCES)).join(' ');
  const pickOwner = () => rng.pick(sellers);

  // ---- accounts ----------------------------------------------------------------------
  const accountFacts: AccountFacts[] = [];
  const accountsFrom = now - 5 * 365 * DAY;
  const accountsTo = now - 30 * DAY;
  for (let i = 0; i < opts.accounts; i++) {
    const created = workTime(spread(i, opts.accounts, accountsFrom, accountsTo));
    const id = rng.uuid7(created);
    const kindOf = rng.pick(COMPANY_KINDS);
    const stem = rng.pick(COMPANY_STEMS);
    const suffix = rng.pick(COMPANY_SUFFIXES);
    const city = rng.weighted(cityWeights);
    const owner = pickOwner();
    const domain = `${stem.latin}${suffix.latin}${rng.chance(0.4) ? rng.int(2, 99) : ''}.${rng.pick(['ir', 'ir', 'ir', 'com', 'co.ir'])}`;
    const segment = rng.weighted([['strategic', 1], ['key', 3], ['standard', 9], ['small', 5], ['', 2]] as const);

    const phones: PhoneEntry[] = [{ label: 'work', e164: landline(city) }];
    if (rng.chance(0.4)) phones.push({ label: 'work', e164: landline(city) });
    if (rng.chance(0.2)) phones.push({ label: 'fax', e164: landline(city) });
    if (rng.chance(0.3)) phones.push({ label: 'mobile', e164: mobile() });
    const emails: EmailEntry[] = [];
    if (rng.chance(0.75)) emails.push({ label: 'work', address: `${rng.pick(['info', 'info', 'sales', 'office'])}@${domain}` });
    if (rng.chance(0.25)) emails.push({ label: 'work', address: `${rng.pick(['sales', 'crm', 'finance', 'support'])}@${domain}` });

    const input: AccountInput = {
      name: `${kindOf.prefix} ${stem.fa}${suffix.fa ? ZWNJ + suffix.fa : ''}${rng.pick(LEGAL_FORMS)}`,
      kind: rng.weighted([['customer', 11], ['prospect', 6], ['partner', 1.5], ['supplier', 1], ['other', 0.5]] as const),
      industry: kindOf.industry,
      segment,
      phones,
      emails,
      website: rng.chance(0.5) ? `https://www.${domain}` : '',
      address: { country: 'ایران', province: city.province, city: city.city, street: streetAddress(city), postalCode: postalCode() },
      tags: tags(2),
      notes: someNotes(0.15),
      nationalId: rng.chance(0.7) ? legalNationalId(rng) : '',
      economicCode: rng.chance(0.6) ? `411${rng.digits(9)}` : '',
      creditLimit: creditLimit(rng),
      ownerId: owner.userId,
    };
    const updated = updatedAfter(created);
    accountFacts.push({ id, name: input.name, owner, city, domain, segment });
    yield {
      collection: 'accounts',
      doc: buildAccountDoc(input, { id, teamId: owner.teamId, createdAt: iso(created), updatedAt: iso(updated) }),
    };
  }

  // ---- contacts ----------------------------------------------------------------------
  const contactIds: string[] = [];
  const contactOwners: Owner[] = [];
  // What the sales cycle needs to know of each contact (only kept when there is one).
  const contactFacts: ContactFacts[] = [];
  const contactsFrom = now - 4 * 365 * DAY;
  const contactsTo = now - 2 * DAY;
  for (let i = 0; i < opts.contacts; i++) {
    const created = workTime(spread(i, opts.contacts, contactsFrom, contactsTo));
    const id = rng.uuid7(created);
    // Some accounts have many people, most a few: square the uniform draw to skew it.
    const account = accountFacts.length > 0 && rng.chance(0.8)
      ? accountFacts[Math.floor(rng.float() ** 2 * accountFacts.length)]!
      : null;
    const owner = account && rng.chance(0.85) ? account.owner : pickOwner();
    const city = account && rng.chance(0.8) ? account.city : rng.weighted(cityWeights);
    const first: Named = rng.chance(0.55) ? rng.pick(MALE_FIRST_NAMES) : rng.pick(FEMALE_FIRST_NAMES);
    // A quarter of the surnames come from faker's longer list (no Latin spelling there).
    const curatedLast = rng.chance(0.75) ? rng.pick(LAST_NAMES) : null;
    const lastName = curatedLast?.fa ?? fakerFA.person.lastName();

    const phones: PhoneEntry[] = [];
    if (rng.chance(0.95)) phones.push({ label: 'mobile', e164: mobile() });
    if (phones.length === 0 || rng.chance(0.25)) {
      phones.push(rng.chance(0.7) ? { label: 'work', e164: landline(city) } : { label: 'mobile', e164: mobile() });
    }
    if (rng.chance(0.05)) phones.push({ label: 'home', e164: landline(city) });

    const emails: EmailEntry[] = [];
    const personalLocal = curatedLast
      ? rng.pick([`${first.latin}.${curatedLast.latin}`, `${first.latin[0]}.${curatedLast.latin}`, `${first.latin}${curatedLast.latin}${rng.int(50, 99)}`])
      : rng.pick([`${first.latin}${rng.int(1340, 1385)}`, `${first.latin}.${rng.digits(3)}`, `${first.latin}_${rng.int(10, 99)}`]);
    if (account && rng.chance(0.6)) {
      const local = curatedLast ? `${first.latin[0]}.${curatedLast.latin}` : `${first.latin}${rng.int(1, 99)}`;
      emails.push({ label: 'work', address: `${local}@${account.domain}` });
      if (rng.chance(0.2)) emails.push({ label: 'personal', address: `${personalLocal}@${rng.pick(FREE_MAIL_DOMAINS)}` });
    } else if (rng.chance(0.6)) {
      emails.push({ label: 'personal', address: `${personalLocal}@${rng.pick(FREE_MAIL_DOMAINS)}` });
    }

    const input: ContactInput = {
      firstName: first.fa,
      lastName,
      jobTitle: account ? rng.pick(JOB_TITLES) : rng.chance(0.2) ? rng.pick(JOB_TITLES) : '',
      accountId: account?.id ?? '',
      phones,
      emails,
      website: '',
      address: {
        country: 'ایران',
        province: city.province,
        city: city.city,
        street: rng.chance(0.5) ? streetAddress(city) : '',
        postalCode: rng.chance(0.3) ? postalCode() : '',
      },
      segment: account && rng.chance(0.6) ? account.segment : '',
      tags: tags(3),
      preferredChannel: rng.weighted([['', 8], ['phone', 5], ['sms', 2], ['email', 2], ['inPerson', 2], ['social', 1]] as const),
      notes: someNotes(0.1),
      ownerId: owner.userId,
    };
    contactIds.push(id);
    contactOwners.push(owner);
    if (withSales) {
      contactFacts.push({
        id, accountId: input.accountId, owner, firstName: input.firstName, lastName: input.lastName,
        mobile: phones.find((p) => p.label === 'mobile')?.e164 ?? '', email: emails[0]?.address ?? '',
      });
    }
    yield {
      collection: 'contacts',
      doc: buildContactDoc(input, { id, teamId: owner.teamId, createdAt: iso(created), updatedAt: iso(updatedAfter(created)) }),
    };
  }

  // ---- leads, opportunities, quotes --------------------------------------------------------
  let sales: SalesDocs | null = null;
  if (withSales) {
    sales = generateSalesCycle({
      rng: salesRng, now, today: opts.today, sellers, accounts: accountFacts, contacts: contactFacts,
      products: products.facts, rates, openShare, counts: opts,
    });
    for (const doc of sales.leads) yield { collection: 'leads', doc };
    for (const doc of sales.opportunities) yield { collection: 'opportunities', doc };
    for (const doc of sales.quotes) yield { collection: 'quotes', doc };
  }
  const contactAccount = (k: number) => contactFacts[k]?.accountId ?? '';

  // ---- activities --------------------------------------------------------------------
  const activitiesFrom = now - 2 * 365 * DAY;
  for (let i = 0; i < opts.activities; i++) {
    const occurred = workTime(spread(i, opts.activities, activitiesFrom, now));
    const id = rng.uuid7(occurred);
    const onContact = contactIds.length > 0 && (accountFacts.length === 0 || rng.chance(0.65));
    let regardingId: string;
    let owner: Owner;
    let accountId: string;
    if (onContact) {
      const k = rng.int(0, contactIds.length - 1);
      regardingId = contactIds[k]!;
      owner = contactOwners[k]!;
      accountId = contactAccount(k);
    } else if (accountFacts.length > 0) {
      const a = rng.pick(accountFacts);
      regardingId = a.id;
      owner = a.owner;
      accountId = a.id;
    } else {
      throw new RangeError('activities need at least one contact or account to be about');
    }
    if (rng.chance(0.1)) owner = pickOwner();
    const type = rng.weighted([['call', 4], ['note', 3], ['task', 3]] as const);
    const ageDays = (now - occurred) / DAY;
    // Some calls, notes and tasks are about one of the account's deals, or a lead, and then
    // belong to its owner: decided by the sales stream, so subjects, dates and texts are the
    // same with or without sales data.
    const about = sales?.activityTarget(accountId, occurred) ?? null;
    if (about) owner = about.owner;
    const base: ActivityInput = {
      type,
      regardingType: about?.regardingType ?? (onContact ? 'contact' : 'account'),
      regardingId: about?.regardingId ?? regardingId,
      subject: '',
      body: '',
      occurredAt: iso(occurred),
      status: 'done',
      dueDate: '',
      priority: 'normal',
      direction: '',
      durationMinutes: null,
      outcome: '',
      assigneeType: 'user',
      assigneeId: owner.userId,
      completedAt: null,
      endsAt: null,
      location: '',
      remindAt: null,
      ownerId: owner.userId,
    };
    let input: ActivityInput;
    if (type === 'call') {
      input = {
        ...base,
        subject: rng.pick(CALL_SUBJECTS),
        body: rng.chance(0.4) ? sentences(rng.int(1, 2)) : '',
        direction: rng.chance(0.6) ? 'outbound' : 'inbound',
        durationMinutes: rng.chance(0.85) ? rng.int(1, 45) : null,
        outcome: rng.pick(CALL_OUTCOMES),
      };
    } else if (type === 'note') {
      const subject = rng.pick(NOTE_SUBJECTS);
      // As the composer writes them: the first line of the text is the subject.
      input = { ...base, subject, body: rng.chance(0.7) ? `${subject}\n${sentences(rng.int(1, 3))}` : subject };
    } else {
      const due = occurred + rng.int(1, 30) * DAY;
      // Recent tasks are mostly still open; a few old ones were forgotten (overdue).
      const open = rng.chance(ageDays < 30 ? 0.7 : 0.04);
      const cancelled = !open && rng.chance(0.05);
      const done = !open && !cancelled;
      input = {
        ...base,
        subject: rng.pick(TASK_SUBJECTS),
        body: rng.chance(0.3) ? sentences(1) : '',
        status: open ? 'open' : cancelled ? 'cancelled' : 'done',
        dueDate: rng.chance(0.9) ? businessDate(due) : '',
        priority: rng.weighted([['normal', 7], ['high', 2], ['low', 1.5]] as const),
        assigneeType: rng.chance(0.05) ? 'team' : 'user',
        assigneeId: owner.userId,
        completedAt: done ? iso(Math.min(now - 60_000, occurred + rng.int(1, 20 * 24 * 60) * 60_000)) : null,
      };
      if (input.assigneeType === 'team') input.assigneeId = owner.teamId;
    }
    yield {
      collection: 'activities',
      doc: buildActivityDoc(input, { id, teamId: owner.teamId, createdAt: iso(occurred), updatedAt: iso(occurred) }),
    };
  }
}

/**
 * شناسه ملی of a legal entity: 11 digits whose last is a check digit
 * (weights 29,27,23,19,17 repeated over each digit plus the tens digit + 2, mod 11).
 */
function legalNationalId(rng: Random): string {
  const body = `10${rng.digits(8)}`;
  const d = Number(body[9]) + 2;
  const weights = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (Number(body[i]) + d) * weights[i]!;
  return `${body}${(sum % 11) % 10}`;
}

function creditLimit(rng: Random): AccountInput['creditLimit'] {
  if (rng.chance(0.2)) return null;
  if (rng.chance(0.04)) return { amountMinor: rng.int(5, 200) * 1000 * 100, currency: 'USD' };
  // 50 million to 50 billion rial, log-uniform, in round 10-million steps.
  const rial = 10 ** (7.7 + rng.float() * 3);
  return { amountMinor: Math.max(1, Math.round(rial / 1e7)) * 1e7, currency: 'IRR' };
}
