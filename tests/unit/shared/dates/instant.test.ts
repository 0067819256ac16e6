import { describe, expect, it } from 'vitest';
import { BUSINESS_TIME_ZONE, instantMillis, instantToBusinessDate, todayIso, wallClock } from '../../../../shared/dates';

describe('instants and business dates', () => {
  it('uses Asia/Tehran as the business zone', () => {
    expect(BUSINESS_TIME_ZONE).toBe('Asia/Tehran');
  });

  it('puts an instant on its Tehran day', () => {
    expect(instantToBusinessDate('2025-03-20T20:29:59.999Z')).toBe('2025-03-20');
    expect(instantToBusinessDate('2025-03-20T20:30:00.000Z')).toBe('2025-03-21');
    expect(instantToBusinessDate('2025-03-20T20:30:00.000Z', 'UTC')).toBe('2025-03-20');
    expect(instantToBusinessDate('2025-03-21T00:00:00+03:30')).toBe('2025-03-21');
    expect(instantToBusinessDate(Date.UTC(2025, 2, 20, 21))).toBe('2025-03-21');
  });

  it('follows the historical Iranian daylight time (+04:30 in summer 2021)', () => {
    expect(wallClock('2021-06-01T19:45:00Z', 'Asia/Tehran')).toMatchObject({ day: 2, hour: 0, minute: 15 });
    expect(wallClock('2026-06-01T19:45:00Z', 'Asia/Tehran')).toMatchObject({ day: 1, hour: 23, minute: 15 });
  });

  it('gives today’s business date for an injected clock', () => {
    expect(todayIso(undefined, new Date('2025-03-20T21:00:00Z'))).toBe('2025-03-21');
    expect(todayIso('America/New_York', new Date('2025-03-20T21:00:00Z'))).toBe('2025-03-20');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('requires an explicit zone and a real instant', () => {
    expect(instantMillis('1970-01-01T00:00:01Z')).toBe(1000);
    expect(instantMillis(5)).toBe(5);
    expect(() => instantMillis('2025-03-20T10:00')).toThrow(RangeError);
    expect(() => instantMillis('2025-03-20')).toThrow(RangeError);
    expect(() => instantMillis('2025-13-20T10:00:00Z')).toThrow(RangeError);
    expect(() => instantMillis(1.5)).toThrow(RangeError);
    expect(() => instantMillis(NaN)).toThrow(RangeError);
  });
});
