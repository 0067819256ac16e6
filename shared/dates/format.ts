import type { CalendarSystem, Language } from '../preferences';
import { withDigits, type DigitStyle } from '../text/digits';
import { toCalendarDate } from './calendarDate';
import { dayOfWeek, type IsoDate } from './isoDate';
import { BUSINESS_TIME_ZONE, instantToBusinessDate, wallClock, type IsoInstant } from './instant';
import { monthNames, weekdayName } from './names';

export type DateStyle = 'short' | 'medium' | 'long';

export interface DateFormatOptions {
  calendar: CalendarSystem;
  digits: DigitStyle;
  language: Language;
  style: DateStyle;
}

export interface TimeFormatOptions {
  digits: DigitStyle;
  /** Default Asia/Tehran, the business zone. */
  timeZone?: string;
  seconds?: boolean;
}

export type DateTimeFormatOptions = DateFormatOptions & Omit<TimeFormatOptions, 'digits'>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Formats a 'YYYY-MM-DD' business date (no time-zone shift: it already names a day).
 *   short  "۱۴۰۳/۱۲/۳۰", "2025/03/20"   — year first, zero-padded, same shape parseDateInput reads
 *   medium "۳۰ اسفند ۱۴۰۳", "30 Esfand 1403", "۲۰ مارس ۲۰۲۵", "20 March 2025"
 *   long   "پنجشنبه ۳۰ اسفند ۱۴۰۳", "Thursday, 20 March 2025"
 * Composed by hand because CLDR's full fa persian pattern is "y MMMM d, EEEE".
 */
export function formatDate(isoDate: IsoDate, options: DateFormatOptions): string {
  const { year, month, day } = toCalendarDate(isoDate, options.calendar);
  let text: string;
  if (options.style === 'short') {
    text = `${String(year).padStart(4, '0')}/${pad2(month)}/${pad2(day)}`;
  } else {
    text = `${day} ${monthNames(options.calendar, options.language)[month - 1]} ${year}`;
    if (options.style === 'long') {
      const weekday = weekdayName(options.language, dayOfWeek(isoDate), 'long');
      text = options.language === 'fa' ? `${weekday} ${text}` : `${weekday}, ${text}`;
    }
  }
  return withDigits(text, options.digits);
}

/** "14:05" (24-hour) in the business zone unless timeZone says otherwise. */
export function formatTime(instant: IsoInstant, options: TimeFormatOptions): string {
  const { hour, minute, second } = wallClock(instant, options.timeZone ?? BUSINESS_TIME_ZONE);
  const text = options.seconds ? `${pad2(hour)}:${pad2(minute)}:${pad2(second)}` : `${pad2(hour)}:${pad2(minute)}`;
  return withDigits(text, options.digits);
}

/**
 * Date and time of an instant as seen in the business zone (or options.timeZone):
 * short "۱۴۰۳/۱۲/۳۰ ۱۴:۰۵"; medium/long "۳۰ اسفند ۱۴۰۳، ۱۴:۰۵" / "20 March 2025, 14:05".
 */
export function formatDateTime(instant: IsoInstant, options: DateTimeFormatOptions): string {
  const timeZone = options.timeZone ?? BUSINESS_TIME_ZONE;
  const date = formatDate(instantToBusinessDate(instant, timeZone), options);
  const time = formatTime(instant, { digits: options.digits, timeZone, seconds: options.seconds });
  if (options.style === 'short') return `${date} ${time}`;
  return options.language === 'fa' ? `${date}\u060C ${time}` : `${date}, ${time}`;
}
