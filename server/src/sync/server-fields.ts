import type { CollectionName } from '../../../shared/entities/collections';
import { formatQuoteNumber } from '../../../shared/entities/quote';
import { todayIso, toJalali } from '../../../shared/dates';
import type { WireDocument } from '../../../shared/sync/protocol';
import type { Queryable } from '../db/database';
import type { DocRow } from './documents';

/**
 * Fields only the server writes. A device's value for them is never trusted: the stored
 * value wins, and a quote the server accepts for the first time gets its final number here.
 * Run on the pushed state (and the assumed one, without assigning) before any comparison,
 * so a device that has not pulled the number yet is neither in conflict nor able to forge it.
 */
export function withStoredServerFields(collection: CollectionName, doc: WireDocument, current: DocRow | null): WireDocument {
  if (collection !== 'quotes') return doc;
  return { ...doc, number: typeof current?.data.number === 'string' ? current.data.number : '' };
}

export async function assignServerFields(
  tx: Queryable,
  collection: CollectionName,
  doc: WireDocument,
  now: Date = new Date(),
): Promise<WireDocument> {
  if (collection !== 'quotes' || doc.number || doc._deleted) return doc;
  const year = toJalali(todayIso(undefined, now)).jy;
  const { rows } = await tx.query<{ last_number: number }>(
    `insert into quote_numbers (year, last_number) values ($1, 1)
     on conflict (year) do update set last_number = quote_numbers.last_number + 1
     returning last_number`,
    [year],
  );
  return { ...doc, number: formatQuoteNumber(year, Number(rows[0]!.last_number)) };
}
