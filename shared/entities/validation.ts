import type { z } from 'zod';

/** Field path ('phones.0.e164') → i18n key ('validation:invalidPhone'). */
export type FieldErrors = Record<string, string>;

const I18N_KEY = /^[a-zA-Z]+:[a-zA-Z][\w.]*$/;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    // Our schemas put i18n keys ('namespace:key') in messages; zod's own English messages
    // (which may contain a colon too: "Invalid input: expected string") become a generic key.
    const key = I18N_KEY.test(issue.message) ? issue.message : 'validation:invalid';
    out[path] ??= key;
  }
  return out;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
