import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/data-exchange/csv';
import {
  planRateImport, readCurrencyCell, readDateCell, rowsToWrite, suggestRateMapping,
} from '../../../renderer/src/features/sales-settings/rate-import';
import { exchangeRateKey, type RateRow } from '../../../renderer/src/features/sales-settings/rate-rules';

const plan = (text: string, existing: RateRow[] = [], baseCurrency = 'IRR') => planRateImport(text, { baseCurrency, existing });

describe('rate CSV cells', () => {
  it.each([
    ['USD', 'USD'], ['usd', 'USD'], [' eur ', 'EUR'], ['دلار', 'USD'], ['دلار آمریکا', 'USD'], ['يورو', 'EUR'],
    ['درهم', 'AED'], ['\u200Fلیر ترکیه', 'TRY'], ['دينار عراق', 'IQD'],
  ])('reads the currency %j as %s', (cell, code) => {
    expect(readCurrencyCell(cell)).toBe(code);
  });

  it.each(['XYZ', 'US', 'dollar', '', 'ریال؟'])('does not guess the currency %j', (cell) => {
    expect(readCurrencyCell(cell)).toBeNull();
  });

  it.each([
    ['1405/09/11', '2026-12-02'],
    ['۱۴۰۵/۰۹/۱۱', '2026-12-02'],
    ['1405-9-11', '2026-12-02'],
    ['١٤٠٥/٠٩/١١', '2026-12-02'],
    ['۱۱/۰۹/۱۴۰۵', '2026-12-02'],
    ['2026-12-02', '2026-12-02'],
    ['۲۰۲۶/۱۲/۰۲', '2026-12-02'],
    ['2026.12.2', '2026-12-02'],
  ])('reads the date %j in its own calendar', (cell, iso) => {
    expect(readDateCell(cell)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['', 'dateMissing'],
    ['02/12/2026', 'dateFormat'],
    ['1405/13/01', 'invalidDate'],
    ['1404/12/30', 'invalidDate'],
    ['2026-02-30', 'invalidDate'],
    ['دیروز', 'dateFormat'],
    ['05/09/11', 'dateFormat'],
  ])('refuses the date %j (%s)', (cell, reason) => {
    expect(readDateCell(cell)).toEqual({ ok: false, reason });
  });
});

describe('planRateImport', () => {
  it('maps Persian and English headers', () => {
    expect(suggestRateMapping(['ارز', 'تاریخ', 'نرخ'])).toEqual({ currency: 0, date: 1, rate: 2 });
    expect(suggestRateMapping(['Effective Date', 'Exchange Rate', 'Currency Code'])).toEqual({ currency: 2, date: 0, rate: 1 });
    expect(suggestRateMapping(['نرخ ارز', 'کد ارز', 'تاریخ اعمال'])).toEqual({ currency: 1, date: 2, rate: 0 });
    expect(suggestRateMapping(['a', 'b'])).toEqual({ currency: null, date: null, rate: null });
  });

  it('reads a file with a BOM, CRLF, Persian digits, blank lines and both calendars', () => {
    const text = '\uFEFFارز,تاریخ,نرخ\r\nUSD,۱۴۰۵/۰۹/۱۱,"۱٬۰۵۰٬۰۰۰"\r\n\r\nEUR,2026-12-01,"1,150,000.50"\r\n,,\r\n';
    const result = plan(text);
    expect(result.missing).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.total).toBe(2);
    expect(result.accepted).toEqual([
      { line: 2, key: 'USD/IRR@2026-12-02', effect: 'new', data: { currency: 'USD', baseCurrency: 'IRR', rate: '1050000', effectiveDate: '2026-12-02' } },
      { line: 4, key: 'EUR/IRR@2026-12-01', effect: 'new', data: { currency: 'EUR', baseCurrency: 'IRR', rate: '1150000.5', effectiveDate: '2026-12-01' } },
    ]);
  });

  it('reports each bad row with its line and reason, and keeps the good ones', () => {
    const text = [
      'currency;date;rate', // a semicolon file
      'USD;1405/09/01;1000000',
      'XYZ;1405/09/02;100',
      'AED;1405/13/01;290000',
      'EUR;1405/09/03;-5',
      ';1405/09/04;100',
      'GBP;;1300000',
      'IRR;1405/09/05;1',
      'TRY;1405/09/06;abc',
      'CNY;1405/09/07',
      'USD;1405/09/08;0',
    ].join('\n');
    const result = plan(text);
    expect(result.accepted.map((r) => r.line)).toEqual([2]);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'unknownCurrency', value: 'XYZ' },
      { line: 4, reason: 'invalidDate', value: '1405/13/01' },
      { line: 5, reason: 'rate.notPositive', value: '-5' },
      { line: 6, reason: 'currencyMissing' },
      { line: 7, reason: 'dateMissing' },
      { line: 8, reason: 'baseCurrency', value: 'IRR' },
      { line: 9, reason: 'rate.invalid', value: 'abc' },
      { line: 10, reason: 'columnCount' },
      { line: 11, reason: 'rate.notPositive', value: '0' },
    ]);
    expect(result.total).toBe(10);
  });

  it('refuses a row whose unquoted grouping commas split the rate instead of importing a rate of 1', () => {
    const result = plan('currency,date,rate\nUSD,1405/09/11,1,050,000\nEUR,1405/09/11,1150000\n');
    expect(result.rejected).toEqual([{ line: 2, reason: 'columnCount' }]);
    expect(result.accepted.map((r) => r.data.currency)).toEqual(['EUR']);
  });

  it('drops a row with a broken quote and goes on with the next line', () => {
    const result = plan('currency,date,rate\nUSD,1405/09/11,"1050000\nEUR,1405/09/11,1150000\n');
    expect(result.rejected).toEqual([{ line: 2, reason: 'unterminatedQuote' }]);
    expect(result.accepted.map((r) => r.line)).toEqual([3]);
  });

  it('keeps the later of two rows for the same currency and date and reports the earlier', () => {
    const result = plan('ارز,تاریخ,نرخ\nدلار,1405/09/11,1000000\nUSD,2026-12-02,1050000\n');
    expect(result.accepted).toHaveLength(1);
    expect(result.accepted[0]).toMatchObject({ line: 3, data: { rate: '1050000' } });
    expect(result.rejected).toEqual([{ line: 2, reason: 'duplicate', replacedBy: 3 }]);
  });

  it('tells new rates from corrections and unchanged ones, and writes only what changes', () => {
    const stored = (currency: string, effectiveDate: string, rate: string): RateRow => {
      const data = { currency, baseCurrency: 'IRR', rate, effectiveDate };
      return { key: exchangeRateKey(data), data };
    };
    const existing = [stored('USD', '2026-12-02', '1000000'), stored('EUR', '2026-12-02', '1150000')];
    const result = plan('currency,date,rate\nUSD,2026-12-02,1050000\nEUR,2026-12-02,1150000.00\nAED,2026-12-02,290000\n', existing);
    expect(result.accepted.map((r) => [r.data.currency, r.effect, r.previousRate])).toEqual([
      ['USD', 'correction', '1000000'],
      ['EUR', 'unchanged', undefined],
      ['AED', 'new', undefined],
    ]);
    expect(rowsToWrite(result).map((r) => r.data.currency)).toEqual(['USD', 'AED']);
  });

  it('imports nothing until every field has a column, and follows the mapping the user picks', () => {
    const text = 'code,day,value,note\nUSD,1405/09/11,1050000,x\n';
    expect(plan(text).missing).toEqual([]);
    const unmapped = planRateImport('a,b,c\nUSD,1405/09/11,1050000\n', { baseCurrency: 'IRR', existing: [] });
    expect(unmapped.missing).toEqual(['currency', 'date', 'rate']);
    expect(unmapped.accepted).toEqual([]);
    const mapped = planRateImport('a,b,c\n1405/09/11,USD,1050000\n', {
      baseCurrency: 'IRR', existing: [], mapping: { currency: 1, date: 0, rate: 2 },
    });
    expect(mapped.accepted.map((r) => r.key)).toEqual(['USD/IRR@2026-12-02']);
  });

  it('writes rates against the base currency in force', () => {
    const result = plan('currency,date,rate\nIRR,2026-12-02,0.000000952381\nEUR,2026-12-02,1.09\n', [], 'USD');
    expect(result.accepted.map((r) => r.data)).toEqual([
      { currency: 'IRR', baseCurrency: 'USD', rate: '0.000000952381', effectiveDate: '2026-12-02' },
      { currency: 'EUR', baseCurrency: 'USD', rate: '1.09', effectiveDate: '2026-12-02' },
    ]);
  });

  it('reads an empty file as no headers and no rows', () => {
    expect(plan('')).toMatchObject({ headers: [], accepted: [], rejected: [], total: 0 });
    expect(plan('\uFEFF\n\n')).toMatchObject({ headers: [], total: 0 });
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with or without a BOM, and falls back to Windows-1256 (Excel on Persian Windows)', () => {
    const utf8 = new TextEncoder().encode('\uFEFFارز,تاریخ,نرخ\nدلار,1405/09/11,1050000\n');
    expect(decodeCsvBytes(utf8).encoding).toBe('utf-8');
    expect(plan(decodeCsvBytes(utf8).text).accepted).toHaveLength(1);
    // «ارز,تاریخ,نرخ\nدلار,1405/09/11,1050000» in Windows-1256.
    const cp1256 = Uint8Array.from([
      0xc7, 0xd1, 0xd2, 0x2c, 0xca, 0xc7, 0xd1, 0xed, 0xce, 0x2c, 0xe4, 0xd1, 0xce, 0x0a,
      0xcf, 0xe1, 0xc7, 0xd1, 0x2c, ...new TextEncoder().encode('1405/09/11,1050000\n'),
    ]);
    const decoded = decodeCsvBytes(cp1256);
    expect(decoded.encoding).toBe('windows-1256');
    const result = plan(decoded.text);
    expect(result.headers).toEqual(['ارز', 'تاريخ', 'نرخ']);
    expect(result.accepted.map((r) => r.key)).toEqual(['USD/IRR@2026-12-02']);
  });
});
