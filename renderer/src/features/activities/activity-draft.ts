import { addDays, instantMillis, isIsoDate, type IsoDate, type IsoInstant } from '../../../../shared/dates';
import type { ActivityDoc, ActivityInput, FieldErrors, RegardingType } from '../../../../shared/entities';
import { toLatinDigits } from '../../../../shared/text/digits';
import type { Actor } from '../../db/records';
import {
  addMinutesToTime, businessDateOf, businessInstant, businessTimeOf, minutesBetween, nextWholeHour, parseTimeText,
  timeOfDayMinutes, type TimeOfDay,
} from './activity-time';
import { isComposerType, type ComposerType } from './activity-view';

/**
 * The composer's form state and the pure rules that turn it into a validated activity:
 * which fields each type has (GLOSSARY: call, meeting, task, email, letter, SMS, note),
 * how a day and a typed time become instants in the business zone, and reminders.
 */

export const REMINDER_CHOICES = [
  'none', 'atStart', 'before5', 'before15', 'before30', 'before60', 'dayBefore', 'dueDay9', 'dayBefore9', 'custom',
] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

export interface ActivityDraft {
  type: ComposerType;
  subject: string;
  body: string;
  /** Calls, emails, letters, SMS: inbound / outbound. */
  direction: ActivityInput['direction'];
  /** Calls: minutes as typed (either digit set). */
  durationText: string;
  outcome: string;
  /** Calls: a call to make at a date and time (open) rather than one that happened (done). */
  planned: boolean;
  /** Meetings: the day; planned calls: the day; tasks: the due date ('' = none). */
  date: IsoDate | '';
  /** Meetings and planned calls: start time as typed. */
  startText: string;
  /** Meetings: end time as typed ('' = none). */
  endText: string;
  location: string;
  priority: ActivityInput['priority'];
  reminder: ReminderChoice;
  reminderDate: IsoDate | '';
  reminderTimeText: string;
  /** `user:<id>` or `team:<id>`. */
  assignee: string;
}

export type Schedule = 'timed' | 'due' | 'none';

/** How a draft is placed in time: at a time of day, on a due date, or not at all. */
export function scheduleOf(draft: Pick<ActivityDraft, 'type' | 'planned'>): Schedule {
  if (draft.type === 'meeting' || (draft.type === 'call' && draft.planned)) return 'timed';
  if (draft.type === 'task') return 'due';
  return 'none';
}

/** A note and an SMS are one text; its first line doubles as the subject shown in lists. */
export function subjectFromBody(type: ComposerType): boolean {
  return type === 'note' || type === 'sms';
}

export function hasDirection(type: ComposerType): boolean {
  return type === 'call' || type === 'email' || type === 'letter' || type === 'sms';
}

/** The reminder choices that make sense for a draft (none without a schedule). */
export function reminderChoicesFor(draft: Pick<ActivityDraft, 'type' | 'planned' | 'date'>): ReminderChoice[] {
  const schedule = scheduleOf(draft);
  if (schedule === 'timed') return ['none', 'atStart', 'before5', 'before15', 'before30', 'before60', 'dayBefore', 'custom'];
  if (schedule === 'due') return draft.date ? ['none', 'dueDay9', 'dayBefore9', 'custom'] : ['none', 'custom'];
  return [];
}

export const REMINDER_MINUTES_BEFORE: Partial<Record<ReminderChoice, number>> = {
  atStart: 0, before5: 5, before15: 15, before30: 30, before60: 60, dayBefore: 24 * 60,
};
export const DAY_REMINDER_TIME: TimeOfDay = '09:00';

/** The reminder instant of a preset, from the start (timed) or the due date; null when it has no anchor. */
export function presetInstant(choice: ReminderChoice, anchor: { start: IsoInstant | null; date: IsoDate | '' }): IsoInstant | null {
  const before = REMINDER_MINUTES_BEFORE[choice];
  if (before !== undefined) return anchor.start ? new Date(instantMillis(anchor.start) - before * 60_000).toISOString() : null;
  if (choice === 'dueDay9') return anchor.date ? businessInstant(anchor.date, DAY_REMINDER_TIME) : null;
  if (choice === 'dayBefore9') return anchor.date ? businessInstant(addDays(anchor.date, -1), DAY_REMINDER_TIME) : null;
  return null;
}

export const NOTE_SUBJECT_MAX = 80;
export const MAX_DURATION_MINUTES = 24 * 60;

export interface DraftDefaults {
  now: Date;
  actor: Actor;
  /** The day to schedule on (e.g. a calendar day); default today / the next whole hour. */
  date?: IsoDate;
}

export function assigneeValue(type: ActivityInput['assigneeType'], id: string): string {
  return `${type}:${id}`;
}

export function parseAssignee(value: string): { assigneeType: ActivityInput['assigneeType']; assigneeId: string } | null {
  const match = /^(user|team):(.+)$/.exec(value);
  return match ? { assigneeType: match[1] as ActivityInput['assigneeType'], assigneeId: match[2]! } : null;
}

/** A fresh form for `type`. */
export function emptyDraft(type: ComposerType, { now, actor, date }: DraftDefaults): ActivityDraft {
  const next = nextWholeHour(now);
  return withScheduleDefaults({
    type,
    subject: '',
    body: '',
    direction: hasDirection(type) ? 'outbound' : '',
    durationText: '',
    outcome: '',
    planned: false,
    date: date ?? '',
    startText: '',
    endText: '',
    location: '',
    priority: 'normal',
    reminder: 'none',
    reminderDate: '',
    reminderTimeText: '',
    assignee: assigneeValue('user', actor.userId),
  }, { now, date: date ?? next.date, time: next.time });
}

/** Fills the day and times a schedule needs when they are still empty. */
function withScheduleDefaults(draft: ActivityDraft, fallback: { now: Date; date: IsoDate; time: TimeOfDay }): ActivityDraft {
  const schedule = scheduleOf(draft);
  if (schedule !== 'timed') return draft;
  const startText = draft.startText || fallback.time;
  const start = parseTimeText(startText);
  return {
    ...draft,
    date: draft.date || fallback.date,
    startText,
    endText: draft.type === 'meeting' && !draft.endText && start ? addMinutesToTime(start, 60) : draft.endText,
  };
}

/** Switching the type keeps what was typed and fills what the new type needs. */
export function switchType(draft: ActivityDraft, type: ComposerType, now: Date): ActivityDraft {
  const next = nextWholeHour(now);
  const switched: ActivityDraft = {
    ...draft,
    type,
    direction: hasDirection(type) ? draft.direction || 'outbound' : '',
    planned: type === 'call' ? draft.planned : false,
  };
  const out = withScheduleDefaults(switched, { now, date: draft.date || next.date, time: next.time });
  return reminderChoicesFor(out).includes(out.reminder) ? out : { ...out, reminder: 'none' };
}

/** Turning a call into a call to make (or back). */
export function setPlanned(draft: ActivityDraft, planned: boolean, now: Date): ActivityDraft {
  const next = nextWholeHour(now);
  const out = withScheduleDefaults({ ...draft, planned }, { now, date: draft.date || next.date, time: next.time });
  return reminderChoicesFor(out).includes(out.reminder) ? out : { ...out, reminder: 'none' };
}

/**
 * The start of a meeting is being typed: the end follows, keeping the length the meeting
 * had when the start field was entered (`from`), as calendars do. While the start does not
 * read (half typed), or there was no end, the end stays as it is.
 */
export function moveStart(draft: ActivityDraft, startText: string, from: { startText: string; endText: string }): ActivityDraft {
  const next = { ...draft, startText };
  const before = parseTimeText(from.startText);
  const after = parseTimeText(startText);
  const end = parseTimeText(from.endText);
  if (draft.type !== 'meeting' || !before || !after || !end) return next;
  const length = timeOfDayMinutes(end) - timeOfDayMinutes(before);
  return length < 0 ? next : { ...next, endText: addMinutesToTime(after, length) };
}

/** The form for editing a stored activity. */
export function draftFromDoc(doc: ActivityDoc, actor: Actor): ActivityDraft {
  const type: ComposerType = isComposerType(doc.type) ? doc.type : 'note';
  const planned = type === 'call' && doc.dueDate !== '';
  const schedule = scheduleOf({ type, planned });
  const date = schedule === 'timed' ? doc.dueDate || businessDateOf(doc.occurredAt) : doc.dueDate;
  const start = schedule === 'timed' ? doc.occurredAt : null;
  const draft: ActivityDraft = {
    type,
    subject: doc.subject,
    body: doc.body,
    direction: doc.direction,
    durationText: doc.durationMinutes === null ? '' : String(doc.durationMinutes),
    outcome: doc.outcome,
    planned,
    date,
    startText: start ? businessTimeOf(start) : '',
    endText: type === 'meeting' && doc.endsAt ? businessTimeOf(doc.endsAt) : '',
    location: doc.location,
    priority: doc.priority,
    reminder: 'none',
    reminderDate: '',
    reminderTimeText: '',
    assignee: doc.assigneeId ? assigneeValue(doc.assigneeType, doc.assigneeId) : assigneeValue('user', actor.userId),
  };
  if (!doc.remindAt) return draft;
  const anchor = { start, date };
  const preset = reminderChoicesFor(draft).find((c) => c !== 'custom' && c !== 'none' && presetInstant(c, anchor) === doc.remindAt);
  if (preset) return { ...draft, reminder: preset };
  return { ...draft, reminder: 'custom', reminderDate: businessDateOf(doc.remindAt), reminderTimeText: businessTimeOf(doc.remindAt) };
}

export interface DraftContext {
  regardingType: RegardingType;
  regardingId: string;
  actor: Actor;
  now: Date;
  /** The stored activity being edited. */
  existing?: ActivityDoc | null;
}

export type DraftResult = { ok: true; input: ActivityInput } | { ok: false; errors: FieldErrors };

/**
 * The activity a draft describes, or the draft's own field errors (i18n keys) for what
 * the schema cannot see: typed times, minutes, a reminder in the past. The schema
 * (required subject, lengths, end after start) validates the result when it is saved.
 */
export function draftToInput(draft: ActivityDraft, ctx: DraftContext): DraftResult {
  const errors: FieldErrors = {};
  const { type } = draft;
  const schedule = scheduleOf(draft);
  const existing = ctx.existing ?? null;

  // Calls: minutes.
  let durationMinutes: number | null = null;
  const durationText = toLatinDigits(draft.durationText.trim());
  if (type === 'call' && durationText) {
    if (!/^\d{1,4}$/.test(durationText)) errors.durationMinutes = 'validation:invalidNumber';
    else if (Number(durationText) > MAX_DURATION_MINUTES) errors.durationMinutes = 'activities:errors.durationTooLong';
    else durationMinutes = Number(durationText);
  }

  // Day and times.
  let start: IsoInstant | null = null;
  let endsAt: IsoInstant | null = null;
  if (schedule === 'timed') {
    const startTime = parseTimeText(draft.startText);
    if (!draft.date) errors.date = 'validation:required';
    else if (!isIsoDate(draft.date)) errors.date = 'validation:invalidDate';
    if (!draft.startText.trim()) errors.startText = 'validation:required';
    else if (!startTime) errors.startText = 'activities:errors.invalidTime';
    if (type === 'meeting' && draft.endText.trim()) {
      const endTime = parseTimeText(draft.endText);
      if (!endTime) errors.endText = 'activities:errors.invalidTime';
      else if (startTime && timeOfDayMinutes(endTime) < timeOfDayMinutes(startTime)) errors.endText = 'validation:endBeforeStart';
      else if (!errors.date) endsAt = businessInstant(draft.date, endTime);
    }
    if (startTime && !errors.date) start = businessInstant(draft.date, startTime);
  } else if (schedule === 'due' && draft.date && !isIsoDate(draft.date)) {
    errors.date = 'validation:invalidDate';
  }

  // Reminder.
  let remindAt: IsoInstant | null = null;
  const choices = reminderChoicesFor(draft);
  if (draft.reminder !== 'none' && choices.includes(draft.reminder)) {
    if (draft.reminder === 'custom') {
      const time = parseTimeText(draft.reminderTimeText);
      if (!draft.reminderDate) errors.reminderDate = 'validation:required';
      if (!draft.reminderTimeText.trim()) errors.reminderTimeText = 'validation:required';
      else if (!time) errors.reminderTimeText = 'activities:errors.invalidTime';
      if (draft.reminderDate && time) remindAt = businessInstant(draft.reminderDate, time);
    } else {
      remindAt = presetInstant(draft.reminder, { start, date: draft.date });
    }
    // A new or changed reminder must still be ahead; an unchanged one that already rang may stay.
    if (remindAt && remindAt !== existing?.remindAt && instantMillis(remindAt) < ctx.now.getTime() - 60_000) {
      errors[draft.reminder === 'custom' ? 'reminderTimeText' : 'reminder'] = 'activities:errors.reminderInPast';
    }
  }

  const assignee = parseAssignee(draft.assignee) ?? { assigneeType: 'user' as const, assigneeId: ctx.actor.userId };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const subject = subjectFromBody(type)
    ? (draft.body.trim().split('\n')[0] ?? '').slice(0, NOTE_SUBJECT_MAX)
    : draft.subject;
  const opensAsTodo = type === 'task' || type === 'meeting' || (type === 'call' && draft.planned);
  const status = existing?.status ?? (opensAsTodo ? 'open' : 'done');
  const input: ActivityInput = {
    type,
    regardingType: existing?.regardingType ?? ctx.regardingType,
    regardingId: existing?.regardingId ?? ctx.regardingId,
    subject,
    body: draft.body,
    occurredAt: start ?? existing?.occurredAt ?? ctx.now.toISOString(),
    status,
    dueDate: schedule === 'none' ? '' : draft.date,
    priority: type === 'task' ? draft.priority : 'normal',
    direction: hasDirection(type) ? draft.direction : '',
    durationMinutes: type === 'call' ? durationMinutes : null,
    outcome: type === 'call' ? draft.outcome : '',
    assigneeType: assignee.assigneeType,
    assigneeId: assignee.assigneeId,
    completedAt: existing ? existing.completedAt : null,
    endsAt: type === 'meeting' ? endsAt : null,
    location: type === 'meeting' ? draft.location : '',
    remindAt,
    ownerId: existing?.ownerId ?? ctx.actor.userId,
  };
  return { ok: true, input };
}

/**
 * Where a schema error on the stored shape shows in the form: a note's subject is its
 * text, the start is the time field, the due date is the day field.
 */
export function draftErrors(type: ComposerType, errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  const moved: Record<string, string> = {
    subject: subjectFromBody(type) ? 'body' : 'subject', occurredAt: 'startText', dueDate: 'date', endsAt: 'endText', remindAt: 'reminder',
  };
  for (const [path, key] of Object.entries(errors)) {
    const field = moved[path] ?? path;
    out[field] ??= key;
  }
  return out;
}

/** A meeting's length in minutes (null without an end). */
export function meetingMinutes(a: Pick<ActivityDoc, 'occurredAt' | 'endsAt'>): number | null {
  return a.endsAt ? minutesBetween(a.occurredAt, a.endsAt) : null;
}
