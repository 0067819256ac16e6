import { z } from 'zod';
import {
  addressSchema, emailEntrySchema, optionalRefSchema, phoneEntrySchema, segmentSchema,
  systemFieldsShape, tagsSchema, text, websiteSchema,
} from './common';
import { SORT_KEY_MAX } from './sort-keys';

export const PREFERRED_CHANNELS = ['', 'phone', 'sms', 'email', 'inPerson', 'social'] as const;

export const contactInputSchema = z
  .object({
    /** Persian names are often entered as one field; at least one of the two is required. */
    firstName: text(100),
    lastName: text(100),
    jobTitle: text(150),
    accountId: optionalRefSchema,
    phones: z.array(phoneEntrySchema).max(20, { error: 'validation:tooMany' }),
    emails: z.array(emailEntrySchema).max(20, { error: 'validation:tooMany' }),
    website: websiteSchema,
    address: addressSchema,
    segment: segmentSchema,
    tags: tagsSchema,
    preferredChannel: z.enum(PREFERRED_CHANNELS),
    notes: text(10_000),
    ownerId: systemFieldsShape.ownerId,
  })
  .refine((c) => c.firstName.length > 0 || c.lastName.length > 0, {
    error: 'validation:nameRequired',
    path: ['lastName'],
  });

export const contactDocSchema = contactInputSchema.safeExtend({
  ...systemFieldsShape,
  fullName: z.string().max(201),
  sortName: z.string().max(SORT_KEY_MAX),
  sortUpdated: z.string().max(SORT_KEY_MAX),
});

export type ContactInput = z.infer<typeof contactInputSchema>;
export type ContactDoc = z.infer<typeof contactDocSchema>;

export function contactFullName(c: Pick<ContactInput, 'firstName' | 'lastName'>): string {
  return [c.firstName.trim(), c.lastName.trim()].filter(Boolean).join(' ');
}
