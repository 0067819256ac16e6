import { describe, expect, it } from 'vitest';
import {
  createQuoteNumbering, DEVICE_CODE_ALPHABET, isProvisionalNumber, NUMBERING_STORAGE_KEY, randomDeviceCode, type NumberingStorage,
} from '../../../renderer/src/features/quotes/provisional-number';

class MapStorage implements NumberingStorage {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
}

/** Deterministic "random" bytes: each call gives the next block of a counter. */
function fakeRandom(seed: number) {
  let next = seed;
  return (n: number) => Uint8Array.from({ length: n }, () => next++ % 256);
}

describe('provisional quote numbers', () => {
  it('are P-<device code>-<n>, counting up from 1, and fit the stored field', () => {
    const numbering = createQuoteNumbering({ storage: new MapStorage(), randomBytes: fakeRandom(0) });
    const numbers = [numbering.next(), numbering.next(), numbering.next()];
    expect(numbers).toEqual(['P-23456789-1', 'P-23456789-2', 'P-23456789-3']);
    for (const n of numbers) {
      expect(isProvisionalNumber(n)).toBe(true);
      expect(n.length).toBeLessThanOrEqual(40);
    }
  });

  it('keep the device code and the counter in ONE storage record, surviving a restart', () => {
    const storage = new MapStorage();
    createQuoteNumbering({ storage, randomBytes: fakeRandom(0) }).next();
    expect([...storage.data.keys()]).toEqual([NUMBERING_STORAGE_KEY]);
    expect(JSON.parse(storage.data.get(NUMBERING_STORAGE_KEY)!)).toEqual({ v: 1, device: '23456789', next: 2 });
    // A restart (a new instance, new randomness) continues the same sequence.
    expect(createQuoteNumbering({ storage, randomBytes: fakeRandom(100) }).next()).toBe('P-23456789-2');
  });

  it('re-read the record each time, so two windows of the app share one sequence', () => {
    const storage = new MapStorage();
    const a = createQuoteNumbering({ storage, randomBytes: fakeRandom(0) });
    const b = createQuoteNumbering({ storage, randomBytes: fakeRandom(50) });
    expect([a.next(), b.next(), a.next()]).toEqual(['P-23456789-1', 'P-23456789-2', 'P-23456789-3']);
  });

  it('after storage is cleared, continue under a new code: no number is ever given twice', () => {
    const storage = new MapStorage();
    const given = new Set<string>();
    const first = createQuoteNumbering({ storage, randomBytes: fakeRandom(0) });
    for (let i = 0; i < 5; i++) given.add(first.next());
    storage.data.clear(); // the user cleared site data; the quotes themselves are still in the database
    const second = createQuoteNumbering({ storage, randomBytes: fakeRandom(8) });
    for (let i = 0; i < 5; i++) {
      const n = second.next();
      expect(given.has(n)).toBe(false);
      given.add(n);
    }
    expect(given.size).toBe(10);
  });

  it('start over under a new code when the record is corrupt (never restart a counter under an old code)', () => {
    for (const bad of ['not json', '{"v":1,"device":"23456789"}', '{"v":1,"device":"short","next":4}', '{"v":1,"device":"23456789","next":0}', 'null']) {
      const storage = new MapStorage();
      storage.data.set(NUMBERING_STORAGE_KEY, bad);
      const n = createQuoteNumbering({ storage, randomBytes: fakeRandom(40) }).next();
      expect(n, bad).toBe(`P-${randomDeviceCode(fakeRandom(40))}-1`);
    }
  });

  it('when the counter cannot be stored, give numbers in memory under a fresh code (never one a later start would repeat)', () => {
    const storage = new MapStorage();
    const before = createQuoteNumbering({ storage, randomBytes: fakeRandom(0) });
    expect(before.next()).toBe('P-23456789-1');
    storage.failWrites = true;
    const stuck = createQuoteNumbering({ storage, randomBytes: fakeRandom(16) });
    const inMemory = [stuck.next(), stuck.next()];
    expect(inMemory).toEqual([`P-${randomDeviceCode(fakeRandom(16))}-1`, `P-${randomDeviceCode(fakeRandom(16))}-2`]);
    storage.failWrites = false;
    const later = createQuoteNumbering({ storage, randomBytes: fakeRandom(24) }).next();
    expect(later).toBe('P-23456789-2');
    expect(inMemory).not.toContain(later);
  });

  it('work without any storage (blocked by the browser)', () => {
    const numbering = createQuoteNumbering({ storage: null, randomBytes: fakeRandom(3) });
    expect(numbering.next()).toMatch(/^P-[2-9A-Z]{8}-1$/);
    expect(numbering.next()).toMatch(/-2$/);
  });

  it('draw device codes uniformly from an unambiguous alphabet', () => {
    expect(DEVICE_CODE_ALPHABET).toHaveLength(32);
    expect(DEVICE_CODE_ALPHABET).not.toMatch(/[01IO]/);
    expect(randomDeviceCode((n) => Uint8Array.from({ length: n }, (_, i) => i * 37))).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    // 256 byte values map onto 32 symbols exactly 8 times each.
    const hits = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      const ch = randomDeviceCode(() => Uint8Array.of(b, b, b, b, b, b, b, b))[0]!;
      hits.set(ch, (hits.get(ch) ?? 0) + 1);
    }
    expect(hits.size).toBe(32);
    expect(new Set(hits.values())).toEqual(new Set([8]));
  });
});
