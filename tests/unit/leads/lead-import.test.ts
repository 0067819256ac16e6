import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/data-exchange/csv';
import { leadDocSchema } from '../../../shared/entities';
import { decodeCsvBytes } from '../../../shared/data-exchange/csv';
import {
  assignColumn, channelOf, convertLeadRow, currencyOfText, importedLeadId, planLeadImport, prepareLeadImport,
  prepareLeadImportSync, readAmount, splitFullName, suggestLeadMapping, type LeadImportSettings,
} from '../../../renderer/src/features/leads/lead-import';

const SETTINGS: LeadImportSettings = {
  ownerId: 'u1', teamId: 't1', baseCurrency: 'IRR', enabledCurrencies: ['IRR', 'USD', 'EUR', 'AED'], irrUnit: 'rial',
  now: '2026-12-01T08:00:00.000Z',
};

/** Parses a CSV text and prepares it with the suggested mapping. */
function prepare(csv: string, settings: Partial<LeadImportSettings> = {}) {
  const parsed = parseCsv(csv);
  const plan = planLeadImport(parsed.headers, suggestLeadMapping(parsed.headers), { ...SETTINGS, ...settings });
  return { parsed, plan, prepared: prepareLeadImportSync(parsed, plan) };
}

const PERSIAN_HEADERS = 'نام,نام خانوادگی,شرکت,موبایل,ایمیل,کانال,منبع,ارزش تخمینی,ارز,شهر,توضیحات';

describe('column mapping', () => {
  it('suggests fields for Persian headers, Arabic-keyboard spellings and ZWNJ variants included', () => {
    const headers = ['نام', 'نام‌خانوادگي', 'نام شركت', 'تلفن همراه', 'پست الکترونیک', 'کانال', 'منبع', 'مبلغ (تومان)', 'شهر', 'چیز دیگر'];
    expect(suggestLeadMapping(headers)).toEqual([
      'firstName', 'lastName', 'companyName', 'phone', 'email', 'channel', 'source', 'estimatedValue', 'city', null,
    ]);
  });

  it('suggests fields for English headers', () => {
    expect(suggestLeadMapping(['First Name', 'Last Name', 'Company', 'E-mail', 'Phone', 'Amount', 'Currency'])).toEqual([
      'firstName', 'lastName', 'companyName', 'email', 'phone', 'estimatedValue', 'currency',
    ]);
  });

  it('maps a second phone column and a second e-mail column too', () => {
    expect(suggestLeadMapping(['نام و نام خانوادگی', 'موبایل', 'تلفن ثابت', 'فکس', 'ایمیل', 'ایمیل دوم'])).toEqual([
      'fullName', 'phone', 'phone', 'phone', 'email', 'email',
    ]);
  });

  it('moves a single-column field instead of feeding it from two columns; phones may come from several', () => {
    const mapping = ['firstName', 'lastName', 'phone', null] as const;
    expect(assignColumn([...mapping], 3, 'lastName')).toEqual(['firstName', null, 'phone', 'lastName']);
    expect(assignColumn([...mapping], 3, 'phone')).toEqual(['firstName', 'lastName', 'phone', 'phone']);
    expect(assignColumn([...mapping], 0, null)).toEqual([null, 'lastName', 'phone', null]);
  });
});

describe('cell values', () => {
  it('maps Persian and English channel words to LEAD_CHANNELS', () => {
    expect(channelOf('تلفن')).toBe('phone');
    expect(channelOf('پیامک')).toBe('sms');
    expect(channelOf('وب‌سایت')).toBe('website');
    expect(channelOf('وب سایت')).toBe('website');
    expect(channelOf('وبسایت')).toBe('website');
    expect(channelOf('حضوری')).toBe('inPerson');
    expect(channelOf('اینستاگرام')).toBe('social');
    expect(channelOf('ايميل')).toBe('email'); // Arabic yeh
    expect(channelOf('کمپین')).toBe('campaign');
    expect(channelOf(' SMS ')).toBe('sms');
    expect(channelOf('In person')).toBe('inPerson');
    expect(channelOf('')).toBe('');
    expect(channelOf('کبوتر نامه‌بر')).toBeNull();
  });

  it('reads currency words, codes and symbols', () => {
    expect(currencyOfText('تومان')).toEqual({ currency: 'IRR', irrUnit: 'toman' });
    expect(currencyOfText('ريال')).toEqual({ currency: 'IRR', irrUnit: 'rial' });
    expect(currencyOfText('usd')).toEqual({ currency: 'USD', irrUnit: 'rial' });
    expect(currencyOfText('دلار')).toEqual({ currency: 'USD', irrUnit: 'rial' });
    expect(currencyOfText('یورو')).toEqual({ currency: 'EUR', irrUnit: 'rial' });
    expect(currencyOfText('€')).toEqual({ currency: 'EUR', irrUnit: 'rial' });
    expect(currencyOfText('دلار کانادا')).toEqual({ currency: 'CAD', irrUnit: 'rial' });
    expect(currencyOfText('سکه')).toBeNull();
  });

  it('reads amounts with Persian digits, separators and a unit word before or after', () => {
    const rial = { currency: 'IRR', irrUnit: 'rial' } as const;
    expect(readAmount('۱۲٬۵۰۰٬۰۰۰', rial)).toEqual({ ok: true, money: { amountMinor: 12_500_000, currency: 'IRR' } });
    expect(readAmount('12,500,000', rial)).toEqual({ ok: true, money: { amountMinor: 12_500_000, currency: 'IRR' } });
    expect(readAmount('۱۲۵ تومان', rial)).toEqual({ ok: true, money: { amountMinor: 1250, currency: 'IRR' } });
    expect(readAmount('1250', { currency: 'IRR', irrUnit: 'toman' })).toEqual({ ok: true, money: { amountMinor: 12_500, currency: 'IRR' } });
    expect(readAmount('$1,200.50', rial)).toEqual({ ok: true, money: { amountMinor: 120_050, currency: 'USD' } });
    expect(readAmount('300 USD', rial)).toEqual({ ok: true, money: { amountMinor: 30_000, currency: 'USD' } });
    expect(readAmount('٣٠٠', rial)).toEqual({ ok: true, money: { amountMinor: 300, currency: 'IRR' } }); // Arabic-Indic digits
    expect(readAmount('  ', rial)).toEqual({ ok: true, money: null });
    expect(readAmount('حدود یک میلیون', rial)).toEqual({ ok: false, code: 'badAmount' });
    expect(readAmount('-500', rial)).toEqual({ ok: false, code: 'badAmount' });
    expect(readAmount('12.5', rial)).toEqual({ ok: false, code: 'badAmount' }); // rials have no fraction
    expect(readAmount('100 سکه', rial)).toEqual({ ok: false, code: 'badAmount' });
  });

  it('splits one «نام و نام خانوادگی» cell into first and last name', () => {
    expect(splitFullName('علی رضایی')).toEqual({ firstName: 'علی', lastName: 'رضایی' });
    expect(splitFullName('محمد رضا احمدی')).toEqual({ firstName: 'محمد رضا', lastName: 'احمدی' });
    expect(splitFullName('علی حسین زاده')).toEqual({ firstName: 'علی', lastName: 'حسین زاده' });
    expect(splitFullName('زهرا میر صادقی')).toEqual({ firstName: 'زهرا', lastName: 'میر صادقی' });
    expect(splitFullName('آقای کریمی')).toEqual({ firstName: '', lastName: 'کریمی' });
    expect(splitFullName('خانم مریم  نوری ')).toEqual({ firstName: 'مریم', lastName: 'نوری' });
    expect(splitFullName('مریم')).toEqual({ firstName: 'مریم', lastName: '' });
    expect(splitFullName('Smith, John')).toEqual({ firstName: 'John', lastName: 'Smith' });
    expect(splitFullName('علي كريمي')).toEqual({ firstName: 'علی', lastName: 'کریمی' }); // Arabic ي/ك written as Persian
  });
});

describe('rows to leads', () => {
  it('imports a Persian file with a BOM, Persian digits and Arabic letters as valid lead documents', () => {
    const csv = `\uFEFF${PERSIAN_HEADERS}\n`
      + 'علي,كريمي,شركت آلفا,۰۹۱۲ ۱۲۳ ۴۵۶۷,Ali@Alpha.IR,تلفن,نمایشگاه,۱۲٬۰۰۰٬۰۰۰,ریال,تهران,مشتری جدی\n'
      + 'سارا,نوری,,+98 935 111 2233,,پیامک,,۵۰۰,دلار,,\n';
    const { prepared } = prepare(csv);
    expect(prepared.rejected).toEqual([]);
    expect(prepared.valid).toHaveLength(2);
    const [ali, sara] = prepared.valid.map((v) => v.doc);
    expect(ali).toMatchObject({
      firstName: 'علی', lastName: 'کریمی', companyName: 'شرکت آلفا', displayName: 'علی کریمی',
      phones: [{ label: 'mobile', e164: '+989121234567' }], emails: [{ label: 'work', address: 'ali@alpha.ir' }],
      channel: 'phone', source: 'نمایشگاه', estimatedValue: { amountMinor: 12_000_000, currency: 'IRR' }, city: 'تهران',
      notes: 'مشتری جدی', status: 'new', ownerId: 'u1', teamId: 't1', accountId: '', qualifiedAt: null,
    });
    expect(sara).toMatchObject({ channel: 'sms', estimatedValue: { amountMinor: 50_000, currency: 'USD' }, companyName: '' });
    expect(prepared.valid.map((v) => v.line)).toEqual([2, 3]);
    for (const { doc } of prepared.valid) expect(leadDocSchema.safeParse(doc).success).toBe(true);
  });

  it('rejects bad rows with their line number and reason, keeps the good ones, and skips blank lines', () => {
    const csv = [
      PERSIAN_HEADERS,
      'علی,رضایی,,09121234567,,,,,,,', // 2 ok
      '', // 3 blank
      ',,,09121234567,,,,,,,', // 4 no name
      'رضا,مرادی,,۱۲۳,,,,,,,', // 5 bad phone
      'مینا,صالحی,,,mina@,,,,,,', // 6 bad email
      'نادر,کاظمی,,,,,,یک میلیون,,,', // 7 bad amount
      'ژاله,امینی,,,,کبوتر,,,,,', // 8 unknown channel
      'کامران,ملکی,,,,,,۱۰۰,سکه,,', // 9 unknown currency
      'بهرام,تهرانی,,,,,,۱۰۰,GBP,,', // 10 currency not enabled
      'فقط,دو', // 11 wrong column count
      '   ', // 12 blank
      'پریا,کامرانی,,,,,,,,,', // 13 ok
      '',
    ].join('\r\n');
    const { prepared } = prepare(csv);
    expect(prepared.valid.map((v) => v.line)).toEqual([2, 13]);
    expect(prepared.rejected.map((p) => [p.line, p.code, p.value])).toEqual([
      [4, 'missingName', ''],
      [5, 'badPhone', '۱۲۳'],
      [6, 'badEmail', 'mina@'],
      [7, 'badAmount', 'یک میلیون'],
      [8, 'badChannel', 'کبوتر'],
      [9, 'badCurrency', 'سکه'],
      [10, 'badCurrency', 'GBP'],
      [11, 'columnCount', ''],
    ]);
    expect(prepared.rejected.find((p) => p.code === 'columnCount')).toMatchObject({ expected: 11, found: 2 });
    expect(prepared.totalRows).toBe(10);
  });

  it('reports a row with a broken quote (which the reader drops) as rejected, and reads on', () => {
    const csv = 'نام,شرکت\nعلی,"آلفا\nرضا,بتا\n';
    const { prepared } = prepare(csv);
    expect(prepared.rejected.map((p) => [p.line, p.code])).toEqual([[2, 'unterminatedQuote']]);
    expect(prepared.valid.map((v) => [v.line, v.doc.companyName])).toEqual([[3, 'بتا']]);
  });

  it('splits a «نام و نام خانوادگی» column when there are no separate name columns', () => {
    const { prepared } = prepare('نام و نام خانوادگی,شرکت\nمحمد رضا احمدی,پارس\n,فقط شرکت\n');
    expect(prepared.valid.map((v) => [v.doc.firstName, v.doc.lastName, v.doc.companyName, v.doc.displayName])).toEqual([
      ['محمد رضا', 'احمدی', 'پارس', 'محمد رضا احمدی'],
      ['', '', 'فقط شرکت', 'فقط شرکت'],
    ]);
  });

  it('reads several phone numbers in one cell and across columns, labels fax columns, drops repeats', () => {
    const { prepared } = prepare('نام,موبایل,تلفن ثابت,فکس\nعلی,"۰۹۱۲۱۲۳۴۵۶۷، 09351112233",021-8877 6655 / 09121234567,02188776656\n');
    expect(prepared.rejected).toEqual([]);
    expect(prepared.valid[0]!.doc.phones).toEqual([
      { label: 'mobile', e164: '+989121234567' },
      { label: 'mobile', e164: '+989351112233' },
      { label: 'work', e164: '+982188776655' },
      { label: 'fax', e164: '+982188776656' },
    ]);
  });

  it('takes the amount unit from the header, from the currency column, or from the settings', () => {
    const fromHeader = prepare('نام,مبلغ (تومان)\nعلی,۱۵۰۰\n').prepared.valid[0]!.doc.estimatedValue;
    expect(fromHeader).toEqual({ amountMinor: 15_000, currency: 'IRR' });
    const fromColumn = prepare('نام,مبلغ,ارز\nعلی,۱۵۰۰,تومان\nرضا,۱۵۰۰,\n').prepared.valid.map((v) => v.doc.estimatedValue);
    expect(fromColumn).toEqual([{ amountMinor: 15_000, currency: 'IRR' }, { amountMinor: 1500, currency: 'IRR' }]);
    const tomanPref = prepare('نام,مبلغ\nعلی,۱۵۰۰\n', { irrUnit: 'toman' }).prepared.valid[0]!.doc.estimatedValue;
    expect(tomanPref).toEqual({ amountMinor: 15_000, currency: 'IRR' });
    const usdBase = prepare('name,amount\nAli,12.5\n', { baseCurrency: 'USD' }).prepared.valid[0]!.doc.estimatedValue;
    expect(usdBase).toEqual({ amountMinor: 1250, currency: 'USD' });
    // A currency without an amount is no value and no error.
    const noAmount = prepare('نام,مبلغ,ارز\nعلی,,سکه\n').prepared;
    expect(noAmount.rejected).toEqual([]);
    expect(noAmount.valid[0]!.doc.estimatedValue).toBeNull();
  });

  it('refuses text longer than the schema allows, naming the field', () => {
    const { prepared } = prepare(`نام,شرکت\nعلی,${'ش'.repeat(201)}\n`);
    expect(prepared.rejected).toEqual([expect.objectContaining({ line: 2, code: 'tooLong', field: 'companyName' })]);
  });

  it('semicolon- and Persian-comma-separated files read the same', () => {
    for (const sep of [';', '\u060C', '\t']) {
      const { prepared } = prepare(['نام', 'شرکت', 'موبایل'].join(sep) + '\n' + ['علی', 'آلفا', '09121234567'].join(sep) + '\n');
      expect(prepared.valid.map((v) => v.doc.companyName)).toEqual(['آلفا']);
    }
  });
});

describe('deterministic ids: a re-import skips what was written', () => {
  it('gives the same row the same id in another file, at another line, on another day', () => {
    const a = prepare('نام,شرکت,موبایل\nعلی,آلفا,09121234567\nرضا,بتا,\n').prepared.valid;
    const b = prepare('شرکت,نام,موبایل,یادداشت خالی\n\nگاما,سینا,,\nبتا,رضا,,\nآلفا,علی,۰۹۱۲۱۲۳۴۵۶۷,\n', { now: '2027-01-01T00:00:00.000Z' }).prepared.valid;
    const idOf = (rows: typeof a, company: string) => rows.find((r) => r.doc.companyName === company)!.doc.id;
    expect(idOf(b, 'آلفا')).toBe(idOf(a, 'آلفا'));
    expect(idOf(b, 'بتا')).toBe(idOf(a, 'بتا'));
    expect(idOf(b, 'گاما')).not.toBe(idOf(a, 'آلفا'));
    expect(idOf(a, 'آلفا')).toMatch(/^lead-[0-9a-f]{28}$/);
  });

  it('differs for another importer or another reading of the amount', () => {
    const csv = 'نام,مبلغ\nعلی,۱۰۰\n';
    const mine = prepare(csv).prepared.valid[0]!.doc.id;
    expect(prepare(csv, { ownerId: 'u2' }).prepared.valid[0]!.doc.id).not.toBe(mine);
    expect(prepare(csv, { irrUnit: 'toman' }).prepared.valid[0]!.doc.id).not.toBe(mine);
    expect(prepare(csv, { now: '2030-01-01T00:00:00.000Z' }).prepared.valid[0]!.doc.id).toBe(mine);
  });

  it('reports a row that reads as the same lead as an earlier one as a repeat, not a second lead', () => {
    const { prepared } = prepare('نام,شرکت\nعلی,آلفا\nرضا,بتا\nعلي,آلفا\n');
    expect(prepared.valid.map((v) => v.line)).toEqual([2, 3]);
    expect(prepared.repeats).toEqual([{ line: 4, firstLine: 2 }]);
  });

  it('importedLeadId ignores status and timestamps', () => {
    const { prepared } = prepare('نام\nعلی\n');
    const doc = prepared.valid[0]!.doc;
    expect(importedLeadId({ ...doc, status: 'contacted' })).toBe(doc.id);
  });
});

describe('a whole file in chunks', () => {
  it('converts 20,000 rows in chunks, yields between them, reports progress up to the total', async () => {
    const lines = [PERSIAN_HEADERS];
    for (let i = 0; i < 20_000; i++) {
      lines.push(`نام${i},خانواده${i},شرکت ${i % 500},09${String(120000000 + i).padStart(9, '0')},p${i}@example.ir,${i % 2 ? 'تلفن' : 'پیامک'},وب,${(i + 1) * 1000},ریال,تهران,`);
    }
    const parsed = parseCsv(lines.join('\n'));
    const plan = planLeadImport(parsed.headers, suggestLeadMapping(parsed.headers), SETTINGS);
    let yields = 0;
    const progress: number[] = [];
    const prepared = await prepareLeadImport(parsed, plan, {
      chunkRows: 1000, yieldToUi: async () => { yields++; }, onProgress: (done) => progress.push(done),
    });
    expect(prepared.valid).toHaveLength(20_000);
    expect(prepared.rejected).toEqual([]);
    expect(yields).toBe(19);
    expect(progress[progress.length - 1]).toBe(20_000);
    expect(new Set(prepared.valid.map((v) => v.doc.id)).size).toBe(20_000);
  }, 120_000);

  it('stops when the signal is aborted', async () => {
    const parsed = parseCsv('نام\n' + Array.from({ length: 3000 }, (_, i) => `n${i}`).join('\n'));
    const plan = planLeadImport(parsed.headers, ['firstName'], SETTINGS);
    const abort = new AbortController();
    const run = prepareLeadImport(parsed, plan, { chunkRows: 1000, signal: abort.signal, yieldToUi: async () => abort.abort() });
    await expect(run).rejects.toThrow();
  });
});

describe('file bytes', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(utf8('\uFEFFنام,شرکت'))).toEqual({ text: 'نام,شرکت', encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8('نام,شرکت'))).toEqual({ text: 'نام,شرکت', encoding: 'utf-8' });
  });
  it('reads UTF-16 with a BOM (Excel «Unicode Text»)', () => {
    const text = 'نام\tشرکت';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
  it('reads a Windows-1256 file (Excel «CSV» on Persian Windows) instead of showing mojibake', () => {
    // «محمد,علی» in Windows-1256
    const bytes = new Uint8Array([0xe3, 0xcd, 0xe3, 0xcf, 0x2c, 0xda, 0xe1, 0xed]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'محمد,علي', encoding: 'windows-1256' });
  });
});

describe('convertLeadRow', () => {
  it('validates the stored shape with the shared schema (a lead with no name never gets through)', () => {
    const plan = planLeadImport(['note'], ['notes'], SETTINGS);
    expect(convertLeadRow(plan, { line: 2, cells: ['فقط یادداشت'] })).toEqual({
      ok: false, problem: { line: 2, code: 'missingName', value: '', field: 'fullName' },
    });
  });
});
