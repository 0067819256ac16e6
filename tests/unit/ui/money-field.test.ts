// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MONEY_ERROR_KEYS, moneyFieldText, moneyKey, readTypedMoney, unitLabel } from '../../../renderer/src/ui/money/money-field';

const toman = { irrUnit: 'toman', allowNegative: false } as const;
const rial = { irrUnit: 'rial', allowNegative: false } as const;

describe('readTypedMoney', () => {
  it('reads IRR in the unit the field is labelled with: tomans are ×10 rials', () => {
    expect(readTypedMoney('۱٬۲۵۰٬۰۰۰', 'IRR', toman)).toEqual({ kind: 'money', money: { amountMinor: 12_500_000, currency: 'IRR' } });
    expect(readTypedMoney('1,250,000', 'IRR', rial)).toEqual({ kind: 'money', money: { amountMinor: 1_250_000, currency: 'IRR' } });
    expect(readTypedMoney('١٢٥٠٠٠٠', 'IRR', toman)).toEqual({ kind: 'money', money: { amountMinor: 12_500_000, currency: 'IRR' } });
  });

  it('reads decimals in currencies that have them', () => {
    expect(readTypedMoney('1,250.50', 'USD', toman)).toEqual({ kind: 'money', money: { amountMinor: 125_050, currency: 'USD' } });
    expect(readTypedMoney('۱۲۵۰٫۵', 'USD', toman)).toEqual({ kind: 'money', money: { amountMinor: 125_050, currency: 'USD' } });
  });

  it('refuses garbage, extra decimals and (by default) negative amounts', () => {
    expect(readTypedMoney('abc', 'IRR', toman)).toEqual({ kind: 'error', reason: 'invalid' });
    expect(readTypedMoney('12.345', 'USD', toman)).toEqual({ kind: 'error', reason: 'tooManyDecimals' });
    expect(readTypedMoney('1.5', 'IRR', rial)).toEqual({ kind: 'error', reason: 'tooManyDecimals' });
    expect(readTypedMoney('-5', 'USD', toman)).toEqual({ kind: 'error', reason: 'negative' });
    expect(readTypedMoney('-5', 'USD', { ...toman, allowNegative: true })).toEqual({
      kind: 'money',
      money: { amountMinor: -500, currency: 'USD' },
    });
    expect(readTypedMoney('99999999999999999999', 'IRR', rial)).toEqual({ kind: 'error', reason: 'tooLarge' });
    expect(readTypedMoney('5', 'XXX', rial)).toEqual({ kind: 'error', reason: 'invalid' });
  });

  it('treats blank text as "no amount"', () => {
    expect(readTypedMoney('', 'IRR', toman)).toEqual({ kind: 'empty' });
    expect(readTypedMoney('  ', 'USD', toman)).toEqual({ kind: 'empty' });
  });

  it('has a translation key for every error reason', () => {
    expect(Object.keys(MONEY_ERROR_KEYS).sort()).toEqual(['invalid', 'negative', 'tooLarge', 'tooManyDecimals']);
  });
});

describe('moneyFieldText', () => {
  it('groups in the user digits and unit, and reads back to the same amount', () => {
    const irr = { amountMinor: 12_500_000, currency: 'IRR' };
    expect(moneyFieldText(irr, { digits: 'persian', irrUnit: 'toman' })).toBe('۱٬۲۵۰٬۰۰۰');
    expect(moneyFieldText(irr, { digits: 'latin', irrUnit: 'rial' })).toBe('12,500,000');
    for (const value of [irr, { amountMinor: 12_345, currency: 'IRR' }, { amountMinor: 125_050, currency: 'USD' }, { amountMinor: 7, currency: 'KWD' }]) {
      for (const prefs of [
        { digits: 'persian', irrUnit: 'toman' },
        { digits: 'latin', irrUnit: 'rial' },
      ] as const) {
        expect(readTypedMoney(moneyFieldText(value, prefs), value.currency, { irrUnit: prefs.irrUnit, allowNegative: false })).toEqual({
          kind: 'money',
          money: value,
        });
      }
    }
  });

  it('is empty for no amount and does not throw on an unknown currency', () => {
    expect(moneyFieldText(null, { digits: 'persian', irrUnit: 'toman' })).toBe('');
    expect(moneyFieldText({ amountMinor: 5, currency: 'XXX' }, { digits: 'latin', irrUnit: 'rial' })).toBe('5');
  });
});

describe('unitLabel and moneyKey', () => {
  it('names the unit an IRR field is typed in, so the ×10 toman/rial confusion is visible', () => {
    expect(unitLabel('IRR', 'fa', 'toman')).toBe('تومان');
    expect(unitLabel('IRR', 'fa', 'rial')).toBe('ریال');
    expect(unitLabel('IRR', 'en', 'toman')).toBe('Toman');
    expect(unitLabel('USD', 'fa', 'toman')).toBe('دلار');
    expect(unitLabel('USD', 'en', 'toman')).toBe('USD');
    expect(unitLabel('XXX', 'fa', 'toman')).toBe('XXX');
  });

  it('compares amounts by content', () => {
    expect(moneyKey({ amountMinor: 1, currency: 'USD' })).toBe(moneyKey({ amountMinor: 1, currency: 'USD' }));
    expect(moneyKey({ amountMinor: 1, currency: 'USD' })).not.toBe(moneyKey({ amountMinor: 1, currency: 'EUR' }));
    expect(moneyKey(null)).not.toBe(moneyKey({ amountMinor: 0, currency: 'IRR' }));
  });
});
