import {
  buildQuoteDoc, quoteDocSchema, quoteInputSchema, type QuoteDoc, type QuoteInput,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { saveRecord, type Actor, type SaveResult } from '../../db/records';
import { createQuoteNumbering, type NumberingStorage, type QuoteNumbering } from './provisional-number';

function localStorageOrNull(): NumberingStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled: numbering goes on in memory under a fresh code
  }
}

let appNumbering: QuoteNumbering | null = null;
/** This installation's provisional numbering (localStorage). */
export function quoteNumbering(): QuoteNumbering {
  appNumbering ??= createQuoteNumbering({
    storage: localStorageOrNull(),
    randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
  });
  return appNumbering;
}

export interface SaveQuoteOptions {
  db: Pick<PeyvandDatabase, 'quotes'>;
  input: QuoteInput;
  /** Absent for a new quote. */
  id?: string;
  actor: Actor;
  numbering?: QuoteNumbering;
  now?: Date;
}

/**
 * The one write path of quotes (validate, build with totals, validate the stored shape).
 * A new quote takes a provisional number only once its input is valid, so a refused save
 * uses up no number. An existing quote keeps the numbers it has in the database at the
 * moment of saving: the final number may have arrived from the server while it was open.
 */
export async function saveQuote({ db, input, id, actor, numbering = quoteNumbering(), now }: SaveQuoteOptions): Promise<SaveResult<QuoteDoc>> {
  const current = id ? await db.quotes.findOne(id).exec() : null;
  let numbers: Pick<QuoteDoc, 'provisionalNumber' | 'number'> | null = current
    ? { provisionalNumber: current.provisionalNumber, number: current.number }
    : null;
  return saveRecord<QuoteInput, QuoteDoc>({
    collection: db.quotes,
    inputSchema: quoteInputSchema,
    docSchema: quoteDocSchema,
    build: (valid, meta) => {
      numbers ??= { provisionalNumber: numbering.next(), number: '' };
      return buildQuoteDoc(valid, { ...meta, ...numbers });
    },
    input,
    id,
    actor,
    now,
  });
}
