import { buildAccountDoc, buildActivityDoc, buildContactDoc, EMPTY_ADDRESS, type AccountDoc, type ActivityDoc, type ContactDoc } from '../../../shared/entities';
import type { WireDocument } from '../../../shared/sync';

export const T0 = '2026-11-01T10:00:00.000Z';
export const T1 = '2026-11-02T10:00:00.000Z';
export const T2 = '2026-11-03T10:00:00.000Z';

export function contact(patch: Partial<ContactDoc> = {}, id = 'c1'): ContactDoc & WireDocument {
  const input = {
    firstName: 'علی', lastName: 'رضایی', jobTitle: '', accountId: '', phones: [], emails: [], website: '',
    address: EMPTY_ADDRESS, segment: '' as const, tags: [], preferredChannel: '' as const, notes: '', ownerId: 'u1', ...patch,
  };
  return { ...buildContactDoc(input, { id, teamId: patch.teamId ?? 't1', createdAt: T0, updatedAt: patch.updatedAt ?? T0 }), _deleted: false };
}

export function deleted<D extends Record<string, unknown>>(doc: D): D & { _deleted: true } {
  return { ...doc, _deleted: true };
}
export const alive = <D extends object>(doc: D) => ({ ...doc, _deleted: false }) as D & WireDocument;

export function account(patch: Partial<AccountDoc> = {}, id = 'a1'): AccountDoc & WireDocument {
  const input = {
    name: 'شرکت نمونه', kind: 'customer' as const, industry: '' as const, segment: '' as const, phones: [], emails: [], website: '',
    address: EMPTY_ADDRESS, tags: [], notes: '', nationalId: '', economicCode: '', creditLimit: null, ownerId: 'u1', ...patch,
  };
  return { ...buildAccountDoc(input, { id, teamId: patch.teamId ?? 't1', createdAt: T0, updatedAt: patch.updatedAt ?? T0 }), _deleted: false };
}

export function activity(patch: Partial<ActivityDoc> = {}, id = 'v1'): ActivityDoc & WireDocument {
  const input = {
    type: 'task' as const, regardingType: 'account' as const, regardingId: 'a1', subject: 'پیگیری', body: '', occurredAt: T0,
    status: 'open' as const, dueDate: '', priority: 'normal' as const, direction: '' as const, durationMinutes: null, outcome: '',
    assigneeType: 'user' as const, assigneeId: 'u1', completedAt: null, endsAt: null, location: '', remindAt: null, ownerId: 'u1', ...patch,
  };
  return { ...buildActivityDoc(input, { id, teamId: patch.teamId ?? 't1', createdAt: T0, updatedAt: patch.updatedAt ?? T0 }), _deleted: false };
}
