import {
  BUSINESS_TIME_ZONE, addDays, instantMillis, instantToBusinessDate, isIsoDate, isoDateParts, wallClock,
  type IsoDate, type IsoInstant,
} from '../../../../shared/dates';
import { toLatinDigits, withDigits, type DigitStyle } from '../../../../shared/text/digits';

/** A wall-clock time of day, 24-hour, zero-padded: '09:30'. */
export type TimeOfDay = string;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a time typed in either digit set: "۱۴:۳۰", "14.30", "9", "930", "1430", "۹:۵" (09:05).
 * Returns null when it is not a time of day.
 */
export function parseTimeText(text: string): TimeOfDay | null {
  const latin = toLatinDigits(text.trim()).replace(/[٫.\s،,]/g, ':');
  let match = /^(\d{1,2}):(\d{1,2})$/.exec(latin);
  if (!match) match = /^(\d{1,2})()$/.exec(latin);
  if (!match) {
    const compact = /^(\d{1,2})(\d{2})$/.exec(latin);
    if (compact) match = compact;
  }
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === '' ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${pad2(hour)}:${pad2(minute)}`;
}

export function timeOfDayMinutes(time: TimeOfDay): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The time shown in a field, in the user's digits. */
export function timeFieldText(time: TimeOfDay, digits: DigitStyle): string {
  return time ? withDigits(time, digits) : '';
}

/**
 * The instant at which the business zone's clock (Asia/Tehran) shows `time` on `date`.
 * Iran's offset has changed over the years (DST until 2022), so the offset is read from
 * the zone data rather than assumed.
 */
export function businessInstant(date: IsoDate, time: TimeOfDay, timeZone: string = BUSINESS_TIME_ZONE): IsoInstant {
  if (!isIsoDate(date) || parseTimeText(time) !== time) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const { year, month, day } = isoDateParts(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two corrections settle any fixed or DST offset (the second fixes a guess that crossed a transition).
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(guess, timeZone);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}

/** The business zone's wall-clock time of an instant: '14:30'. */
export function businessTimeOf(instant: IsoInstant, timeZone: string = BUSINESS_TIME_ZONE): TimeOfDay {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** The business date of an instant ('' for null). */
export function businessDateOf(instant: IsoInstant | null): IsoDate | '' {
  return instant ? instantToBusinessDate(instant) : '';
}

/** The next whole hour after `now` in the business zone, as a date and a time (23:xx rolls to tomorrow 00:00). */
export function nextWholeHour(now: Date): { date: IsoDate; time: TimeOfDay } {
  const clock = wallClock(now.getTime(), BUSINESS_TIME_ZONE);
  const today = instantToBusinessDate(now.getTime());
  if (clock.hour === 23) return { date: addDays(today, 1), time: '00:00' };
  return { date: today, time: `${pad2(clock.hour + 1)}:00` };
}

/** Minutes from one instant to another (whole minutes, rounded). */
export function minutesBetween(from: IsoInstant, to: IsoInstant): number {
  return Math.round((instantMillis(to) - instantMillis(from)) / 60_000);
}

/** `time` plus `minutes`, clamped to the same day (23:59). */
export function addMinutesToTime(time: TimeOfDay, minutes: number): TimeOfDay {
  const total = Math.min(timeOfDayMinutes(time) + minutes, 23 * 60 + 59);
  return `${pad2(Math.floor(total / 60))}:${pad2(total % 60)}`;
}
