import type { Role } from '../../../../shared/sync/access';
import { isSyncHttpError } from '../sync/api-client';

export interface UserForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  teamId: string;
  active: boolean;
}

/** The server's rules (server/src/admin/routes.ts), checked before sending. Values are i18n keys. */
export const PASSWORD_MIN = 8;
const USERNAME = /^[\p{L}\p{N}._@-]+$/u;

export function validateNewUser(form: UserForm, isNew: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (isNew) {
    if (!form.username.trim()) errors.username = 'validation:required';
    else if (form.username.trim().length > 64 || !USERNAME.test(form.username.trim())) errors.username = 'validation:invalidUsername';
    if (form.password.length < PASSWORD_MIN) errors.password = 'validation:passwordTooShort';
  } else if (form.password && form.password.length < PASSWORD_MIN) {
    errors.password = 'validation:passwordTooShort';
  }
  if (!isNew && !form.displayName.trim()) errors.displayName = 'validation:required';
  if (form.displayName.trim().length > 120) errors.displayName = 'validation:tooLong';
  if (!form.teamId) errors.teamId = 'validation:required';
  return errors;
}

/** The admin namespace key explaining a failed admin request. */
export function adminErrorText(error: unknown): string {
  if (!isSyncHttpError(error)) return 'errors.generic';
  const known = ['INVALID_REQUEST', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'NETWORK'];
  return known.includes(error.code) ? `errors.${error.code}` : 'errors.generic';
}
