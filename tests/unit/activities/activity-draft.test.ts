import { describe, expect, it } from 'vitest';
import { activityInputSchema, buildActivityDoc, type ActivityDoc, type ActivityInput } from '../../../shared/entities';
import {
  draftErrors, draftFromDoc, draftToInput, emptyDraft, moveStart, presetInstant, reminderChoicesFor, scheduleOf, setPlanned, switchType,
  type ActivityDraft,
} from '../../../renderer/src/features/activities/activity-draft';

const actor = { userId: 'u1', teamId: 't1' };
// 2026-12-02 10:00 in Tehran.
const now = new Date('2026-12-02T06:30:00.000Z');
const ctx = { regardingType: 'contact' as const, regardingId: 'c1', actor, now };

function ok(draft: ActivityDraft, existing?: ActivityDoc): ActivityInput {
  const result = draftToInput(draft, { ...ctx, existing });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  // Whatever the composer builds must pass the one schema.
  expect(activityInputSchema.safeParse(result.input).success).toBe(true);
  return result.input;
}

function errors(draft: ActivityDraft) {
  const result = draftToInput(draft, ctx);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const draft = (type: ActivityDraft['type'], patch: Partial<ActivityDraft> = {}) => ({ ...emptyDraft(type, { now, actor }), ...patch });
const doc = (input: ActivityInput, id = 'a1') => buildActivityDoc(input, { id, teamId: 't1', createdAt: now.toISOString(), updatedAt: now.toISOString() });

describe('activity drafts: each type with its own fields', () => {
  it('a note is its text; the first line is the subject; it is done when logged', () => {
    const input = ok(draft('note', { body: 'مشتری قیمت جدید خواست\nتا شنبه پاسخ بدهیم' }));
    expect(input).toMatchObject({ type: 'note', subject: 'مشتری قیمت جدید خواست', status: 'done', dueDate: '', direction: '', endsAt: null, remindAt: null });
    expect(input.occurredAt).toBe(now.toISOString());
    expect(draftErrors('note', { subject: 'validation:required' })).toEqual({ body: 'validation:required' });
  });

  it('a logged call has direction, minutes (either digit set) and outcome', () => {
    const input = ok(draft('call', { subject: 'پیگیری', direction: 'inbound', durationText: '۱۲', outcome: 'قرار شد پیش‌فاکتور بفرستیم' }));
    expect(input).toMatchObject({ type: 'call', status: 'done', direction: 'inbound', durationMinutes: 12, outcome: 'قرار شد پیش‌فاکتور بفرستیم', dueDate: '' });
    expect(errors(draft('call', { subject: 'x', durationText: 'ده' }))).toEqual({ durationMinutes: 'validation:invalidNumber' });
    expect(errors(draft('call', { subject: 'x', durationText: '1441' }))).toEqual({ durationMinutes: 'activities:errors.durationTooLong' });
  });

  it('a call to make is open, on a day at a time', () => {
    const planned = setPlanned(draft('call', { subject: 'تماس با آقای رضایی' }), true, now);
    expect(scheduleOf(planned)).toBe('timed');
    expect(planned).toMatchObject({ date: '2026-12-02', startText: '11:00' });
    const input = ok({ ...planned, startText: '۱۶:۳۰' });
    expect(input).toMatchObject({ status: 'open', dueDate: '2026-12-02', occurredAt: '2026-12-02T13:00:00.000Z', direction: 'outbound' });
  });

  it('a meeting has a day, a start, an optional end and a place; its day is its due date', () => {
    const meeting = draft('meeting', { subject: 'جلسه معرفی محصول', location: 'دفتر مرکزی', date: '2026-12-05', startText: '10:00', endText: '11:30' });
    const input = ok(meeting);
    expect(input).toMatchObject({
      type: 'meeting', status: 'open', dueDate: '2026-12-05', occurredAt: '2026-12-05T06:30:00.000Z', endsAt: '2026-12-05T08:00:00.000Z', location: 'دفتر مرکزی',
    });
    expect(ok({ ...meeting, endText: '' }).endsAt).toBeNull();
  });

  it('a new meeting starts at the next whole hour and lasts an hour; on a calendar day it takes that day', () => {
    expect(draft('meeting')).toMatchObject({ date: '2026-12-02', startText: '11:00', endText: '12:00' });
    expect(emptyDraft('meeting', { now, actor, date: '2026-12-20' })).toMatchObject({ date: '2026-12-20', startText: '11:00' });
  });

  it('refuses a meeting without a day or start, with an unreadable time, or ending before it starts', () => {
    expect(errors(draft('meeting', { subject: 's', date: '', startText: '' }))).toEqual({ date: 'validation:required', startText: 'validation:required' });
    expect(errors(draft('meeting', { subject: 's', startText: '10:70' }))).toEqual({ startText: 'activities:errors.invalidTime' });
    expect(errors(draft('meeting', { subject: 's', startText: '14:00', endText: '13:00' }))).toEqual({ endText: 'validation:endBeforeStart' });
    expect(draftErrors('meeting', { endsAt: 'validation:endBeforeStart', occurredAt: 'validation:invalidDate' })).toEqual({ endText: 'validation:endBeforeStart', startText: 'validation:invalidDate' });
  });

  it('moving a meeting\'s start moves its end, keeping its length', () => {
    const meeting = draft('meeting', { startText: '10:00', endText: '11:30' });
    const from = { startText: '10:00', endText: '11:30' };
    // Typed key by key: "1" reads as 01:00 for a moment; the end follows from the length at focus.
    let typed = moveStart(meeting, '1', from);
    expect(typed).toMatchObject({ startText: '1', endText: '02:30' });
    typed = moveStart(typed, '۱۴', from);
    expect(typed).toMatchObject({ startText: '۱۴', endText: '15:30' });
    expect(moveStart(typed, '', from)).toMatchObject({ startText: '', endText: '15:30' });
    // No end when the field was entered: none is made up.
    expect(moveStart({ ...meeting, endText: '' }, '14:00', { startText: '10:00', endText: '' }).endText).toBe('');
  });

  it('a task has a due date (optional) and a priority, and is open', () => {
    expect(ok(draft('task', { subject: 'ارسال پیش‌فاکتور', date: '2026-12-10', priority: 'high' }))).toMatchObject({ status: 'open', dueDate: '2026-12-10', priority: 'high' });
    expect(ok(draft('task', { subject: 'بی‌تاریخ' })).dueDate).toBe('');
  });

  it('email, letter and SMS are sent or received; an SMS is its text', () => {
    expect(ok(draft('email', { subject: 'ارسال کاتالوگ', direction: 'outbound' }))).toMatchObject({ type: 'email', direction: 'outbound', status: 'done', priority: 'normal' });
    expect(ok(draft('letter', { subject: 'نامهٔ رسمی', direction: 'inbound' }))).toMatchObject({ type: 'letter', direction: 'inbound' });
    expect(ok(draft('sms', { body: 'جلسه فردا ساعت ۱۰' }))).toMatchObject({ type: 'sms', subject: 'جلسه فردا ساعت ۱۰' });
  });

  it('is assigned to the user by default, or to another user or a team', () => {
    expect(ok(draft('task', { subject: 's' }))).toMatchObject({ assigneeType: 'user', assigneeId: 'u1', ownerId: 'u1' });
    expect(ok(draft('task', { subject: 's', assignee: 'team:sales-north' }))).toMatchObject({ assigneeType: 'team', assigneeId: 'sales-north' });
    expect(ok(draft('task', { subject: 's', assignee: 'user:u2' }))).toMatchObject({ assigneeType: 'user', assigneeId: 'u2' });
  });

  it('switching type keeps what was typed and drops fields the new type does not have', () => {
    const meeting = switchType(draft('note', { body: 'متن' }), 'meeting', now);
    expect(meeting).toMatchObject({ type: 'meeting', body: 'متن', startText: '11:00', direction: '' });
    const asNote = ok({ ...switchType({ ...meeting, location: 'x', reminder: 'before15' }, 'note', now) });
    expect(asNote).toMatchObject({ location: '', endsAt: null, remindAt: null, dueDate: '' });
    expect(switchType(draft('note'), 'email', now).direction).toBe('outbound');
  });
});

describe('reminders', () => {
  it('offers presets by the start for timed activities, by the due date for tasks, none for logs', () => {
    expect(reminderChoicesFor(draft('meeting'))).toContain('before15');
    expect(reminderChoicesFor(draft('task', { date: '2026-12-10' }))).toEqual(['none', 'dueDay9', 'dayBefore9', 'custom']);
    expect(reminderChoicesFor(draft('task'))).toEqual(['none', 'custom']);
    expect(reminderChoicesFor(draft('note'))).toEqual([]);
  });

  it('computes the preset instants in Tehran time', () => {
    const start = '2026-12-05T06:30:00.000Z';
    expect(presetInstant('before15', { start, date: '2026-12-05' })).toBe('2026-12-05T06:15:00.000Z');
    expect(presetInstant('dayBefore', { start, date: '2026-12-05' })).toBe('2026-12-04T06:30:00.000Z');
    expect(presetInstant('dueDay9', { start: null, date: '2026-12-10' })).toBe('2026-12-10T05:30:00.000Z');
    expect(presetInstant('dayBefore9', { start: null, date: '2026-12-10' })).toBe('2026-12-09T05:30:00.000Z');
    expect(presetInstant('before15', { start: null, date: '' })).toBeNull();
  });

  it('stores remindAt from a preset or a custom day and time', () => {
    const meeting = draft('meeting', { subject: 's', date: '2026-12-05', startText: '10:00', reminder: 'before30' });
    expect(ok(meeting).remindAt).toBe('2026-12-05T06:00:00.000Z');
    expect(ok(draft('task', { subject: 's', reminder: 'custom', reminderDate: '2026-12-03', reminderTimeText: '۰۸:۱۵' })).remindAt).toBe('2026-12-03T04:45:00.000Z');
    expect(errors(draft('task', { subject: 's', reminder: 'custom', reminderDate: '', reminderTimeText: '' }))).toEqual({
      reminderDate: 'validation:required', reminderTimeText: 'validation:required',
    });
  });

  it('refuses a new reminder in the past, but keeps an unchanged one that already rang', () => {
    const past = draft('task', { subject: 's', reminder: 'custom', reminderDate: '2026-12-01', reminderTimeText: '09:00' });
    expect(errors(past)).toEqual({ reminderTimeText: 'activities:errors.reminderInPast' });
    const stored = doc({ ...ok(draft('task', { subject: 's' })), remindAt: '2026-12-01T05:30:00.000Z' });
    const edited = draftFromDoc(stored, actor);
    expect(edited).toMatchObject({ reminder: 'custom', reminderDate: '2026-12-01', reminderTimeText: '09:00' });
    expect(ok({ ...edited, subject: 'عنوان تازه' }, stored).remindAt).toBe('2026-12-01T05:30:00.000Z');
  });

  it('a task without a schedule can not keep a preset that needs one', () => {
    expect(ok(draft('task', { subject: 's', reminder: 'before15' })).remindAt).toBeNull();
  });
});

describe('editing', () => {
  it('reads a stored meeting back into the form, preset reminder included, and saves it unchanged', () => {
    const input = ok(draft('meeting', { subject: 'جلسه', date: '2026-12-05', startText: '10:00', endText: '11:00', location: 'دفتر', reminder: 'before15', assignee: 'team:t1' }));
    const stored = doc(input);
    const form = draftFromDoc(stored, actor);
    expect(form).toMatchObject({ type: 'meeting', date: '2026-12-05', startText: '10:00', endText: '11:00', location: 'دفتر', reminder: 'before15', assignee: 'team:t1' });
    expect(ok(form, stored)).toEqual(input);
  });

  it('keeps status, completion, owner and regarding record of the stored activity', () => {
    const stored = doc({ ...ok(draft('task', { subject: 'قدیمی' })), status: 'done', completedAt: '2026-12-01T10:00:00.000Z', ownerId: 'u9', regardingType: 'lead', regardingId: 'l1' });
    const input = ok({ ...draftFromDoc(stored, actor), subject: 'جدید' }, stored);
    expect(input).toMatchObject({ subject: 'جدید', status: 'done', completedAt: '2026-12-01T10:00:00.000Z', ownerId: 'u9', regardingType: 'lead', regardingId: 'l1' });
  });

  it('reads a planned call as planned and a logged one as logged', () => {
    const planned = doc(ok(setPlanned(draft('call', { subject: 'x' }), true, now)));
    expect(draftFromDoc(planned, actor)).toMatchObject({ planned: true, date: '2026-12-02', startText: '11:00' });
    const logged = doc(ok(draft('call', { subject: 'x', durationText: '5' })));
    expect(draftFromDoc(logged, actor)).toMatchObject({ planned: false, durationText: '5', date: '' });
  });
});
