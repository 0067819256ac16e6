import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, parseDateInput, addDays } from '../../../../shared/dates';

const fa = { language: 'fa', digits: 'persian' } as const;
const en = { language: 'en', digits: 'latin' } as const;

describe('formatDate', () => {
  it('writes Jalali dates in Persian', () => {
    expect(formatDate('2025-03-20', { ...fa, calendar: 'jalali', style: 'short' })).toBe('۱۴۰۳/۱۲/۳۰');
    expect(formatDate('2025-03-20', { ...fa, calendar: 'jalali', style: 'medium' })).toBe('۳۰ اسفند ۱۴۰۳');
    expect(formatDate('2025-03-20', { ...fa, calendar: 'jalali', style: 'long' })).toBe('پنجشنبه ۳۰ اسفند ۱۴۰۳');
    expect(formatDate('2025-03-21', { ...fa, calendar: 'jalali', style: 'short' })).toBe('۱۴۰۴/۰۱/۰۱');
    expect(formatDate('2026-03-21', { ...fa, calendar: 'jalali', style: 'long' })).toBe('شنبه ۱ فروردین ۱۴۰۵');
  });

  it('writes Jalali dates in English and Gregorian dates in Persian', () => {
    expect(formatDate('2025-03-20', { ...en, calendar: 'jalali', style: 'medium' })).toBe('30 Esfand 1403');
    expect(formatDate('2025-03-20', { ...en, calendar: 'jalali', style: 'short' })).toBe('1403/12/30');
    expect(formatDate('2025-03-20', { ...en, calendar: 'jalali', style: 'long' })).toBe('Thursday, 30 Esfand 1403');
    expect(formatDate('2025-03-20', { ...fa, calendar: 'gregorian', style: 'medium' })).toBe('۲۰ مارس ۲۰۲۵');
    expect(formatDate('2025-03-20', { ...fa, calendar: 'gregorian', style: 'long' })).toBe('پنجشنبه ۲۰ مارس ۲۰۲۵');
    expect(formatDate('2025-03-20', { ...en, calendar: 'gregorian', style: 'short' })).toBe('2025/03/20');
    expect(formatDate('2025-03-20', { ...en, calendar: 'gregorian', style: 'medium' })).toBe('20 March 2025');
    expect(formatDate('2025-03-20', { ...en, calendar: 'gregorian', style: 'long' })).toBe('Thursday, 20 March 2025');
  });

  it('keeps digits independent of language', () => {
    expect(formatDate('2025-03-20', { language: 'fa', digits: 'latin', calendar: 'jalali', style: 'medium' })).toBe('30 اسفند 1403');
    expect(formatDate('2025-03-20', { language: 'en', digits: 'persian', calendar: 'jalali', style: 'medium' })).toBe('۳۰ Esfand ۱۴۰۳');
  });

  it('never uses CLDR’s "y MMMM d, EEEE" order and adds no bidi marks', () => {
    const text = formatDate('2025-03-20', { ...fa, calendar: 'jalali', style: 'long' });
    expect(text).not.toContain(',');
    expect(text).not.toMatch(/[\u200E\u200F\u061C]/);
  });

  it('short output reads back through parseDateInput', () => {
    for (let iso = '2024-12-20'; iso <= '2025-04-10'; iso = addDays(iso, 1)) {
      for (const calendar of ['jalali', 'gregorian'] as const) {
        for (const digits of ['persian', 'latin'] as const) {
          const text = formatDate(iso, { language: 'fa', digits, calendar, style: 'short' });
          expect(parseDateInput(text, calendar)).toEqual({ ok: true, date: iso });
        }
      }
    }
  });

  it('throws on a malformed date', () => {
    expect(() => formatDate('2025-02-30', { ...fa, calendar: 'jalali', style: 'short' })).toThrow(RangeError);
  });
});

describe('formatTime / formatDateTime', () => {
  // 20:35 UTC is 00:05 the next day in Tehran (+03:30): the first minutes of 1404.
  const nowruz = '2025-03-20T20:35:00.000Z';

  it('shows time in Tehran by default', () => {
    expect(formatTime(nowruz, { digits: 'latin' })).toBe('00:05');
    expect(formatTime(nowruz, { digits: 'persian', seconds: true })).toBe('۰۰:۰۵:۰۰');
    expect(formatTime(nowruz, { digits: 'latin', timeZone: 'UTC' })).toBe('20:35');
    expect(formatTime('2025-03-20T10:30:00Z', { digits: 'latin' })).toBe('14:00');
  });

  it('puts the Tehran date with the Tehran time', () => {
    expect(formatDateTime(nowruz, { ...fa, calendar: 'jalali', style: 'medium' })).toBe('۱ فروردین ۱۴۰۴، ۰۰:۰۵');
    expect(formatDateTime(nowruz, { ...fa, calendar: 'jalali', style: 'short' })).toBe('۱۴۰۴/۰۱/۰۱ ۰۰:۰۵');
    expect(formatDateTime(nowruz, { ...en, calendar: 'gregorian', style: 'medium' })).toBe('21 March 2025, 00:05');
    expect(formatDateTime(nowruz, { ...en, calendar: 'gregorian', style: 'long', timeZone: 'UTC' })).toBe(
      'Thursday, 20 March 2025, 20:35',
    );
  });

  it('throws on a malformed instant', () => {
    expect(() => formatDateTime('yesterday', { ...fa, calendar: 'jalali', style: 'short' })).toThrow(RangeError);
  });
});
