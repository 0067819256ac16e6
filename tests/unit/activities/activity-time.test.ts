import { describe, expect, it } from 'vitest';
import {
  addMinutesToTime, businessDateOf, businessInstant, businessTimeOf, nextWholeHour, parseTimeText, timeFieldText,
} from '../../../renderer/src/features/activities/activity-time';

describe('typed times', () => {
  it.each([
    ['14:30', '14:30'], ['۱۴:۳۰', '14:30'], ['٠٩:٠٥', '09:05'], ['9', '09:00'], ['۹', '09:00'], ['930', '09:30'],
    ['1430', '14:30'], ['14.30', '14:30'], ['۱۴٫۳۰', '14:30'], [' 8:5 ', '08:05'], ['0:00', '00:00'], ['23:59', '23:59'],
  ])('%s reads as %s', (text, time) => expect(parseTimeText(text)).toBe(time));

  it.each(['', '24:00', '12:60', '1:2:3', 'ساعت ده', '12345', '-1', '۲۵'])('%s is not a time', (text) => expect(parseTimeText(text)).toBeNull());

  it('shows times in the user digits', () => {
    expect(timeFieldText('09:30', 'persian')).toBe('۰۹:۳۰');
    expect(timeFieldText('09:30', 'latin')).toBe('09:30');
    expect(timeFieldText('', 'persian')).toBe('');
  });

  it('adds minutes within the day', () => {
    expect(addMinutesToTime('09:30', 60)).toBe('10:30');
    expect(addMinutesToTime('23:30', 60)).toBe('23:59');
  });
});

describe('business-zone instants (Asia/Tehran)', () => {
  it('turns a Tehran day and time into an instant at +03:30 today', () => {
    expect(businessInstant('2026-12-02', '15:00')).toBe('2026-12-02T11:30:00.000Z');
    expect(businessInstant('2026-12-02', '01:00')).toBe('2026-12-01T21:30:00.000Z');
  });

  it('follows the zone data for years when Iran kept summer time (+04:30)', () => {
    expect(businessInstant('2020-06-01', '10:00')).toBe('2020-06-01T05:30:00.000Z');
    expect(businessInstant('2020-01-01', '10:00')).toBe('2020-01-01T06:30:00.000Z');
  });

  it('reads back the time and the day of an instant in Tehran, whatever the device zone', () => {
    expect(businessTimeOf('2026-12-02T11:30:00.000Z')).toBe('15:00');
    expect(businessDateOf('2026-12-01T21:30:00.000Z')).toBe('2026-12-02');
    expect(businessDateOf(null)).toBe('');
  });

  it('refuses what is not a date and a time', () => {
    expect(() => businessInstant('2026-13-01', '10:00')).toThrow(RangeError);
    expect(() => businessInstant('2026-12-01', '25:00')).toThrow(RangeError);
  });

  it('offers the next whole hour, rolling over to tomorrow at 23:xx', () => {
    expect(nextWholeHour(new Date('2026-12-02T11:40:00Z'))).toEqual({ date: '2026-12-02', time: '16:00' });
    expect(nextWholeHour(new Date('2026-12-02T19:45:00Z'))).toEqual({ date: '2026-12-03', time: '00:00' });
  });
});
