// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EmailEntry, PhoneEntry } from '../../../shared/entities/common';
import { emailCodec } from '../../../renderer/src/ui/contact-points/email-rows';
import {
  commitRow,
  entriesFromRows,
  rowErrorKeys,
  rowsAreValid,
  rowsFromEntries,
  sameEntries,
  type EntryRow,
} from '../../../renderer/src/ui/contact-points/entry-rows';
import { PHONE_ERROR_KEYS, phoneCodec, phoneErrorKey, type PhoneLabel } from '../../../renderer/src/ui/contact-points/phone-rows';

let key = 0;
const row = (text: string, label: PhoneLabel = 'mobile'): EntryRow<PhoneLabel> => ({ key: ++key, label, text, showError: false });

describe('phone rows', () => {
  it('stores any way of typing an Iranian mobile as E.164', () => {
    for (const text of ['09121234567', '۰۹۱۲۱۲۳۴۵۶۷', '٠٩١٢١٢٣٤٥٦٧', '+98 912 123 4567', '0098 912 123 4567', '912-123-4567']) {
      expect(entriesFromRows([row(text)], phoneCodec)).toEqual([{ label: 'mobile', e164: '+989121234567' }]);
    }
  });

  it('shows Iranian numbers in national form and foreign numbers as +CC on commit', () => {
    expect(commitRow(row('۰۹۱۲۱۲۳۴۵۶۷'), phoneCodec).text).toBe('0912 123 4567');
    expect(commitRow(row('02112345678', 'work'), phoneCodec).text).toBe('021 1234 5678');
    expect(commitRow(row('+1 202 555 0123'), phoneCodec).text).toBe('+1 202 555 0123');
  });

  it('keeps an unreadable number on screen with its error, out of the entries, and the rows invalid', () => {
    const bad = row('0912123');
    const committed = commitRow(bad, phoneCodec);
    expect(committed).toMatchObject({ text: '0912123', showError: true });
    const rows = [row('09121234567'), committed];
    expect(entriesFromRows(rows, phoneCodec)).toEqual([{ label: 'mobile', e164: '+989121234567' }]);
    expect(rowsAreValid(rows, phoneCodec)).toBe(false);
  });

  it('drops empty rows without making the editor invalid', () => {
    const rows = [row(''), row('   '), row('09351234567', 'home')];
    expect(rowsAreValid(rows, phoneCodec)).toBe(true);
    expect(entriesFromRows(rows, phoneCodec)).toEqual([{ label: 'home', e164: '+989351234567' }]);
    expect(commitRow(row(''), phoneCodec).showError).toBe(false);
  });

  it('round-trips stored entries through the rows unchanged', () => {
    const stored: PhoneEntry[] = [
      { label: 'mobile', e164: '+989121234567' },
      { label: 'work', e164: '+982112345678' },
      { label: 'other', e164: '+12025550123' },
    ];
    const rows = rowsFromEntries(stored, phoneCodec);
    expect(rows.map((r) => r.text)).toEqual(['0912 123 4567', '021 1234 5678', '+1 202 555 0123']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
    expect(entriesFromRows(rows, phoneCodec)).toEqual(stored);
  });

  it('translates every parsePhone failure', () => {
    expect(phoneErrorKey('tooShort')).toBe(PHONE_ERROR_KEYS.tooShort);
    expect(phoneErrorKey('somethingNew')).toBe(PHONE_ERROR_KEYS.invalid);
  });
});

describe('email rows', () => {
  it('stores the normalized address and refuses invalid ones', () => {
    const rows = rowsFromEntries<'work' | 'personal' | 'other', EmailEntry>([], emailCodec);
    expect(rows).toEqual([]);
    const typed = [
      { key: 1, label: 'work' as const, text: '  Ali.Rezaei@Example.IR ', showError: false },
      { key: 2, label: 'personal' as const, text: 'ali@', showError: false },
    ];
    expect(entriesFromRows(typed, emailCodec)).toEqual([{ label: 'work', address: 'ali.rezaei@example.ir' }]);
    expect(rowsAreValid(typed, emailCodec)).toBe(false);
    expect(commitRow(typed[0]!, emailCodec).text).toBe('ali.rezaei@example.ir');
    expect(commitRow(typed[1]!, emailCodec).showError).toBe(true);
  });
});

describe('sameEntries', () => {
  it('compares by content and order, so a parent echoing our value back does not reset the rows', () => {
    const a: PhoneEntry[] = [{ label: 'mobile', e164: '+989121234567' }];
    expect(sameEntries(a, [{ label: 'mobile', e164: '+989121234567' }], phoneCodec)).toBe(true);
    expect(sameEntries(a, [{ label: 'work', e164: '+989121234567' }], phoneCodec)).toBe(false);
    expect(sameEntries(a, [], phoneCodec)).toBe(false);
  });
});

describe('rowErrorKeys', () => {
  it('maps form errors on entry n to the n-th readable row, skipping empty and unreadable rows', () => {
    const rows = [row(''), row('09121234567'), row('0912'), row('09351234567')];
    const errors = { 'phones.1.e164': 'validation:invalidPhone', 'emails.0': 'validation:x', name: 'validation:required' };
    const byRow = rowErrorKeys(rows, phoneCodec, errors, 'phones');
    expect([...byRow.entries()]).toEqual([[rows[3]!.key, 'validation:invalidPhone']]);
    expect(rowErrorKeys(rows, phoneCodec, undefined, 'phones').size).toBe(0);
  });
});
