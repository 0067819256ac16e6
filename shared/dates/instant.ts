import { isoDateFromParts, type IsoDate } from './isoDate';

/** Instants are stored as ISO UTC strings: "2026-11-23T10:00:00.000Z". */
export type IsoInstant = string;

/**
 * Calendar dates are days in this zone: Iran has one time zone, and a deal closed at
 * 01:00 Tehran time belongs to that Tehran day whatever the laptop's zone says.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Tehran';

// Requires an explicit offset: a zone-less "2026-11-23T10:00" would be read in the
// device's local zone, and device zones are not to be trusted. The ±YYYYYY form is what
// Date#toISOString writes outside years 0000–9999.
const ISO_INSTANT = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function instantMillis(instant: IsoInstant | number): number {
  const millis = typeof instant === 'number' ? instant : ISO_INSTANT.test(instant) ? Date.parse(instant) : NaN;
  if (!Number.isFinite(millis) || !Number.isInteger(millis)) {
    throw new RangeError(`Not an ISO instant with a time zone: ${JSON.stringify(instant)}`);
  }
  return millis;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Gregorian wall-clock fields of an instant in a time zone, Latin digits, 24-hour. */
export function wallClock(instant: IsoInstant | number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(instantMillis(instant))) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

/** The business date ('YYYY-MM-DD') on which an instant falls in `timeZone`. */
export function instantToBusinessDate(instant: IsoInstant | number, timeZone: string = BUSINESS_TIME_ZONE): IsoDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return isoDateFromParts(year, month, day);
}

/** Today's business date. `now` is injectable for tests. */
export function todayIso(timeZone: string = BUSINESS_TIME_ZONE, now: Date = new Date()): IsoDate {
  return instantToBusinessDate(now.getTime(), timeZone);
}
