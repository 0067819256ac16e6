import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../../../../shared/entities';
import { fieldErrors, validate } from '../../../../shared/entities/validation';

describe('fieldErrors', () => {
  it('keeps our i18n keys and turns zod’s own English messages (colons included) into a generic key', () => {
    const schema = z.object({ name: z.string().min(1, { error: 'validation:required' }), role: z.enum(['admin', 'rep']), teamId: z.string() });
    const result = schema.safeParse({ name: '', role: 'boss' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ name: 'validation:required', role: 'validation:invalid', teamId: 'validation:invalid' });
  });

  it('gives only translatable keys for a whole entity', () => {
    const result = validate(contactInputSchema, { firstName: 1, phones: [{ label: 'x', e164: '123' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) for (const key of Object.values(result.errors)) expect(key).toMatch(/^validation:[a-zA-Z]+$/);
  });
});
