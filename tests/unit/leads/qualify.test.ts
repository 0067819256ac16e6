import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildAccountDoc, buildContactDoc, buildLeadDoc, EMPTY_ADDRESS, type AccountDoc, type AccountInput, type ContactDoc, type ContactInput,
  type LeadDoc, type LeadInput,
} from '../../../shared/entities';
import { DEFAULT_PIPELINE_STAGES, type PipelineStage } from '../../../shared/sales';
import { SearchIndex } from '../../../shared/search';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { emptyLead } from '../../../renderer/src/features/leads/lead-model';
import { defaultChoices, findQualifyMatches } from '../../../renderer/src/features/leads/qualify-matching';
import { executeQualification } from '../../../renderer/src/features/leads/qualify-lead';
import {
  accountFromLead, contactFromLead, firstActiveStage, planQualification, qualifyIds, type QualifyContext,
} from '../../../renderer/src/features/leads/qualify-plan';
import { accountSearchRecord, contactSearchRecord } from '../../../renderer/src/features/search/search-records';
import { openTestDatabase } from '../db/test-db';

const actor = { userId: 'u1', teamId: 't1' };
const NOW = '2026-12-02T09:30:00.000Z';
const ctx: QualifyContext = { actor, now: NOW, stages: DEFAULT_PIPELINE_STAGES, baseCurrency: 'IRR' };
const meta = (id: string) => ({ id, teamId: 't1', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });

function lead(patch: Partial<LeadInput> = {}, id = 'lead1'): LeadDoc {
  return buildLeadDoc({
    ...emptyLead('u1'), firstName: 'علی', lastName: 'کریمی', companyName: 'شرکت آلفا', jobTitle: 'مدیر خرید', city: 'تهران',
    phones: [{ label: 'mobile', e164: '+989121234567' }, { label: 'work', e164: '+982188776655' }],
    emails: [{ label: 'work', address: 'ali@alpha.ir' }], channel: 'phone', status: 'contacted',
    estimatedValue: { amountMinor: 50_000_000, currency: 'IRR' }, tags: ['نمایشگاه'], ...patch,
  }, meta(id));
}

function account(patch: Partial<AccountInput>, id: string): AccountDoc {
  return buildAccountDoc({
    name: 'x', kind: 'customer', industry: '', segment: '', phones: [], emails: [], website: '', address: { ...EMPTY_ADDRESS }, tags: [],
    notes: '', nationalId: '', economicCode: '', creditLimit: null, ownerId: 'u9', ...patch,
  }, meta(id));
}

function contact(patch: Partial<ContactInput>, id: string): ContactDoc {
  return buildContactDoc({
    firstName: '', lastName: 'x', jobTitle: '', accountId: '', phones: [], emails: [], website: '', address: { ...EMPTY_ADDRESS },
    segment: '', tags: [], preferredChannel: '', notes: '', ownerId: 'u9', ...patch,
  }, meta(id));
}

function indexOf(accounts: AccountDoc[], contacts: ContactDoc[]): SearchIndex {
  const index = new SearchIndex();
  index.upsertMany(accounts.map(accountSearchRecord));
  index.upsertMany(contacts.map((c) => contactSearchRecord(c, accounts.find((a) => a.id === c.accountId)?.name)));
  return index;
}

describe('matching a lead with existing accounts and contacts', () => {
  it('finds the account by normalized company name (Arabic letters, ZWNJ, spacing) and the contact by phone or e-mail', () => {
    const index = indexOf(
      [account({ name: 'شركت  آلفا' }, 'a1'), account({ name: 'شرکت بتا', phones: [{ label: 'work', e164: '+982188776655' }] }, 'a2'), account({ name: 'آلفا گستر' }, 'a3')],
      [
        contact({ firstName: 'علی', lastName: 'کریمی' }, 'c1'), // same name only
        contact({ firstName: 'ع.', lastName: 'کریمی', phones: [{ label: 'mobile', e164: '+989121234567' }] }, 'c2'),
        contact({ lastName: 'دیگری', emails: [{ label: 'work', address: 'ALI@alpha.ir' }] }, 'c3'),
        contact({ lastName: 'بی‌ربط' }, 'c4'),
      ],
    );
    const matches = findQualifyMatches(lead(), index);
    expect(matches.accounts.map((m) => [m.id, m.reasons])).toEqual([['a1', ['name']], ['a2', ['phone']]]);
    expect(matches.contacts.map((m) => m.id).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(matches.contacts.find((m) => m.id === 'c1')!.reasons).toEqual(['name']);
    // The company by name is proposed; a person by name alone is not, by phone it is.
    expect(defaultChoices(lead(), matches)).toEqual({ account: { mode: 'existing', id: 'a1' }, contact: { mode: 'existing', id: matches.contacts.find((m) => m.reasons.includes('phone') || m.reasons.includes('email'))!.id } });
  });

  it('proposes new records when nothing matches, and none when the lead lacks what a record needs', () => {
    const empty = new SearchIndex();
    expect(defaultChoices(lead(), findQualifyMatches(lead(), empty))).toEqual({ account: { mode: 'new' }, contact: { mode: 'new' } });
    const companyOnly = lead({ firstName: '', lastName: '' });
    expect(defaultChoices(companyOnly, findQualifyMatches(companyOnly, empty))).toEqual({ account: { mode: 'new' }, contact: { mode: 'none' } });
    const personOnly = lead({ companyName: '' });
    expect(defaultChoices(personOnly, findQualifyMatches(personOnly, empty))).toEqual({ account: { mode: 'none' }, contact: { mode: 'new' } });
  });

  it('never offers a contact as an account match or the reverse', () => {
    const index = indexOf([], [contact({ lastName: 'شرکت آلفا', phones: [{ label: 'work', e164: '+982188776655' }] }, 'c1')]);
    expect(findQualifyMatches(lead(), index).accounts).toEqual([]);
  });
});

describe('the qualification plan', () => {
  it('creates account, contact and opportunity with derived ids, and a qualified lead linking all three', () => {
    const result = planQualification(lead(), { account: { mode: 'new' }, contact: { mode: 'new' } }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { account: a, contact: c, opportunity: o, lead: l } = result.plan;
    const ids = qualifyIds('lead1');
    expect(a).toMatchObject({ id: ids.account, name: 'شرکت آلفا', kind: 'prospect', phones: [{ label: 'work', e164: '+982188776655' }], address: { city: 'تهران' }, ownerId: 'u1', teamId: 't1' });
    expect(c).toMatchObject({
      id: ids.contact, firstName: 'علی', lastName: 'کریمی', accountId: ids.account, jobTitle: 'مدیر خرید', preferredChannel: 'phone',
      phones: lead().phones, emails: lead().emails, tags: ['نمایشگاه'],
    });
    expect(o).toMatchObject({
      id: ids.opportunity, name: 'شرکت آلفا', accountId: ids.account, contactId: ids.contact, leadId: 'lead1',
      stageId: 'prospecting', probability: 10, amount: { amountMinor: 50_000_000, currency: 'IRR' }, status: 'open', ownerId: 'u1',
    });
    expect(l).toMatchObject({ status: 'qualified', accountId: ids.account, contactId: ids.contact, opportunityId: ids.opportunity, qualifiedAt: NOW, updatedAt: NOW, createdAt: lead().createdAt });
    expect(ids.account).toMatch(/^acc-[0-9a-f]{28}$/);
    expect(qualifyIds('lead1')).toEqual(ids);
    expect(qualifyIds('lead2').account).not.toBe(ids.account);
  });

  it('links existing records instead of creating them', () => {
    const result = planQualification(lead(), { account: { mode: 'existing', id: 'a1' }, contact: { mode: 'none' } }, ctx);
    if (!result.ok) throw new Error('plan refused');
    expect(result.plan.account).toBeNull();
    expect(result.plan.contact).toBeNull();
    expect(result.plan.opportunity).toMatchObject({ accountId: 'a1', contactId: '' });
    expect(result.plan.lead).toMatchObject({ accountId: 'a1', contactId: '' });
  });

  it('gives a new contact the existing account chosen', () => {
    const result = planQualification(lead(), { account: { mode: 'existing', id: 'a1' }, contact: { mode: 'new' } }, ctx);
    if (!result.ok) throw new Error('plan refused');
    expect(result.plan.contact!.accountId).toBe('a1');
  });

  it('uses 0 in the base currency without an estimated value, the first active stage and its probability, or what the user chose', () => {
    const stages: PipelineStage[] = [
      { id: 'old', name: 'قدیمی', order: 5, probability: 5, active: false, builtIn: false },
      { id: 'late', name: 'بعدی', order: 30, probability: 60, active: true, builtIn: false },
      { id: 'first', name: 'اول', order: 20, probability: 15, active: true, builtIn: false },
    ];
    expect(firstActiveStage(stages)?.id).toBe('first');
    const plain = planQualification(lead({ estimatedValue: null }), { account: { mode: 'none' }, contact: { mode: 'none' } }, { ...ctx, stages, baseCurrency: 'USD' });
    if (!plain.ok) throw new Error('plan refused');
    expect(plain.plan.opportunity).toMatchObject({ amount: { amountMinor: 0, currency: 'USD' }, stageId: 'first', probability: 15, name: 'شرکت آلفا' });
    const chosen = planQualification(lead(), {
      account: { mode: 'none' }, contact: { mode: 'none' }, opportunityName: 'خط تولید جدید', stageId: 'late', amount: { amountMinor: 100, currency: 'USD' },
    }, { ...ctx, stages });
    if (!chosen.ok) throw new Error('plan refused');
    expect(chosen.plan.opportunity).toMatchObject({ name: 'خط تولید جدید', stageId: 'late', probability: 60, amount: { amountMinor: 100, currency: 'USD' } });
    // Named after the person when there is no company.
    const person = planQualification(lead({ companyName: '' }), { account: { mode: 'none' }, contact: { mode: 'new' } }, ctx);
    expect(person.ok && person.plan.opportunity.name).toBe('علی کریمی');
  });

  it('gives a company-only lead’s phones and e-mails to the new account', () => {
    expect(accountFromLead(lead({ firstName: '', lastName: '' }), 'u1')).toMatchObject({ phones: lead().phones, emails: lead().emails });
    expect(contactFromLead(lead({ channel: 'website' }), '', 'u1').preferredChannel).toBe('');
  });

  it('refuses what cannot be created, with translated keys, and an already qualified lead', () => {
    const noCompany = planQualification(lead({ companyName: '' }), { account: { mode: 'new' }, contact: { mode: 'none' } }, ctx);
    expect(noCompany).toEqual({ ok: false, errors: { 'account.name': 'validation:required' } });
    const noPerson = planQualification(lead({ firstName: '', lastName: '' }), { account: { mode: 'none' }, contact: { mode: 'new' } }, ctx);
    expect(noPerson).toEqual({ ok: false, errors: { 'contact.lastName': 'validation:nameRequired' } });
    const noStage = planQualification(lead(), { account: { mode: 'none' }, contact: { mode: 'none' } }, { ...ctx, stages: [] });
    expect(noStage.ok).toBe(false);
    expect(!noStage.ok && noStage.errors['opportunity.stageId']).toBe('validation:required');
    const emptyName = planQualification(lead(), { account: { mode: 'none' }, contact: { mode: 'none' }, opportunityName: ' ' }, ctx);
    expect(!emptyName.ok && emptyName.errors['opportunity.name']).toBe('validation:required');
    const again = planQualification(lead({ status: 'qualified', qualifiedAt: NOW }), { account: { mode: 'none' }, contact: { mode: 'none' } }, ctx);
    expect(again).toEqual({ ok: false, errors: { _: 'leads:qualify.alreadyQualified' } });
  });
});

describe('writing a qualification', () => {
  let db: PeyvandDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.remove();
  });

  const plan = (l: LeadDoc, request: Parameters<typeof planQualification>[1] = { account: { mode: 'new' }, contact: { mode: 'new' } }) => {
    const result = planQualification(l, request, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.plan;
  };

  it('writes the new account, contact and opportunity, then the lead pointing at them', async () => {
    const l = lead();
    await db.leads.insert(l);
    const result = await executeQualification(db, plan(l));
    expect(result).toMatchObject({ ok: true, created: { account: true, contact: true, opportunity: true } });
    const stored = (await db.leads.findOne('lead1').exec())!;
    const ids = qualifyIds('lead1');
    expect(stored.toJSON()).toMatchObject({ status: 'qualified', accountId: ids.account, contactId: ids.contact, opportunityId: ids.opportunity, qualifiedAt: NOW });
    expect((await db.accounts.findOne(ids.account).exec())?.name).toBe('شرکت آلفا');
    expect((await db.contacts.findOne(ids.contact).exec())?.accountId).toBe(ids.account);
    expect((await db.opportunities.findOne(ids.opportunity).exec())?.toJSON()).toMatchObject({ leadId: 'lead1', accountId: ids.account, contactId: ids.contact });
  });

  it('links an existing account without touching it', async () => {
    const existing = account({ name: 'شرکت آلفا', notes: 'قدیمی' }, 'a1');
    await db.accounts.insert(existing);
    const l = lead();
    await db.leads.insert(l);
    const result = await executeQualification(db, plan(l, { account: { mode: 'existing', id: 'a1' }, contact: { mode: 'new' } }));
    expect(result).toMatchObject({ ok: true, created: { account: false, contact: true, opportunity: true } });
    expect(await db.accounts.count().exec()).toBe(1);
    expect((await db.accounts.findOne('a1').exec())!.toJSON()).toEqual(existing);
    expect((await db.contacts.findOne(qualifyIds('lead1').contact).exec())?.accountId).toBe('a1');
  });

  it('leaves the lead unqualified when a write fails midway, and a retry reuses what was written', async () => {
    const l = lead();
    await db.leads.insert(l);
    const insertOpp = vi.spyOn(db.opportunities, 'incrementalUpsert').mockRejectedValueOnce(new Error('disk full'));
    const failed = await executeQualification(db, plan(l));
    expect(failed).toMatchObject({ ok: false, error: 'writeFailed', detail: 'disk full' });
    expect((await db.leads.findOne('lead1').exec())!.status).toBe('contacted');
    expect(await db.accounts.count().exec()).toBe(1);
    expect(await db.contacts.count().exec()).toBe(1);
    expect(await db.opportunities.count().exec()).toBe(0);
    insertOpp.mockRestore();

    const retried = await executeQualification(db, plan(l));
    expect(retried).toMatchObject({ ok: true, created: { account: false, contact: false, opportunity: true } });
    expect(await db.accounts.count().exec()).toBe(1);
    expect(await db.contacts.count().exec()).toBe(1);
    expect(await db.opportunities.count().exec()).toBe(1);
    const stored = (await db.leads.findOne('lead1').exec())!;
    expect(stored.status).toBe('qualified');
    expect(await db.opportunities.findOne(stored.opportunityId).exec()).not.toBeNull();
  });

  it('points a reused opportunity at the account chosen on the retry', async () => {
    const l = lead();
    await db.leads.insert(l);
    await db.accounts.insert(account({ name: 'شرکت آلفا' }, 'a1'));
    vi.spyOn(db.leads, 'incrementalUpsert').mockRejectedValueOnce(new Error('closed'));
    expect((await executeQualification(db, plan(l))).ok).toBe(false);
    vi.restoreAllMocks();
    const retried = await executeQualification(db, plan(l, { account: { mode: 'existing', id: 'a1' }, contact: { mode: 'none' } }));
    expect(retried.ok).toBe(true);
    const opp = (await db.opportunities.findOne(qualifyIds('lead1').opportunity).exec())!;
    expect([opp.accountId, opp.contactId]).toEqual(['a1', '']);
    expect((await db.leads.findOne('lead1').exec())!.accountId).toBe('a1');
  });

  it('keeps edits made to the lead while the screen was open, and refuses a lead qualified meanwhile', async () => {
    const l = lead();
    await db.leads.insert(l);
    const p = plan(l);
    await (await db.leads.findOne('lead1').exec())!.incrementalPatch({ notes: 'تماس دوم گرفته شد' });
    const result = await executeQualification(db, p);
    expect(result.ok).toBe(true);
    expect((await db.leads.findOne('lead1').exec())!.notes).toBe('تماس دوم گرفته شد');
    expect(await executeQualification(db, p)).toMatchObject({ ok: false, error: 'alreadyQualified' });
  });

  it('reports a lead deleted meanwhile', async () => {
    const l = lead();
    await db.leads.insert(l);
    const p = plan(l, { account: { mode: 'none' }, contact: { mode: 'none' } });
    await (await db.leads.findOne('lead1').exec())!.remove();
    expect(await executeQualification(db, p)).toMatchObject({ ok: false, error: 'recordGone' });
  });
});
