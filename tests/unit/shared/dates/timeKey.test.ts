import { describe, expect, it } from 'vitest';
import { invertedTimeKey, TIME_KEY_WIDTH, timeKey } from '../../../../shared/dates';

describe('time sort keys', () => {
  const instants = [
    '1970-01-01T00:00:00.000Z',
    '2001-09-09T01:46:39.999Z',
    '2001-09-09T01:46:40.000Z',
    '2025-03-20T20:30:00.000Z',
    '2026-11-23T10:00:00.000Z',
    '2026-11-23T10:00:00.001Z',
    '+275760-09-13T00:00:00.000Z',
  ];

  it('are fixed width', () => {
    expect(TIME_KEY_WIDTH).toBe(16);
    for (const instant of instants) {
      expect(timeKey(instant)).toMatch(/^\d{16}$/);
      expect(invertedTimeKey(instant)).toMatch(/^\d{16}$/);
    }
    expect(timeKey('1970-01-01T00:00:00.000Z')).toBe('0000000000000000');
    expect(invertedTimeKey('+275760-09-13T00:00:00.000Z')).toBe('0000000000000000');
  });

  it('sort ascending = oldest first, inverted ascending = newest first', () => {
    const shuffled = [...instants].reverse();
    const byKey = [...shuffled].sort((a, b) => (timeKey(a) < timeKey(b) ? -1 : 1));
    expect(byKey).toEqual(instants);
    const byInverted = [...shuffled].sort((a, b) => (invertedTimeKey(a) < invertedTimeKey(b) ? -1 : 1));
    expect(byInverted).toEqual([...instants].reverse());
  });

  it('accept epoch milliseconds and explicit offsets', () => {
    expect(timeKey(Date.UTC(2026, 10, 23, 10))).toBe(timeKey('2026-11-23T10:00:00.000Z'));
    expect(timeKey('2026-11-23T13:30:00+03:30')).toBe(timeKey('2026-11-23T10:00:00.000Z'));
  });

  it('refuse instants before 1970 and malformed ones', () => {
    expect(() => timeKey('1969-12-31T23:59:59.999Z')).toThrow(RangeError);
    expect(() => invertedTimeKey(-1)).toThrow(RangeError);
    expect(() => timeKey('2026-11-23')).toThrow(RangeError);
  });
});
