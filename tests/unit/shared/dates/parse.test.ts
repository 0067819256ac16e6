import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../../shared/dates';

const ok = (date: string) => ({ ok: true, date });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseDateInput — Jalali', () => {
  it.each([
    '۱۴۰۳/۱۲/۳۰',
    '1403/12/30',
    '1403-12-30',
    '1403.12.30',
    '١٤٠٣/١٢/٣٠',
    ' ۱۴۰۳ / ۱۲ / ۳۰ ',
    '\u200F۱۴۰۳/۱۲/۳۰\u200E',
    '۳۰/۱۲/۱۴۰۳',
  ])('reads the leap day %j', (text) => {
    expect(parseDateInput(text, 'jalali')).toEqual(ok('2025-03-20'));
  });

  it('takes 1- or 2-digit month and day', () => {
    expect(parseDateInput('1404/1/1', 'jalali')).toEqual(ok('2025-03-21'));
    expect(parseDateInput('1404/01/01', 'jalali')).toEqual(ok('2025-03-21'));
    expect(parseDateInput('۱۴۰۲/۱۰/۱۱', 'jalali')).toEqual(ok('2024-01-01'));
    expect(parseDateInput('1/1/1405', 'jalali')).toEqual(ok('2026-03-21'));
  });

  it('refuses dates that do not exist', () => {
    expect(parseDateInput('1404/12/30', 'jalali')).toEqual(fail('invalidDate'));
    expect(parseDateInput('1404/13/01', 'jalali')).toEqual(fail('invalidDate'));
    expect(parseDateInput('1404/07/31', 'jalali')).toEqual(fail('invalidDate'));
    expect(parseDateInput('1404/00/10', 'jalali')).toEqual(fail('invalidDate'));
    expect(parseDateInput('9999/01/01', 'jalali')).toEqual(fail('invalidDate'));
  });

  it.each([
    ['03/12/30', 'format'],
    ['403/12/30', 'format'],
    ['1403/12', 'format'],
    ['14031230', 'format'],
    ['1403/12-30', 'format'],
    ['1403/123/1', 'format'],
    ['فردا', 'format'],
    ['1403/12/30 10:00', 'format'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%j → %s', (text, reason) => {
    expect(parseDateInput(text, 'jalali')).toEqual(fail(reason));
  });
});

describe('parseDateInput — Gregorian', () => {
  it.each(['2025-03-20', '2025/3/20', '2025/03/20', '۲۰۲۵/۳/۲۰', '2025.3.20'])('reads %j', (text) => {
    expect(parseDateInput(text, 'gregorian')).toEqual(ok('2025-03-20'));
  });

  it('reads leap days and refuses impossible ones', () => {
    expect(parseDateInput('2024-02-29', 'gregorian')).toEqual(ok('2024-02-29'));
    expect(parseDateInput('2025-02-29', 'gregorian')).toEqual(fail('invalidDate'));
    expect(parseDateInput('2025-04-31', 'gregorian')).toEqual(fail('invalidDate'));
  });

  it('refuses day-first dates, which are ambiguous in Gregorian', () => {
    expect(parseDateInput('20/03/2025', 'gregorian')).toEqual(fail('format'));
    expect(parseDateInput('03/04/2025', 'gregorian')).toEqual(fail('format'));
  });

  it('refuses years neither calendar can show', () => {
    expect(parseDateInput('0100-01-01', 'gregorian')).toEqual(fail('invalidDate'));
    expect(parseDateInput('9000-01-01', 'gregorian')).toEqual(fail('invalidDate'));
  });
});
