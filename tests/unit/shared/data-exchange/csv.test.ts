import { describe, expect, it } from 'vitest';
import {
  cleanCell, LEAD_IMPORT_FIELDS, normalizeHeader, parseCsv, parseCsvAsync, readCsvInBatches, suggestMapping,
  type CsvProgress,
} from '../../../../shared/data-exchange/csv';

const lines = (result: { rows: { line: number }[] }) => result.rows.map((r) => r.line);
const cells = (result: { rows: { cells: string[] }[] }) => result.rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads English headers and rows without a BOM', () => {
    const result = parseCsv('First Name,Phone\nSara,09121234567\nAli,09351234567\n');
    expect(result).toEqual({
      headers: ['First Name', 'Phone'],
      rows: [{ line: 2, cells: ['Sara', '09121234567'] }, { line: 3, cells: ['Ali', '09351234567'] }],
      delimiter: ',',
      problems: [],
    });
  });

  it('strips a UTF-8 BOM so the first header is clean', () => {
    const result = parseCsv('\uFEFFنام,تلفن\nسارا,۰۹۱۲۱۲۳۴۵۶۷\n');
    expect(result.headers).toEqual(['نام', 'تلفن']);
    expect(result.rows).toEqual([{ line: 2, cells: ['سارا', '۰۹۱۲۱۲۳۴۵۶۷'] }]);
  });

  it('leaves Persian digits and Arabic letters in cells as they are (cleanCell is the caller’s choice)', () => {
    const result = parseCsv('نام,ارزش تخمینی\nعلي,۱۲٬۵۰۰٬۰۰۰\n');
    expect(cells(result)).toEqual([['علي', '۱۲٬۵۰۰٬۰۰۰']]);
  });

  it.each([
    ['semicolon', ';', 'نام;مبلغ;شهر\nسارا;1,5;تهران\nعلی;2,5;شیراز\n'],
    ['tab', '\t', 'name\tamount\tcity\nSara\t1,500\tTehran\nAli\t2,500\tShiraz\n'],
    ['Arabic comma', '\u060C', 'نام،مبلغ،شهر\nسارا،1,500،تهران\nعلی،2,500،شیراز\n'],
    ['comma', ',', 'name,amount,city\nSara,"1,500",Tehran\nAli;x,2500,Shiraz\n'],
  ])('detects the %s delimiter', (_name, delimiter, text) => {
    const result = parseCsv(text);
    expect(result.delimiter).toBe(delimiter);
    expect(result.headers).toHaveLength(3);
    expect(result.rows.map((r) => r.cells.length)).toEqual([3, 3]);
    expect(result.problems).toEqual([]);
  });

  it('uses the delimiter it is given instead of guessing', () => {
    const result = parseCsv('a;b,c\n1;2,3\n', { delimiter: ';' });
    expect(result.delimiter).toBe(';');
    expect(cells(result)).toEqual([['1', '2,3']]);
  });

  it('falls back to a comma for a one-column file', () => {
    const result = parseCsv('ایمیل\na@b.ir\nc@d.ir\n');
    expect(result.delimiter).toBe(',');
    expect(cells(result)).toEqual([['a@b.ir'], ['c@d.ir']]);
  });

  it('reads quoted fields with delimiters, newlines and doubled quotes, and counts lines after them', () => {
    const text = [
      'name,notes,city',
      '"Rahimi, Sara","first line',
      'second line',
      'third line",Tehran',
      '"Ali","he said ""hi""",""',
      'Reza,plain,Karaj',
    ].join('\n');
    const result = parseCsv(text);
    expect(result.rows).toEqual([
      { line: 2, cells: ['Rahimi, Sara', 'first line\nsecond line\nthird line', 'Tehran'] },
      { line: 5, cells: ['Ali', 'he said "hi"', ''] },
      { line: 6, cells: ['Reza', 'plain', 'Karaj'] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads CRLF files, and quoted CRLF becomes LF in the cell', () => {
    const result = parseCsv('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    expect(result.rows).toEqual([{ line: 2, cells: ['1', 'x\ny'] }, { line: 4, cells: ['2', 'z'] }]);
  });

  it('reads a file whose line endings are mixed (a CRLF export with lines added by hand)', () => {
    const result = parseCsv('a,b\r\n1,2\n3,4\r\n5,6\r7,8');
    expect(cells(result)).toEqual([['1', '2'], ['3', '4'], ['5', '6'], ['7', '8']]);
    expect(lines(result)).toEqual([2, 3, 4, 5]);
  });

  it('skips blank and whitespace-only lines but keeps the line numbers of the rows after them', () => {
    const text = '\n  \nنام,تلفن\n\nسارا,1\n \t \nعلی,2\n,\n\nرضا,3\n\n\n';
    const result = parseCsv(text);
    expect(result.headers).toEqual(['نام', 'تلفن']);
    expect(result.rows).toEqual([
      { line: 5, cells: ['سارا', '1'] },
      { line: 7, cells: ['علی', '2'] },
      { line: 10, cells: ['رضا', '3'] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('counts CRLF blank lines the same way', () => {
    expect(lines(parseCsv('a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n\r\n'))).toEqual([3, 6]);
  });

  it('reports a short row and a long row, and still returns them', () => {
    const result = parseCsv('a,b,c\n1,2\n1,2,3\n1,2,3,4\n');
    expect(result.problems).toEqual([
      { line: 2, code: 'columnCount', expected: 3, found: 2 },
      { line: 4, code: 'columnCount', expected: 3, found: 4 },
    ]);
    expect(cells(result)).toEqual([['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4']]);
  });

  it('ignores empty trailing columns that spreadsheets export', () => {
    const result = parseCsv('a,b,c,,\n1,2,3,,\n4,5,6\n7,8,9, \n');
    expect(result.headers).toEqual(['a', 'b', 'c']);
    expect(cells(result)).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    expect(result.problems).toEqual([]);
  });

  it('reports an unterminated quote on its line and reads on from the next line', () => {
    const result = parseCsv('a,b\n1,2\n3,"Tehran\n4,5\n\n6,7\n');
    expect(result.problems).toEqual([{ line: 3, code: 'unterminatedQuote' }]);
    expect(result.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['4', '5'] },
      { line: 6, cells: ['6', '7'] },
    ]);
  });

  it('reports an unterminated quote on the last line', () => {
    const result = parseCsv('a,b\n1,2\n3,"x');
    expect(result.problems).toEqual([{ line: 3, code: 'unterminatedQuote' }]);
    expect(lines(result)).toEqual([2]);
  });

  it('reports text after a closing quote as a malformed quote', () => {
    const result = parseCsv('a,b\n"12" inch,x\n1,2\n');
    expect(result.problems).toEqual([{ line: 2, code: 'malformedQuote' }]);
    expect(result.rows).toEqual([{ line: 3, cells: ['1', '2'] }]);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(cells(parseCsv('a,b\n12" monitor,x\n'))).toEqual([['12" monitor', 'x']]);
  });

  it.each([
    ['an empty file', ''],
    ['only a BOM', '\uFEFF'],
    ['only blank lines', '\n \r\n\t\n'],
  ])('gives no headers and no rows for %s', (_name, text) => {
    expect(parseCsv(text)).toEqual({ headers: [], rows: [], delimiter: ',', problems: [] });
  });

  it('gives the headers of a file that has no data rows', () => {
    expect(parseCsv('نام;تلفن')).toEqual({ headers: ['نام', 'تلفن'], rows: [], delimiter: ';', problems: [] });
  });

  it('gives the same rows and lines whatever the batch size', () => {
    const text = 'a,b\n1,"x\ny"\n\n2,3\n4,"5\n6"\n7,8,9\n\n10,11';
    const whole = parseCsv(text);
    for (const batchRows of [1, 2, 3, 100]) expect(parseCsv(text, { batchRows })).toEqual(whole);
  });

  it('finds the right rows and lines in generated files', () => {
    // Cells full of delimiters, quotes and newlines, random blank lines, LF or CRLF.
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const pieces = ['a', 'سارا', ',', ';', '"', '\n', ' ', '۱۲', '،', 'x"y'];
    const newlines = (text: string) => text.split('\n').length - 1;
    for (let file = 0; file < 40; file++) {
      const width = 1 + Math.floor(random() * 4);
      const out = [Array.from({ length: width }, (_, i) => `h${i}`).join(',')];
      const expected: { line: number; cells: string[] }[] = [];
      let line = 2;
      for (let r = Math.floor(random() * 8); r > 0; r--) {
        while (random() < 0.2) { out.push(''); line++; }
        const row = Array.from({ length: width }, () => Array.from({ length: Math.floor(random() * 4) }, () => pick(pieces)).join(''));
        if (row.some((c) => c.trim() !== '')) expected.push({ line, cells: row });
        out.push(row.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
        line += 1 + newlines(row.join(''));
      }
      const lf = out.join('\n');
      const text = random() < 0.5 ? lf : lf.replaceAll('\n', '\r\n');
      const result = parseCsv(text, { delimiter: ',', batchRows: 1 + Math.floor(random() * 3) });
      expect(result.problems, text).toEqual([]);
      expect(result.rows, text).toEqual(expected);
    }
  });
});

describe('parsing a large file', () => {
  const ROWS = 50_000;
  const big = (() => {
    const out = ['نام,نام خانوادگی,شرکت,تلفن,توضیحات'];
    for (let i = 0; i < ROWS; i++) out.push(`سارا${i},رحیمی,"پارس ${i}, سهامی",۰۹۱۲${i},"خط اول\nخط دوم"`);
    return out.join('\r\n');
  })();

  const expectMonotonic = (progress: CsvProgress[]) => {
    expect(progress.length).toBeGreaterThan(10);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.readChars).toBeGreaterThan(progress[i - 1]!.readChars);
      expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
    }
    const last = progress.at(-1)!;
    expect(last.readChars).toBe(last.totalChars);
    expect(last.rows).toBe(ROWS);
  };

  it('reads 50,000 rows and reports progress that only grows', () => {
    const progress: CsvProgress[] = [];
    const result = parseCsv(big, { onProgress: (p) => progress.push(p) });
    expect(result.rows).toHaveLength(ROWS);
    expect(result.problems).toEqual([]);
    expect(result.rows.at(-1)).toEqual({
      line: 2 * ROWS, cells: [`سارا${ROWS - 1}`, 'رحیمی', `پارس ${ROWS - 1}, سهامی`, `۰۹۱۲${ROWS - 1}`, 'خط اول\nخط دوم'],
    });
    expectMonotonic(progress);
  });

  it('yields to the event loop between batches when parsed asynchronously', async () => {
    const progress: CsvProgress[] = [];
    let yields = 0;
    const result = await parseCsvAsync(big, {
      batchRows: 5000,
      onProgress: (p) => progress.push(p),
      yieldToUi: async () => { yields++; },
    });
    expect(result.rows).toHaveLength(ROWS);
    expect(yields).toBe(progress.length);
    expectMonotonic(progress);
  });

  it('lets the caller drive the batches', () => {
    const reading = readCsvInBatches(big, { batchRows: 10_000 });
    let batches = 0;
    let step = reading.next();
    for (; !step.done; step = reading.next()) batches++;
    expect(batches).toBeGreaterThanOrEqual(5);
    expect(step.value.rows).toHaveLength(ROWS);
  });

  it('stops when the import is cancelled', async () => {
    const controller = new AbortController();
    const parsing = parseCsvAsync(big, {
      batchRows: 1000,
      onProgress: (p) => { if (p.rows > 3000) controller.abort(new Error('closed')); },
      signal: controller.signal,
    });
    await expect(parsing).rejects.toThrow('closed');
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['  نام خانوادگی  ', 'نام خانوادگی'],
    ['نام‌خانوادگی', 'نام خانوادگی'],
    ['نام   خانوادگي', 'نام خانوادگی'],
    ['كد پستي', 'کد پستی'],
    ['First  Name', 'first name'],
    ['E-MAIL', 'e mail'],
    ['تلفن ۲', 'تلفن 2'],
    ['تلفن ٣', 'تلفن 3'],
    ['شماره_تماس:', 'شماره تماس'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('suggestMapping', () => {
  it('maps Persian headers, «نام» not stealing «نام خانوادگی» or «نام شرکت» whatever the order', () => {
    const headers = ['نام خانوادگی', 'نام شرکت', 'نام', 'شماره تماس', 'ایمیل', 'شهر', 'توضیحات'];
    expect(suggestMapping(headers, LEAD_IMPORT_FIELDS)).toEqual({
      0: 'lastName', 1: 'companyName', 2: 'firstName', 3: 'phone', 4: 'email', 5: 'city', 6: 'notes',
    });
  });

  it('maps English headers regardless of case, spacing and hyphens', () => {
    const headers = ['First Name', 'SURNAME', 'Organization', 'Job Title', 'Mobile', 'E-mail', 'Estimated Value', 'Currency', 'Lead Source', 'Channel'];
    expect(suggestMapping(headers, LEAD_IMPORT_FIELDS)).toEqual({
      0: 'firstName', 1: 'lastName', 2: 'companyName', 3: 'jobTitle', 4: 'phone', 5: 'email',
      6: 'estimatedValue', 7: 'currency', 8: 'source', 9: 'channel',
    });
  });

  it('matches headers typed on an Arabic keyboard or with ZWNJ', () => {
    expect(suggestMapping(['نام‌خانوادگي', 'شرکت', 'تلفن همراه', 'ايميل'], LEAD_IMPORT_FIELDS)).toEqual({
      0: 'lastName', 1: 'companyName', 2: 'phone', 3: 'email',
    });
  });

  it('maps «نام و نام خانوادگی» to the full name', () => {
    expect(suggestMapping(['نام و نام خانوادگی', 'موبایل'], LEAD_IMPORT_FIELDS)).toEqual({ 0: 'fullName', 1: 'phone' });
  });

  it('uses a contained alias when nothing matches exactly, the longest alias winning', () => {
    const headers = ['نام شرکت مشتری', 'شماره تلفن همراه مشتری', 'ایمیل کاری', 'Company Name'];
    expect(suggestMapping(headers, LEAD_IMPORT_FIELDS)).toEqual({ 0: 'companyName', 1: 'phone', 2: 'email', 3: null });
  });

  it('does not fall back to a weaker alias when a column’s best field is taken', () => {
    // «Company Name» is about the company, not a person's name.
    expect(suggestMapping(['Company', 'Company Name'], LEAD_IMPORT_FIELDS)).toEqual({ 0: 'companyName', 1: null });
    expect(suggestMapping(['Home Phone', 'Mobile Phone', 'Contact Name'], LEAD_IMPORT_FIELDS)).toEqual({
      0: null, 1: 'phone', 2: 'fullName',
    });
  });

  it('matches whole words only: «ارز» is not in «ارزش تخمینی», «name» is not in «username»', () => {
    expect(suggestMapping(['ارزش تخمینی', 'ارز', 'username'], LEAD_IMPORT_FIELDS)).toEqual({
      0: 'estimatedValue', 1: 'currency', 2: null,
    });
  });

  it('gives each field to one column only, the exact match first', () => {
    expect(suggestMapping(['تلفن ثابت', 'تلفن همراه', 'ایمیل', 'ایمیل'], LEAD_IMPORT_FIELDS)).toEqual({
      0: null, 1: 'phone', 2: 'email', 3: null,
    });
  });

  it('leaves unknown and empty headers unmapped', () => {
    expect(suggestMapping(['ردیف', '', '   ', 'تاریخ تولد'], LEAD_IMPORT_FIELDS)).toEqual({ 0: null, 1: null, 2: null, 3: null });
  });

  it('works with any field table', () => {
    const fields = { sku: ['کد کالا', 'sku'], qty: ['تعداد', 'quantity'] } as const;
    const mapping: Record<number, 'sku' | 'qty' | null> = suggestMapping(['Quantity', 'کد كالا'], fields);
    expect(mapping).toEqual({ 0: 'qty', 1: 'sku' });
  });
});

describe('cleanCell', () => {
  it('trims spaces and invisible marks at the edges only', () => {
    expect(cleanCell('  \u200F\u200Cسارا\u200Cجان\u200E \t')).toBe('سارا\u200Cجان');
    expect(cleanCell('\u00A0Tehran\uFEFF')).toBe('Tehran');
    expect(cleanCell('line 1\nline 2\n')).toBe('line 1\nline 2');
  });

  it('writes Arabic ي ى ك as Persian ی ک but keeps ئ ة آ', () => {
    expect(cleanCell('علي كريمى')).toBe('علی کریمی');
    expect(cleanCell('مسئول آبادة')).toBe('مسئول آبادة');
  });

  it('converts digits only when asked', () => {
    expect(cleanCell(' ۰۹۱۲ ۱۲۳ ٤٥٦٧ ')).toBe('۰۹۱۲ ۱۲۳ ٤٥٦٧');
    expect(cleanCell(' ۰۹۱۲ ۱۲۳ ٤٥٦٧ ', { asciiDigits: true })).toBe('0912 123 4567');
  });

  it('takes a missing cell as empty', () => {
    const row = parseCsv('a,b,c\n1\n').rows[0]!;
    expect(cleanCell(row.cells[2])).toBe('');
    expect(cleanCell(null)).toBe('');
  });
});
