import type { CalendarSystem, Language } from '../preferences';
import { addDays, type IsoDate } from './isoDate';
import { fromJalali } from './jalali';

export type WeekStart = 'saturday' | 'sunday' | 'monday';
export type WeekdayWidth = 'long' | 'short' | 'narrow';

/** Day-of-week index (0 = Sunday) each week start stands for. */
export const WEEK_START_DAY: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };

const LOCALE: Record<Language, string> = { fa: 'fa-IR', en: 'en-US' };
const INTL_CALENDAR: Record<CalendarSystem, string> = { jalali: 'persian', gregorian: 'gregory' };
// 2025-01-05 was a Sunday; day i of that week has dayOfWeek i.
const A_SUNDAY = '2025-01-05';

const cache = new Map<string, readonly string[]>();

function cached(key: string, build: () => string[]): readonly string[] {
  let names = cache.get(key);
  if (!names) {
    names = Object.freeze(build());
    cache.set(key, names);
  }
  return names;
}

// Names come from Intl (ICU/CLDR data present in Node, Chromium and Electron); the
// day, month and year numbers never do — those come from jalaali-js, see jalali.ts.
function nameOf(isoDate: IsoDate, language: Language, calendar: CalendarSystem, options: Intl.DateTimeFormatOptions): string {
  const formatter = new Intl.DateTimeFormat(`${LOCALE[language]}-u-ca-${INTL_CALENDAR[calendar]}`, { ...options, timeZone: 'UTC' });
  return formatter.format(new Date(`${isoDate}T12:00:00Z`));
}

/** The 12 month names, index 0 = month 1: "فروردین"…, "Farvardin"…, "ژانویه"…, "January"… */
export function monthNames(calendar: CalendarSystem, language: Language): readonly string[] {
  return cached(`month:${calendar}:${language}`, () =>
    Array.from({ length: 12 }, (_, i) => {
      const midMonth = calendar === 'jalali' ? fromJalali(1404, i + 1, 15) : `2025-${String(i + 1).padStart(2, '0')}-15`;
      return nameOf(midMonth, language, calendar, { month: 'long' });
    }),
  );
}

/** Seven weekday names starting at weekStart: fa narrow from Saturday is ش ی د س چ پ ج. */
export function weekdayNames(language: Language, weekStart: WeekStart, width: WeekdayWidth = 'short'): readonly string[] {
  return cached(`weekday:${language}:${weekStart}:${width}`, () =>
    Array.from({ length: 7 }, (_, i) =>
      nameOf(addDays(A_SUNDAY, (WEEK_START_DAY[weekStart] + i) % 7), language, 'gregorian', { weekday: width }),
    ),
  );
}

/** One weekday's name; dayOfWeek 0 = Sunday. */
export function weekdayName(language: Language, dayOfWeek: number, width: WeekdayWidth = 'long'): string {
  const name = weekdayNames(language, 'sunday', width)[dayOfWeek];
  if (name === undefined) throw new RangeError(`dayOfWeek must be 0–6, got ${dayOfWeek}`);
  return name;
}
