import type { FieldErrors } from '../../../../shared/entities';
import type { TFunction } from 'i18next';

/** Translates the error for one field path (errors carry i18n keys such as 'validation:required'). */
export function errorFor(errors: FieldErrors, t: TFunction, ...paths: string[]): string | undefined {
  for (const path of paths) {
    const key = errors[path];
    if (key) return t(key);
  }
  return undefined;
}

/** Errors under a prefix, e.g. every `phones.N.*` error, for a list editor. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k === prefix || k.startsWith(`${prefix}.`)));
}

/** After a refused save, bring the first problem into view (a long form may hide it). */
export function revealFirstError() {
  requestAnimationFrame(() => {
    document
      .querySelector('[data-testid=form-error], [data-error="true"], [aria-invalid="true"]')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
