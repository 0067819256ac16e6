/**
 * Provisional quote numbers (DESIGN §5): given at once on this device, offline too, as
 * `P-<device code>-<n>`. The server gives the final number when it first accepts the quote.
 *
 * The device code is random per installation and lives in ONE storage record together with
 * the counter. Clearing the storage therefore loses both at once: the next number comes
 * from a new random code with a new counter, so it can never repeat a number this device
 * (or any other) already printed. A code kept without its counter, or a counter without
 * its code, could.
 */

/** Where the record lives (window.localStorage in the app; a Map in tests). */
export interface NumberingStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const NUMBERING_STORAGE_KEY = 'peyvand.quoteNumbering';

/** 32 symbols without 0/O and 1/I, so a number read aloud or retyped stays unambiguous. */
export const DEVICE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 8 symbols = 40 random bits: two of 10,000 installations share a code with odds of about 1 in 20,000. */
export const DEVICE_CODE_LENGTH = 8;

interface NumberingRecord {
  v: 1;
  device: string;
  /** The number the next quote gets. */
  next: number;
}

const DEVICE_CODE_PATTERN = new RegExp(`^[${DEVICE_CODE_ALPHABET}]{${DEVICE_CODE_LENGTH}}$`);
const PROVISIONAL_PATTERN = new RegExp(`^P-[${DEVICE_CODE_ALPHABET}]{${DEVICE_CODE_LENGTH}}-[1-9]\\d*$`);

export function randomDeviceCode(randomBytes: (length: number) => Uint8Array): string {
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  return Array.from(randomBytes(DEVICE_CODE_LENGTH), (b) => DEVICE_CODE_ALPHABET[b % DEVICE_CODE_ALPHABET.length]).join('');
}

export function formatProvisionalNumber(device: string, n: number): string {
  return `P-${device}-${n}`;
}

export function isProvisionalNumber(text: string): boolean {
  return PROVISIONAL_PATTERN.test(text);
}

function parseRecord(text: string | null): NumberingRecord | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<NumberingRecord> | null;
    if (
      value && value.v === 1 && typeof value.device === 'string' && DEVICE_CODE_PATTERN.test(value.device)
      && typeof value.next === 'number' && Number.isSafeInteger(value.next) && value.next >= 1
    ) {
      return { v: 1, device: value.device, next: value.next };
    }
  } catch {
    // corrupt: start over below, with a new code
  }
  return null;
}

export interface QuoteNumbering {
  /** Hands out the next provisional number; never the same one twice. */
  next(): string;
}

export interface QuoteNumberingOptions {
  /** null when the browser refuses storage (some private modes). */
  storage: NumberingStorage | null;
  randomBytes: (length: number) => Uint8Array;
}

/**
 * A number is handed out only after the advanced counter is stored. When the storage
 * refuses the write (full, blocked), numbering goes on in memory under a fresh random
 * code for the rest of the session: the stored record (if any) still points at numbers
 * that were never given, and the in-memory ones can't be among them.
 */
export function createQuoteNumbering({ storage, randomBytes }: QuoteNumberingOptions): QuoteNumbering {
  let memory: NumberingRecord | null = null;
  const fresh = (): NumberingRecord => ({ v: 1, device: randomDeviceCode(randomBytes), next: 1 });

  const load = (): NumberingRecord => {
    let stored: string | null;
    try {
      stored = storage ? storage.getItem(NUMBERING_STORAGE_KEY) : null;
    } catch {
      stored = null; // unreadable storage is storage without a record
    }
    return parseRecord(stored) ?? fresh();
  };

  const store = (record: NumberingRecord): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(NUMBERING_STORAGE_KEY, JSON.stringify(record));
      return true;
    } catch {
      return false;
    }
  };

  return {
    next() {
      if (!memory) {
        // Read on every call: another window of this app may have advanced the counter.
        const current = load();
        if (store({ ...current, next: current.next + 1 })) return formatProvisionalNumber(current.device, current.next);
        memory = fresh();
      }
      const n = memory.next;
      memory = { ...memory, next: n + 1 };
      return formatProvisionalNumber(memory.device, n);
    },
  };
}
