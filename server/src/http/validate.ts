import type { z } from 'zod';
import { fieldErrors } from '../../../shared/entities/validation';
import { badRequest } from './errors';

/** Parses a request body with a zod schema, or answers 400 with the failing fields. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest(`Invalid ${what}.`, fieldErrors(result.error));
  return result.data;
}
