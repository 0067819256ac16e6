import { SYNC_LOG_COLLECTION } from '../../../shared/sync/conflict-log';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accountDocSchema, accountInputSchema, buildAccountDoc, buildContactDoc, contactDocSchema, contactInputSchema,
  EMPTY_ADDRESS, rxSchemaFor, COLLECTION_NAMES, type AccountInput, type ContactInput,
} from '../../../shared/entities';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { removeRecord, saveRecord } from '../../../renderer/src/db/records';
import { openTestDatabase } from './test-db';

const actor = { userId: 'u1', teamId: 't1' };
let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

function contact(patch: Partial<ContactInput> = {}): ContactInput {
  return {
    firstName: 'علی', lastName: 'کریمی', jobTitle: 'مدیر خرید', accountId: '', phones: [{ label: 'mobile', e164: '+989121234567' }],
    emails: [{ label: 'work', address: 'ali@example.ir' }], website: '', address: { ...EMPTY_ADDRESS }, segment: '', tags: ['نمایشگاه'],
    preferredChannel: '', notes: '', ownerId: 'u1', ...patch,
  };
}

function account(patch: Partial<AccountInput> = {}): AccountInput {
  return {
    name: 'صنایع غذایی آرین', kind: 'customer', industry: 'food', segment: 'key', phones: [], emails: [], website: '',
    address: { ...EMPTY_ADDRESS }, tags: [], notes: '', nationalId: '', economicCode: '', creditLimit: { amountMinor: 5_000_000_000, currency: 'IRR' },
    ownerId: 'u1', ...patch,
  };
}

const saveContact = (input: unknown, id?: string) =>
  saveRecord({ collection: db!.contacts, inputSchema: contactInputSchema, docSchema: contactDocSchema, build: buildContactDoc, input, id, actor });

describe('the RxDB schemas built from the shared definitions', () => {
  it('builds a valid schema for every collection, with required, bounded index fields', () => {
    for (const name of COLLECTION_NAMES) {
      const schema = rxSchemaFor(name);
      expect(schema.primaryKey).toBe('id');
      for (const idx of schema.indexes.flat()) {
        expect(schema.required).toContain(idx);
        expect((schema.properties[idx] as { maxLength?: number }).maxLength).toBeGreaterThan(0);
      }
    }
  });

  it('opens all collections under dev-mode validation', async () => {
    db = await openTestDatabase();
    // The synced collections plus the local-only sync log (DESIGN §3 caps the total at 12).
    expect(Object.keys(db.collections).sort()).toEqual([...COLLECTION_NAMES, SYNC_LOG_COLLECTION].sort());
  });
});

describe('saveRecord', () => {
  it('writes a valid contact with derived name and sort keys', async () => {
    db = await openTestDatabase();
    const result = await saveContact(contact(), undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.contacts.findOne(result.doc.id).exec();
    expect(stored?.fullName).toBe('علی کریمی');
    expect(stored?.sortName.endsWith(result.doc.id)).toBe(true);
    expect(stored?.teamId).toBe('t1');
  });

  it('writes nothing and returns translated-key field errors for bad input', async () => {
    db = await openTestDatabase();
    const result = await saveContact(contact({ firstName: '', lastName: '', phones: [{ label: 'mobile', e164: '0912' }], emails: [{ label: 'work', address: 'not-an-email' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      lastName: 'validation:nameRequired',
      'phones.0.e164': 'validation:invalidPhone',
      'emails.0.address': 'validation:invalidEmail',
    });
    expect(await db.contacts.count().exec()).toBe(0);
  });

  it('rejects hostile shapes (wrong types, extra money fields, floats) without writing', async () => {
    db = await openTestDatabase();
    const bad = [
      { ...contact(), tags: 'x' },
      { ...contact(), phones: [{ label: 'pager', e164: '+989121234567' }] },
      null,
    ];
    for (const input of bad) expect((await saveContact(input)).ok).toBe(false);
    const money = await saveRecord({
      collection: db.accounts, inputSchema: accountInputSchema, docSchema: accountDocSchema, build: buildAccountDoc,
      input: account({ creditLimit: { amountMinor: 12.5, currency: 'IRR' } }), actor,
    });
    expect(money.ok).toBe(false);
    expect(await db.contacts.count().exec()).toBe(0);
    expect(await db.accounts.count().exec()).toBe(0);
  });

  it('updates in place, keeps createdAt and team, and refreshes the updated-sort key', async () => {
    db = await openTestDatabase();
    const first = await saveRecord({ collection: db.contacts, inputSchema: contactInputSchema, docSchema: contactDocSchema, build: buildContactDoc, input: contact(), actor, now: new Date('2026-01-01T10:00:00Z') });
    if (!first.ok) throw new Error('save failed');
    const second = await saveRecord({ collection: db.contacts, inputSchema: contactInputSchema, docSchema: contactDocSchema, build: buildContactDoc, input: contact({ jobTitle: 'مدیرعامل' }), id: first.doc.id, actor: { userId: 'u2', teamId: 'other' }, now: new Date('2026-02-01T10:00:00Z') });
    if (!second.ok) throw new Error('update failed');
    expect(second.doc.createdAt).toBe(first.doc.createdAt);
    expect(second.doc.teamId).toBe('t1');
    expect(second.doc.sortUpdated < first.doc.sortUpdated).toBe(true);
    expect(await db.contacts.count().exec()).toBe(1);
  });

  it('refuses to resurrect a record deleted meanwhile', async () => {
    db = await openTestDatabase();
    const first = await saveContact(contact());
    if (!first.ok) throw new Error('save failed');
    await removeRecord(db.contacts, first.doc.id);
    const result = await saveContact(contact(), first.doc.id);
    expect(result).toEqual({ ok: false, errors: { _: 'validation:recordGone' } });
  });
});

describe('removeRecord', () => {
  it('soft-deletes and the undo restores exactly the previous document', async () => {
    db = await openTestDatabase();
    const saved = await saveContact(contact());
    if (!saved.ok) throw new Error('save failed');
    const undo = await removeRecord(db.contacts, saved.doc.id);
    expect(await db.contacts.findOne(saved.doc.id).exec()).toBeNull();
    await undo!();
    const restored = await db.contacts.findOne(saved.doc.id).exec();
    expect(restored?.toJSON()).toMatchObject(saved.doc);
  });
});
