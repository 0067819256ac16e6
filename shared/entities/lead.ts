import { z } from 'zod';
import {
  emailEntrySchema, isoInstantSchema, nonNegativeMoneySchema, optionalRefSchema, phoneEntrySchema,
  systemFieldsShape, tagsSchema, text,
} from './common';
import { SORT_KEY_MAX } from './sort-keys';

/** How the lead reached us (GLOSSARY: کانال ارتباطی). '' when unknown, e.g. an old import. */
export const LEAD_CHANNELS = ['', 'phone', 'sms', 'social', 'website', 'email', 'inPerson', 'campaign'] as const;
/** new → contacted → qualified (became account/contact/opportunity) or disqualified (with a reason). */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified'] as const;

export const leadInputSchema = z
  .object({
    firstName: text(100),
    lastName: text(100),
    companyName: text(200),
    jobTitle: text(150),
    phones: z.array(phoneEntrySchema).max(20, { error: 'validation:tooMany' }),
    emails: z.array(emailEntrySchema).max(20, { error: 'validation:tooMany' }),
    city: text(80),
    /** Free text: the fair, the advert, the person who referred them. */
    source: text(200),
    channel: z.enum(LEAD_CHANNELS),
    status: z.enum(LEAD_STATUSES),
    disqualifyReason: text(500),
    estimatedValue: nonNegativeMoneySchema.nullable(),
    tags: tagsSchema,
    notes: text(10_000),
    /** What qualifying created or linked; '' until then. */
    accountId: optionalRefSchema,
    contactId: optionalRefSchema,
    opportunityId: optionalRefSchema,
    qualifiedAt: isoInstantSchema.nullable(),
    ownerId: systemFieldsShape.ownerId,
  })
  .refine((l) => l.firstName.length > 0 || l.lastName.length > 0 || l.companyName.length > 0, {
    error: 'validation:leadNameRequired',
    path: ['lastName'],
  })
  .refine((l) => l.status !== 'disqualified' || l.disqualifyReason.length > 0, {
    error: 'validation:reasonRequired',
    path: ['disqualifyReason'],
  });

export const leadDocSchema = leadInputSchema.safeExtend({
  ...systemFieldsShape,
  /** The person's name, else the company's: what lists and search show. */
  displayName: z.string().max(401),
  sortName: z.string().max(SORT_KEY_MAX),
  sortUpdated: z.string().max(SORT_KEY_MAX),
});

export type LeadChannel = (typeof LEAD_CHANNELS)[number];
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type LeadInput = z.infer<typeof leadInputSchema>;
export type LeadDoc = z.infer<typeof leadDocSchema>;

export function leadDisplayName(l: Pick<LeadInput, 'firstName' | 'lastName' | 'companyName'>): string {
  return [l.firstName.trim(), l.lastName.trim()].filter(Boolean).join(' ') || l.companyName.trim();
}
