import { describe, expect, it } from 'vitest';
import { latestFirstKey, nameSortKey, recomputeDerived } from '../../../shared/entities';
import { mergeDocuments, sameContent } from '../../../shared/sync';
import { account, activity, contact, deleted, T0, T1, T2 } from './fixtures';

const AT = '2026-11-05T00:00:00.000Z';

describe('three-way merge: fields', () => {
  it('keeps a field changed on the device only', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر', updatedAt: T1 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote: base }, AT);
    expect(doc.jobTitle).toBe('مدیر');
    expect(conflicts).toEqual([]);
  });

  it('keeps a field changed on the server only', () => {
    const base = contact();
    const remote = contact({ notes: 'از سرور', updatedAt: T1 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local: base, remote }, AT);
    expect(doc.notes).toBe('از سرور');
    expect(conflicts).toEqual([]);
  });

  it('keeps both when different fields changed on each side', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر', updatedAt: T1 });
    const remote = contact({ notes: 'از سرور', updatedAt: T2 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc).toMatchObject({ jobTitle: 'مدیر', notes: 'از سرور', _deleted: false });
    expect(conflicts).toEqual([]);
  });

  it('same field, same new value on both sides: no conflict', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر', updatedAt: T1 });
    const remote = contact({ jobTitle: 'مدیر', updatedAt: T2 });
    expect(mergeDocuments('contacts', { base, local, remote }, AT).conflicts).toEqual([]);
  });

  it('same field changed on both to different values: the server wins, the device value is recorded', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر فروش', updatedAt: T1 });
    const remote = contact({ jobTitle: 'مدیر مالی', updatedAt: T2 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc.jobTitle).toBe('مدیر مالی');
    expect(conflicts).toEqual([
      { kind: 'field', collection: 'contacts', docId: 'c1', field: 'jobTitle', localValue: 'مدیر فروش', remoteValue: 'مدیر مالی', at: AT },
    ]);
  });

  it('compares arrays and objects as whole values (phones, emails, address, tags)', () => {
    const base = contact({ tags: ['الف'], phones: [{ label: 'mobile', e164: '+989121234567' }] });
    const local = contact({ tags: ['الف', 'ب'], phones: [{ label: 'mobile', e164: '+989121234567' }], address: { country: 'IR', province: '', city: 'تهران', street: '', postalCode: '' } });
    const remote = contact({ tags: ['الف', 'ج'], phones: [{ e164: '+989121234567', label: 'mobile' }] }); // same phone, keys in another order
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc.tags).toEqual(['الف', 'ج']);
    expect(doc.address.city).toBe('تهران');
    expect(conflicts.map((c) => c.field)).toEqual(['tags']);
    expect(conflicts[0]!.localValue).toEqual(['الف', 'ب']);
  });

  it('records every differing field when there is no base (both sides created the same id)', () => {
    const local = contact({ jobTitle: 'الف' });
    const remote = contact({ jobTitle: 'ب' });
    const { doc, conflicts } = mergeDocuments('contacts', { local, remote }, AT);
    expect(doc.jobTitle).toBe('ب');
    expect(conflicts.map((c) => c.field)).toEqual(['jobTitle']);
  });

  it('takes the later updatedAt, whatever the side (a clock a year wrong still merges by content)', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر', updatedAt: '2027-11-01T00:00:00.000Z' });
    const remote = contact({ notes: 'x', updatedAt: T1 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc.updatedAt).toBe('2027-11-01T00:00:00.000Z');
    expect(doc).toMatchObject({ jobTitle: 'مدیر', notes: 'x' });
    expect(conflicts).toEqual([]);
    // …and a wrong clock never makes its value win a same-field conflict.
    const late = mergeDocuments('contacts', { base, local: contact({ notes: 'device', updatedAt: '2027-11-01T00:00:00.000Z' }), remote: contact({ notes: 'server', updatedAt: T1 }) }, AT);
    expect(late.doc.notes).toBe('server');
  });

  it('recomputes derived fields from the merged fields instead of merging them', () => {
    const base = contact();
    const local = contact({ firstName: 'رضا', updatedAt: T1 });
    const remote = contact({ lastName: 'کریمی', updatedAt: T2 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc.fullName).toBe('رضا کریمی');
    expect(doc.sortName).toBe(nameSortKey('رضا کریمی', 'c1'));
    expect(doc.sortUpdated).toBe(latestFirstKey(T2, 'c1'));
    expect(conflicts).toEqual([]); // fullName/sortName differ on both sides but are not merged
  });

  it('recomputes account and activity keys', () => {
    const a = mergeDocuments('accounts', { base: account(), local: account({ name: 'جدید', updatedAt: T2 }), remote: account({ notes: 'n', updatedAt: T1 }) }, AT).doc;
    expect(a.sortName).toBe(nameSortKey('جدید', 'a1'));
    expect(a.sortUpdated).toBe(latestFirstKey(T2, 'a1'));
    const v = mergeDocuments('activities', { base: activity(), local: activity({ dueDate: '2026-12-01' }), remote: activity({ occurredAt: T1 }) }, AT).doc;
    expect(v.dueKey).toBe('2026-12-01\u0001v1');
    expect(v.timelineKey).toBe(latestFirstKey(T1, 'v1'));
  });

  it('merges reference data as a whole `data` value', () => {
    const ref = (value: unknown) => ({ id: 'r1', kind: 'setting', key: 's', data: { value }, ownerId: 'u1', teamId: 't1', createdAt: T0, updatedAt: T0, _deleted: false });
    const { doc, conflicts } = mergeDocuments('reference', { base: ref(1), local: ref(2), remote: ref(3) }, AT);
    expect(doc.data).toEqual({ value: 3 });
    expect(conflicts.map((c) => c.field)).toEqual(['data']);
  });

  it('ignores bookkeeping fields (_meta, _rev, _rejection) in the comparison and the result', () => {
    const base = contact();
    const local = { ...contact({ jobTitle: 'x' }), _rev: '3-a', _meta: { lwt: 1 } };
    const remote = { ...base, _rev: '9-b', _rejection: { code: 'INVALID', message: '' } };
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote } as never, AT);
    expect(conflicts).toEqual([]);
    expect(Object.keys(doc)).not.toContain('_rev');
    expect(Object.keys(doc)).not.toContain('_rejection');
    expect(Object.keys(doc)).not.toContain('_meta');
  });

  it('is deterministic: merging twice gives the same content', () => {
    const input = { base: contact(), local: contact({ jobTitle: 'a', notes: 'l' }), remote: contact({ jobTitle: 'b', tags: ['x'] }) };
    expect(sameContent(mergeDocuments('contacts', input, AT).doc, mergeDocuments('contacts', input, AT).doc)).toBe(true);
  });
});

describe('three-way merge: deletes', () => {
  it('a delete on the server wins over a stale edit on the device; the edit is kept for restore', () => {
    const base = contact();
    const local = contact({ jobTitle: 'مدیر', updatedAt: T1 });
    const remote = deleted(contact({ updatedAt: T2 }));
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc._deleted).toBe(true);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'deleted', field: '_deleted', loser: 'local' });
    expect((conflicts[0]!.localValue as { jobTitle: string }).jobTitle).toBe('مدیر');
  });

  it('a delete on the device wins over an edit on the server; the server edit is kept for restore', () => {
    const base = contact();
    const local = deleted(contact({ updatedAt: T1 }));
    const remote = contact({ notes: 'از سرور', updatedAt: T2 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote }, AT);
    expect(doc._deleted).toBe(true);
    expect(conflicts[0]).toMatchObject({ kind: 'deleted', loser: 'remote' });
    expect((conflicts[0]!.localValue as { notes: string }).notes).toBe('از سرور');
  });

  it('a delete against an unchanged other side records nothing', () => {
    const base = contact();
    expect(mergeDocuments('contacts', { base, local: deleted(base), remote: base }, AT)).toMatchObject({ doc: { _deleted: true }, conflicts: [] });
    expect(mergeDocuments('contacts', { base, local: base, remote: deleted(base) }, AT)).toMatchObject({ doc: { _deleted: true }, conflicts: [] });
  });

  it('both deleted: deleted, no conflict', () => {
    const base = contact();
    const { doc, conflicts } = mergeDocuments('contacts', { base, local: deleted(contact({ jobTitle: 'a' })), remote: deleted(contact({ jobTitle: 'b' })) }, AT);
    expect(doc._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('gives the same result whichever device resolves (delete wins on every client)', () => {
    const base = contact();
    const edit = contact({ jobTitle: 'مدیر', updatedAt: T1 });
    const del = deleted(contact({ updatedAt: T2 }));
    const a = mergeDocuments('contacts', { base, local: edit, remote: del }, AT).doc;
    const b = mergeDocuments('contacts', { base, local: del, remote: edit }, AT).doc;
    expect(a._deleted).toBe(true);
    expect(b._deleted).toBe(true);
  });

  it('a restore (undelete) on one side against an unchanged deleted side is kept', () => {
    const base = deleted(contact());
    const local = contact({ updatedAt: T1 });
    const { doc, conflicts } = mergeDocuments('contacts', { base, local, remote: base }, AT);
    expect(doc._deleted).toBe(false);
    expect(conflicts).toEqual([]);
    const other = mergeDocuments('contacts', { base, local: base, remote: contact({ notes: 'back', updatedAt: T1 }) }, AT);
    expect(other.doc).toMatchObject({ _deleted: false, notes: 'back' });
  });

  it('with no base, a deleted side still wins', () => {
    const { doc, conflicts } = mergeDocuments('contacts', { local: contact({ jobTitle: 'x' }), remote: deleted(contact()) }, AT);
    expect(doc._deleted).toBe(true);
    expect(conflicts).toHaveLength(1);
  });
});

describe('recomputeDerived', () => {
  it('matches what the writers build', () => {
    const c = contact({ firstName: 'مریم', lastName: 'احمدی', updatedAt: T1 });
    expect(recomputeDerived('contacts', { ...c, fullName: 'x', sortName: 'y', sortUpdated: 'z' })).toEqual(c);
    const a = account({ name: 'پارس' });
    expect(recomputeDerived('accounts', { ...a, sortName: '' })).toEqual(a);
    const v = activity({ dueDate: '2026-12-01' });
    expect(recomputeDerived('activities', { ...v, dueKey: '' })).toEqual(v);
  });
});
