import { describe, expect, it } from 'vitest';
import {
  formatPhone,
  MIN_PHONE_QUERY_DIGITS,
  parsePhone,
  phoneQueryKey,
  phoneSearchKeys,
} from '../../../../shared/phone/phone';

const MOBILE = { ok: true, e164: '+989121234567', type: 'mobile', country: 'IR' };

describe('parsePhone: Iranian mobiles in every form people type', () => {
  it.each([
    ['Persian digits', '۰۹۱۲۱۲۳۴۵۶۷'],
    ['Arabic-Indic digits', '٠٩١٢١٢٣٤٥٦٧'],
    ['E.164', '+989121234567'],
    ['00 international prefix', '00989121234567'],
    ['98 without plus', '989121234567'],
    ['without the trunk 0', '9121234567'],
    ['national with spaces', '0912 123 4567'],
    ['dashes and parentheses', '(0912) 123-4567'],
    ['dots and slashes', '0912.123/4567'],
    ['+98 followed by a stray trunk 0', '+98 0912 123 4567'],
    ['0098 followed by a stray trunk 0', '0098 0912 123 4567'],
    ['bidi marks from copied RTL text', '\u200E+98 912 123 4567\u200E'],
    ['full-width digits', '０９１２１２３４５６７'],
    ['surrounding spaces', '  09121234567  '],
  ])('%s', (_label, input) => {
    expect(parsePhone(input)).toEqual(MOBILE);
  });

  it('accepts any 9xxxxxxxxx as a mobile, even ranges the metadata rejects (0941)', () => {
    expect(parsePhone('09411234567')).toEqual({ ok: true, e164: '+989411234567', type: 'mobile', country: 'IR' });
    expect(parsePhone('09981234567')).toMatchObject({ ok: true, e164: '+989981234567', type: 'mobile' });
  });

  it('applies the Iranian rules to +98 numbers whatever the default country', () => {
    expect(parsePhone('+989121234567', 'US')).toEqual(MOBILE);
  });
});

describe('parsePhone: Iranian landlines through the metadata', () => {
  it('parses a Tehran number as a fixed line', () => {
    expect(parsePhone('02112345678')).toEqual({ ok: true, e164: '+982112345678', type: 'fixedLine', country: 'IR' });
  });

  it('parses it without the trunk 0 and in E.164', () => {
    expect(parsePhone('2112345678')).toMatchObject({ ok: true, e164: '+982112345678' });
    expect(parsePhone('+98 21 1234 5678')).toMatchObject({ ok: true, e164: '+982112345678' });
  });

  it('rejects an unknown area code', () => {
    expect(parsePhone('01012345678')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parsePhone: foreign numbers', () => {
  it.each([
    ['US', '+1 415 555 2671', '+14155552671', 'other', 'US'],
    ['Canada', '+1 613 555 0123', '+16135550123', 'other', 'CA'],
    ['UK landline', '+44 20 7946 0000', '+442079460000', 'fixedLine', 'GB'],
    ['UAE mobile', '+971 50 123 4567', '+971501234567', 'mobile', 'AE'],
    ['UAE mobile with 00', '00971501234567', '+971501234567', 'mobile', 'AE'],
    ['Italy keeps its leading 0', '+39 06 1234 5678', '+390612345678', 'fixedLine', 'IT'],
  ])('%s', (_label, input, e164, type, country) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164, type, country });
  });

  it('reads national numbers in another default country', () => {
    expect(parsePhone('(415) 555-2671', 'US')).toMatchObject({ ok: true, e164: '+14155552671' });
    expect(parsePhone('020 7946 0000', 'GB')).toMatchObject({ ok: true, e164: '+442079460000', type: 'fixedLine' });
  });

  it('rejects numbers the metadata says do not exist', () => {
    expect(parsePhone('+1 111 111 1111')).toEqual({ ok: false, reason: 'invalid' });
    expect(parsePhone('+999 123 4567')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a national number in an unknown default country', () => {
    expect(parsePhone('4155552671', 'XX')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parsePhone: failures', () => {
  it.each([
    ['empty', '', 'empty'],
    ['blank', '   ', 'empty'],
    ['only bidi marks', '\u200F', 'empty'],
    ['letters', 'call me', 'invalid'],
    ['an extension', '+1 415 555 2671 ext 12', 'invalid'],
    ['a plus alone', '+', 'invalid'],
    ['a plus in the middle', '0912+1234567', 'invalid'],
    ['two digits', '12', 'tooShort'],
    ['just the country code', '+98', 'tooShort'],
    ['a mobile one digit short', '0912123456', 'tooShort'],
    ['a mobile one digit long', '091212345678', 'tooLong'],
    ['a landline one digit short', '021 1234 567', 'tooShort'],
    ['a foreign number far too long', '+44 2079 4600 0012 34', 'tooLong'],
  ])('%s', (_label, input, reason) => {
    expect(parsePhone(input)).toEqual({ ok: false, reason });
  });
});

describe('formatPhone', () => {
  it('formats Iranian mobiles nationally and internationally, in ASCII digits', () => {
    expect(formatPhone('+989121234567', 'national')).toBe('0912 123 4567');
    expect(formatPhone('+989121234567', 'international')).toBe('+98 912 123 4567');
  });

  it('formats ranges the metadata does not know the same way', () => {
    expect(formatPhone('+989411234567', 'national')).toBe('0941 123 4567');
  });

  it('formats Iranian landlines', () => {
    expect(formatPhone('+982112345678', 'national')).toBe('021 1234 5678');
    expect(formatPhone('+982112345678', 'international')).toBe('+98 21 1234 5678');
  });

  it('always formats foreign numbers internationally', () => {
    expect(formatPhone('+14155552671', 'national')).toBe('+1 415 555 2671');
    expect(formatPhone('+442079460000', 'national')).toBe('+44 20 7946 0000');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatPhone('not a phone', 'national')).toBe('not a phone');
  });
});

describe('phoneSearchKeys', () => {
  it('gives the E.164 digits and the national number without trunk 0', () => {
    expect(phoneSearchKeys('+989121234567')).toEqual(['989121234567', '9121234567']);
    expect(phoneSearchKeys('+14155552671')).toEqual(['14155552671', '4155552671']);
    expect(phoneSearchKeys('+971501234567')).toEqual(['971501234567', '501234567']);
  });

  it('adds the national number without its leading 0 where the country keeps one', () => {
    expect(phoneSearchKeys('+390612345678')).toEqual(['390612345678', '0612345678', '612345678']);
  });

  it('handles non-geographic codes and unknown codes', () => {
    expect(phoneSearchKeys('+80012345678')).toEqual(['80012345678', '12345678']);
    expect(phoneSearchKeys('+9991234')).toEqual(['9991234']);
    expect(phoneSearchKeys('')).toEqual([]);
  });
});

describe('phoneQueryKey', () => {
  it.each([
    ['0912', '912'],
    ['+98912', '98912'],
    ['0098912', '98912'],
    ['98912', '98912'],
    ['912', '912'],
    ['۰۹۱۲۱۲', '91212'],
    ['٠٩١٢', '912'],
    ['0912 123-45', '91212345'],
    ['+98 0912', '98912'],
    ['+1 415', '1415'],
    ['001415', '1415'],
    ['020 7946', '207946'],
  ])('%s → %s', (query, key) => {
    expect(phoneQueryKey(query)).toBe(key);
  });

  it.each([
    ['too few digits', '09'],
    ['too few digits after +', '+98'],
    ['letters', 'ali'],
    ['digits and letters', '0912a'],
    ['a misplaced plus', '12+3'],
    ['empty', ''],
  ])('null for %s', (_label, query) => {
    expect(phoneQueryKey(query)).toBeNull();
  });

  it(`needs at least ${MIN_PHONE_QUERY_DIGITS} digits after the trunk 0`, () => {
    expect(phoneQueryKey('091')).toBeNull();
    expect(phoneQueryKey('0912')).not.toBeNull();
  });

  it('prefix-matches the keys of the number it is typed for, in every form', () => {
    const keys = phoneSearchKeys('+989121234567');
    for (const query of ['0912', '۰۹۱۲۱۲۳', '+98912', '0098 912', '98912', '912 123', '09121234567', '+989121234567']) {
      const key = phoneQueryKey(query) as string;
      expect(keys.some((k) => k.startsWith(key))).toBe(true);
    }
  });

  it('prefix-matches foreign numbers with or without + or 00', () => {
    const keys = phoneSearchKeys('+14155552671');
    for (const query of ['+1 415', '001415', '1415', '415 555']) {
      const key = phoneQueryKey(query) as string;
      expect(keys.some((k) => k.startsWith(key))).toBe(true);
    }
  });

  it('prefix-matches an Italian number typed nationally with its 0', () => {
    const keys = phoneSearchKeys('+390612345678');
    expect(keys.some((k) => k.startsWith(phoneQueryKey('06 1234') as string))).toBe(true);
  });
});
