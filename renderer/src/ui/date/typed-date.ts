import { parseDateInput, type IsoDate, type ParseDateFailure } from '../../../../shared/dates';
import type { CalendarSystem, DisplayPrefs } from '../../../../shared/preferences';
import { safeFormatDate } from './calendar-view';

/** What the text in a date field means once the user commits it (blur or Enter). */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'error'; reason: Exclude<ParseDateFailure, 'empty'> };

export function readTypedDate(text: string, calendar: CalendarSystem): TypedDate {
  const parsed = parseDateInput(text, calendar);
  if (parsed.ok) return { kind: 'date', date: parsed.date };
  return parsed.reason === 'empty' ? { kind: 'empty' } : { kind: 'error', reason: parsed.reason };
}

/**
 * The editable text of a stored date: year first, zero-padded, in the user's calendar
 * and digits ("۱۴۰۳/۱۲/۳۰"), the same shape parseDateInput reads back.
 */
export function dateFieldText(isoDate: string, prefs: Pick<DisplayPrefs, 'calendar' | 'digits' | 'language'>): string {
  return isoDate === '' ? '' : safeFormatDate(isoDate, prefs, 'short');
}

/** i18n keys (namespace 'ui') of the errors a typed date can have. */
export const DATE_ERROR_KEYS: Record<Exclude<ParseDateFailure, 'empty'>, string> = {
  format: 'date.errors.format',
  invalidDate: 'date.errors.invalidDate',
};
