import { describe, expect, it } from 'vitest';
import { emailSearchKey, MAX_EMAIL_LENGTH, parseEmail } from '../../../../shared/email/email';

describe('parseEmail', () => {
  it.each([
    ['plain', 'ali@example.com', 'ali@example.com'],
    ['trimmed and lower-cased, local part too', '  Ali.Karimi@Example.COM ', 'ali.karimi@example.com'],
    ['Persian digits converted', 'ali۱۳۷۰@mail.ir', 'ali1370@mail.ir'],
    ['Arabic-Indic digits converted', 'ali٢٠@mail.ir', 'ali20@mail.ir'],
    ['bidi marks from RTL text removed', '\u200Fali@example.com\u200E', 'ali@example.com'],
    ['plus addressing and specials', "o'brien+crm_1@sub.example.co.ir", "o'brien+crm_1@sub.example.co.ir"],
    ['IDN domain', 'info@پیوند.ایران', 'info@پیوند.ایران'],
    ['punycode TLD', 'info@example.xn--mgba3a4f16a', 'info@example.xn--mgba3a4f16a'],
    ['hyphen inside a label', 'a@my-company.com', 'a@my-company.com'],
    ['full-width characters folded', 'ａｌｉ@example.com', 'ali@example.com'],
  ])('accepts %s', (_label, input, email) => {
    expect(parseEmail(input)).toEqual({ ok: true, email });
  });

  it.each([
    ['no @', 'ali.example.com'],
    ['two @', 'ali@home@example.com'],
    ['empty local part', '@example.com'],
    ['no domain', 'ali@'],
    ['no TLD', 'ali@localhost'],
    ['a one-letter TLD', 'ali@example.c'],
    ['a numeric TLD', 'ali@example.123'],
    ['a space inside', 'ali karimi@example.com'],
    ['a leading dot', '.ali@example.com'],
    ['two dots in a row', 'ali..k@example.com'],
    ['an empty label', 'ali@example..com'],
    ['a label starting with a hyphen', 'ali@-example.com'],
    ['an IP literal', 'ali@[127.0.0.1]'],
    ['a quoted local part', '"ali karimi"@example.com'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['a label over 63 characters', `ali@${'a'.repeat(64)}.com`],
    ['over the length limit', `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`],
  ])('rejects %s', (_label, input) => {
    expect(parseEmail(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects empty input as empty', () => {
    expect(parseEmail('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseEmail('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it(`allows up to ${MAX_EMAIL_LENGTH} characters, not one more`, () => {
    const fits = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(fits).toHaveLength(MAX_EMAIL_LENGTH);
    expect(parseEmail(fits)).toEqual({ ok: true, email: fits });
    const tooLong = fits.replace('.com', 'd.com');
    expect(tooLong).toHaveLength(MAX_EMAIL_LENGTH + 1);
    expect(parseEmail(tooLong)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('emailSearchKey', () => {
  it('lower-cases, trims and converts digits', () => {
    expect(emailSearchKey(' Ali۱@Example.COM ')).toBe('ali1@example.com');
  });

  it('works on a partial address typed as a query', () => {
    expect(emailSearchKey('Ali.K')).toBe('ali.k');
  });
});
