import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { validateNewUser } from '../../../renderer/src/features/admin/admin-forms';
import { dismissEntry, lostFields, restoreEntry } from '../../../renderer/src/features/sync/review-actions';
import { indicatorStatus, loginErrorKey, syncErrorKey } from '../../../renderer/src/features/sync/sync-status';
import {
  conflictEntry, describeValue, mergeDocuments, recordNameOf, rejectionEntry, restoredDocument, type SyncLogEntry,
} from '../../../shared/sync';
import { openTestDatabase } from '../db/test-db';
import { contact, deleted, T1, T2 } from './fixtures';

let db: PeyvandDatabase | null = null;
afterEach(async () => {
  if (db && !db.closed) await db.close();
  db = null;
});

const AT = '2026-11-05T00:00:00.000Z';
const fieldConflict = () => {
  const base = contact();
  const { doc, conflicts } = mergeDocuments('contacts', { base, local: contact({ jobTitle: 'محلی', updatedAt: T1 }), remote: contact({ jobTitle: 'سرور', updatedAt: T2 }) }, AT);
  return conflictEntry(conflicts[0]!, 'u1', doc);
};

describe('conflict log entries', () => {
  it('has a deterministic id (a retried resolution is stored once) and names the record', () => {
    const a = fieldConflict();
    const b = fieldConflict();
    expect(a.id).toBe(b.id);
    expect(a.id.length).toBeLessThanOrEqual(80);
    expect(a).toMatchObject({ kind: 'field', collectionName: 'contacts', field: 'jobTitle', localJson: '"محلی"', remoteJson: '"سرور"', recordName: 'علی رضایی', status: 'open' });
  });

  it('keeps the whole refused version of a rejected push', () => {
    const refused = contact({ jobTitle: 'رد' });
    const e = rejectionEntry('contacts', refused, deleted(refused), { code: 'INVALID', message: 'bad', fields: { jobTitle: 'validation:tooLong' } }, 'u1', AT);
    expect(e).toMatchObject({ kind: 'rejected', code: 'INVALID', recordName: 'علی رضایی' });
    expect(JSON.parse(e.localJson)).toMatchObject({ jobTitle: 'رد' });
    expect(JSON.parse(e.fieldsJson)).toEqual({ jobTitle: 'validation:tooLong' });
  });

  it('restoredDocument writes the lost value on top of the current state with derived fields recomputed', () => {
    const base = contact();
    const { conflicts } = mergeDocuments('contacts', { base, local: contact({ firstName: 'رضا' }), remote: contact({ firstName: 'حسن' }) }, AT);
    const entry = conflictEntry(conflicts[0]!, 'u1');
    const current = contact({ firstName: 'حسن', notes: 'جدید' });
    const next = restoredDocument(entry, current, T2)!;
    expect(next).toMatchObject({ firstName: 'رضا', notes: 'جدید', fullName: 'رضا رضایی', updatedAt: T2, _deleted: false });
  });

  it('names records of every collection and describes values in plain text', () => {
    expect(recordNameOf('accounts', { name: 'پارس' })).toBe('پارس');
    expect(recordNameOf('activities', { subject: 'تماس' })).toBe('تماس');
    expect(recordNameOf('reference', { key: 'k', data: { displayName: 'سارا' } })).toBe('سارا');
    expect(describeValue([{ label: 'mobile', e164: '+989121234567' }])).toBe('+989121234567');
    expect(describeValue(['a', 'b'])).toBe('a، b');
    expect(describeValue({ amountMinor: 100, currency: 'IRR' })).toBe('100 IRR');
    expect(describeValue(null)).toBe('');
  });
});

describe('review actions on a real (memory) database', () => {
  it('"restore my value" writes a new edit and closes the entry; "dismiss" closes without writing', async () => {
    db = await openTestDatabase();
    await db.contacts.insert(contact({ jobTitle: 'سرور' }));
    const entry = fieldConflict();
    await db.synclog.insert(entry);
    expect(await restoreEntry(db, entry as SyncLogEntry, new Date(T2))).toEqual({ ok: true });
    expect((await db.contacts.findOne('c1').exec())?.toJSON()).toMatchObject({ jobTitle: 'محلی', updatedAt: T2 });
    expect((await db.synclog.findOne(entry.id).exec())?.status).toBe('restored');
    const other = { ...entry, id: 'other' };
    await db.synclog.insert(other);
    await dismissEntry(db, 'other');
    expect((await db.synclog.findOne('other').exec())?.status).toBe('dismissed');
  });

  it('brings back a record whose edits lost to a delete', async () => {
    db = await openTestDatabase();
    const doc = await db.contacts.insert(contact());
    await doc.remove();
    const { doc: merged, conflicts } = mergeDocuments('contacts', { base: contact(), local: contact({ jobTitle: 'کار من' }), remote: deleted(contact()) }, AT);
    const entry = conflictEntry(conflicts[0]!, 'u1', merged);
    await db.synclog.insert(entry);
    expect(lostFields(entry).map((f) => f.field)).toEqual(['jobTitle']);
    expect(await restoreEntry(db, entry, new Date(T2))).toEqual({ ok: true });
    expect((await db.contacts.findOne('c1').exec())?.jobTitle).toBe('کار من');
  });

  it('refuses to restore a value that is invalid in the record', async () => {
    db = await openTestDatabase();
    await db.contacts.insert(contact());
    const entry = { ...fieldConflict(), field: 'website', localJson: '"not a url"' };
    expect(await restoreEntry(db, entry, new Date(T2))).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('indicator status and messages', () => {
  const progress = { active: false, online: true, received: 0, pending: 0, pendingCapped: false, lastSyncAt: null, error: null, resetting: false, initial: null };
  const user = { id: 'u1', username: 'u', displayName: 'U', role: 'rep' as const, teamId: 't1' };
  it('reads one plain status from the state', () => {
    expect(indicatorStatus({ user: null, tooOld: false, progress: null })).toBe('localOnly');
    expect(indicatorStatus({ user, tooOld: true, progress })).toBe('tooOld');
    expect(indicatorStatus({ user, tooOld: false, progress: { ...progress, online: false, active: true } })).toBe('offline');
    expect(indicatorStatus({ user, tooOld: false, progress: { ...progress, resetting: true } })).toBe('resetting');
    expect(indicatorStatus({ user, tooOld: false, progress: { ...progress, active: true } })).toBe('syncing');
    expect(indicatorStatus({ user, tooOld: false, progress: { ...progress, error: 'NETWORK' } })).toBe('error');
    expect(indicatorStatus({ user, tooOld: false, progress })).toBe('synced');
  });
  it('maps error codes to translated messages', () => {
    expect(syncErrorKey('NETWORK')).toBe('errors.NETWORK');
    expect(syncErrorKey('BAD_RESPONSE')).toBe('errors.generic');
    expect(loginErrorKey('UNAUTHORIZED')).toBe('server.login.UNAUTHORIZED');
    expect(loginErrorKey('RATE_LIMITED')).toBe('server.login.RATE_LIMITED');
    expect(loginErrorKey('CLIENT_TOO_OLD')).toBe('server.login.CLIENT_TOO_OLD');
    expect(loginErrorKey(undefined)).toBe('server.login.generic');
  });
});

describe('admin user form', () => {
  const form = { username: 'sara', displayName: 'سارا', password: 'password-1', role: 'rep' as const, teamId: 't1', active: true };
  it('checks what the server checks before sending', () => {
    expect(validateNewUser(form, true)).toEqual({});
    expect(validateNewUser({ ...form, username: '' }, true)).toEqual({ username: 'validation:required' });
    expect(validateNewUser({ ...form, username: 'a b' }, true)).toEqual({ username: 'validation:invalidUsername' });
    expect(validateNewUser({ ...form, password: 'short' }, true)).toEqual({ password: 'validation:passwordTooShort' });
    expect(validateNewUser({ ...form, teamId: '' }, true)).toEqual({ teamId: 'validation:required' });
    expect(validateNewUser({ ...form, password: '' }, false)).toEqual({});
    expect(validateNewUser({ ...form, displayName: ' ' }, false)).toEqual({ displayName: 'validation:required' });
  });
});
