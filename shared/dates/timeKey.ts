import { instantMillis, type IsoInstant } from './instant';

/**
 * Fixed-width string sort keys for index-backed lists (RxDB cannot use an index for a
 * `desc` sort). Both are TIME_KEY_WIDTH = 16 decimal digits, zero-padded, covering
 * every instant from 1970-01-01T00:00:00.000Z to the largest JS Date
 * (+275760-09-13, 8.64e15 ms); earlier instants throw. Append the document id to make
 * a key unique for keyset paging.
 */
export const TIME_KEY_WIDTH = 16;
const MAX_MILLIS = 8_640_000_000_000_000;

function checkedMillis(instant: IsoInstant | number): number {
  const millis = instantMillis(instant);
  if (millis < 0 || millis > MAX_MILLIS) {
    throw new RangeError(`Time keys cover 1970-01-01 to +275760-09-13, got ${String(instant)}`);
  }
  return millis;
}

/** Sorts ascending = oldest first. */
export function timeKey(instant: IsoInstant | number): string {
  return String(checkedMillis(instant)).padStart(TIME_KEY_WIDTH, '0');
}

/** Sorts ascending = newest first: MAX_MILLIS − epoch ms. */
export function invertedTimeKey(instant: IsoInstant | number): string {
  return String(MAX_MILLIS - checkedMillis(instant)).padStart(TIME_KEY_WIDTH, '0');
}
