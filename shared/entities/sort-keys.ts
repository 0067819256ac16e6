import { MAX_SORT_KEY_LENGTH, uniqueSortKey } from '../text/collation';
import { invertedTimeKey } from '../dates';

/**
 * Index-backed lists page with `$gt` on a unique key (DESIGN §4): the name key is a
 * Persian-collation key plus the id, and "latest first" is an ascending sort on an
 * inverted time key plus the id, because RxDB never serves a `desc` sort from an index.
 */
export const SORT_KEY_MAX = MAX_SORT_KEY_LENGTH;

export const nameSortKey = (name: string, id: string): string => uniqueSortKey(name, id);
export const latestFirstKey = (isoInstant: string, id: string): string => `${invertedTimeKey(isoInstant)}\u0001${id}`;
