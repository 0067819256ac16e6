import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema, requiredText, systemFieldsShape, text } from './common';
import { SORT_KEY_MAX } from './sort-keys';

/** Every activity type of GLOSSARY; the foundation UI offers note, call and task. */
export const ACTIVITY_TYPES = ['note', 'call', 'task', 'meeting', 'email', 'letter', 'sms', 'campaignResponse'] as const;
export const REGARDING_TYPES = ['account', 'contact', 'lead', 'opportunity', 'quote', 'case', 'campaign'] as const;
export const ACTIVITY_STATUSES = ['open', 'done', 'cancelled'] as const;
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const CALL_DIRECTIONS = ['', 'inbound', 'outbound'] as const;
export const ASSIGNEE_TYPES = ['user', 'team'] as const;

export const activityInputSchema = z.object({
  type: z.enum(ACTIVITY_TYPES),
  regardingType: z.enum(REGARDING_TYPES),
  regardingId: idSchema,
  subject: requiredText(200),
  body: text(10_000),
  /** When it happened (notes, calls) or was scheduled; orders the timeline. */
  occurredAt: isoInstantSchema,
  status: z.enum(ACTIVITY_STATUSES),
  /** Tasks: the business date it is due, '' when none. */
  dueDate: z.union([z.literal(''), isoDateSchema]),
  priority: z.enum(PRIORITIES),
  direction: z.enum(CALL_DIRECTIONS),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable(),
  outcome: text(500),
  assigneeType: z.enum(ASSIGNEE_TYPES),
  assigneeId: idSchema,
  completedAt: isoInstantSchema.nullable(),
  /** Meetings: the end (occurredAt is the start); null for other types. */
  endsAt: isoInstantSchema.nullable(),
  /** Meetings: where. */
  location: text(200),
  /** When to remind the assignee (a desktop notification); null for none. */
  remindAt: isoInstantSchema.nullable(),
  ownerId: systemFieldsShape.ownerId,
}).refine((a) => a.endsAt === null || a.endsAt >= a.occurredAt, { error: 'validation:endBeforeStart', path: ['endsAt'] });

export const activityDocSchema = activityInputSchema.safeExtend({
  ...systemFieldsShape,
  /** Newest first on a record's timeline. */
  timelineKey: z.string().max(SORT_KEY_MAX),
  /** Open work by due date: `${dueDate || '9999-12-31'}\u0001${id}`. */
  dueKey: z.string().max(SORT_KEY_MAX),
});

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type RegardingType = (typeof REGARDING_TYPES)[number];
export type ActivityInput = z.infer<typeof activityInputSchema>;
export type ActivityDoc = z.infer<typeof activityDocSchema>;
