import {
  buildAccountDoc, buildActivityDoc, buildContactDoc, EMPTY_ADDRESS,
  type AccountDoc, type ActivityDoc, type ContactDoc, type ReferenceDoc,
} from '../../../../shared/entities';
import {
  DATA_FORMAT, DATA_FORMAT_VERSION, serializeDataHeader, serializeDataLine, type DataCollection, type DataDocs,
} from '../../../../shared/data-exchange';

const T = '2025-03-01T08:00:00.000Z';
const meta = (id: string) => ({ id, teamId: 'team-1', createdAt: T, updatedAt: T });

export function referenceDoc(id = 'user-u1'): ReferenceDoc {
  return {
    ...meta(id), ownerId: 'u1', kind: 'user', key: id.replace(/^user-/, ''),
    data: { username: 'sara', displayName: 'سارا رحیمی', role: 'rep', teamId: 'team-1', active: true },
  };
}

export function accountDoc(id: string, name = `بازرگانی پارس‌تجارت ${id}`): AccountDoc {
  return buildAccountDoc({
    name, kind: 'customer', industry: 'wholesale', segment: 'key',
    phones: [{ label: 'work', e164: '+982188776655' }], emails: [{ label: 'work', address: 'info@pars.ir' }],
    website: '', address: { ...EMPTY_ADDRESS, city: 'تهران' }, tags: [], notes: '', nationalId: '', economicCode: '',
    creditLimit: { amountMinor: 500_000_000, currency: 'IRR' }, ownerId: 'u1',
  }, meta(id));
}

export function contactDoc(id: string, accountId = '', lastName = 'رحیمی'): ContactDoc {
  return buildContactDoc({
    firstName: 'سارا', lastName, jobTitle: 'مدیر خرید', accountId,
    phones: [{ label: 'mobile', e164: '+989121234567' }], emails: [], website: '', address: EMPTY_ADDRESS,
    segment: '', tags: ['VIP'], preferredChannel: 'phone', notes: '', ownerId: 'u1',
  }, meta(id));
}

export function activityDoc(id: string, regardingId: string): ActivityDoc {
  return buildActivityDoc({
    type: 'task', regardingType: 'contact', regardingId, subject: 'ارسال پیش‌فاکتور', body: '', occurredAt: T,
    status: 'open', dueDate: '2025-03-10', priority: 'normal', direction: '', durationMinutes: null, outcome: '',
    assigneeType: 'user', assigneeId: 'u1', completedAt: null, endsAt: null, location: '', remindAt: null, ownerId: 'u1',
  }, meta(id));
}

export function header(counts: Partial<Record<DataCollection, number>> = {}): string {
  return serializeDataHeader({ format: DATA_FORMAT, version: DATA_FORMAT_VERSION, createdAt: T, counts });
}

export const line = <C extends DataCollection>(c: C, doc: DataDocs[C]) => serializeDataLine(c, doc);

/** A valid file: 1 user, `n` accounts, `n` contacts, `n` activities. */
export function sampleLines(n: number): string[] {
  const lines = [header({ reference: 1, accounts: n, contacts: n, activities: n }), line('reference', referenceDoc())];
  for (let i = 0; i < n; i++) lines.push(line('accounts', accountDoc(`acc-${i}`)));
  for (let i = 0; i < n; i++) lines.push(line('contacts', contactDoc(`con-${i}`, `acc-${i}`)));
  for (let i = 0; i < n; i++) lines.push(line('activities', activityDoc(`act-${i}`, `con-${i}`)));
  return lines;
}
