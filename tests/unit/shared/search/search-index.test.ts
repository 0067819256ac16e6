import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchableRecord } from '../../../../shared/search';

function contact(id: string, title: string, extra: Partial<SearchableRecord> = {}): SearchableRecord {
  return { id, kind: 'contact', title, names: [title], phones: [], emails: [], ...extra };
}

function account(id: string, title: string, extra: Partial<SearchableRecord> = {}): SearchableRecord {
  return { id, kind: 'account', title, names: [title], phones: [], emails: [], ...extra };
}

function sample(): SearchIndex {
  const index = new SearchIndex();
  index.upsertMany([
    contact('c1', 'علی کریمی', {
      subtitle: 'مدیر فروش · پارس نوین',
      names: ['علی کریمی', 'پارس نوین'],
      phones: ['+989121234567', '+982188776655'],
      emails: ['Ali.Karimi@Example.com'],
    }),
    contact('c2', 'مریم احمدی', { names: ['مریم احمدی', 'کریمی و شرکا'], phones: ['+989351112233'], emails: ['maryam@pars.ir'] }),
    contact('c3', 'محمدرضا علی‌پور', { phones: ['+14155552671'], emails: ['mr.alipour@gmail.com'] }),
    account('a1', 'پارس نوین', { phones: ['+982112345678'], emails: ['info@parsnovin.ir'] }),
    account('a2', 'کریمی و شرکا', { phones: ['+989121234999'] }),
  ]);
  return index;
}

const ids = (index: SearchIndex, query: string, options?: Parameters<SearchIndex['search']>[1]): string[] =>
  index.search(query, options).map((hit) => hit.id);

describe('SearchIndex: names', () => {
  it('finds a Persian name typed on an Arabic keyboard, the last word unfinished', () => {
    expect(ids(sample(), 'علي كر')).toEqual(['c1']);
  });

  it('finds a name however a compound is split (ZWNJ, space, joined)', () => {
    const index = sample();
    expect(ids(index, 'علی‌پور')).toEqual(['c3']);
    expect(ids(index, 'علی پور')).toEqual(['c3']);
    expect(ids(index, 'علیپور')).toEqual(['c3']);
    expect(ids(index, 'محمد رضا')).toEqual(['c3']);
    expect(ids(index, 'محمدرضا علیپ')).toEqual(['c3']);
  });

  it('ranks the display name before other names (company), exact before prefix', () => {
    const index = sample();
    index.upsert(contact('c4', 'رضا کریمیان'));
    const hits = index.search('کریمی');
    // A word of the display name (alphabetical among equals), a word of the company
    // name, then the start of a display-name word.
    expect(hits.map((h) => h.id)).toEqual(['c1', 'a2', 'c2', 'c4']);
    expect(hits.map((h) => h.matched)).toEqual(['name', 'name', 'name', 'name']);
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
    expect(hits[2]!.score).toBeGreaterThan(hits[3]!.score);
    expect(index.search('کریمی و شرکا')[0]?.id).toBe('a2'); // the whole display name first
  });

  it('finds contacts by their company name', () => {
    expect(ids(sample(), 'پارس نو')).toEqual(['a1', 'c1']);
  });

  it('returns the display fields', () => {
    expect(sample().search('علی کریمی')[0]).toEqual({
      id: 'c1',
      kind: 'contact',
      title: 'علی کریمی',
      subtitle: 'مدیر فروش · پارس نوین',
      score: expect.any(Number),
      matched: 'name',
    });
    expect(sample().search('پارس')[0]).not.toHaveProperty('subtitle');
  });

  it('orders equal tiers alphabetically (Persian order) on the page', () => {
    const index = new SearchIndex();
    index.upsertMany([contact('1', 'علی یزدی'), contact('2', 'علی پاکزاد'), contact('3', 'علی گودرزی'), contact('4', 'علی آقایی')]);
    expect(index.search('علی').map((h) => h.title)).toEqual(['علی آقایی', 'علی پاکزاد', 'علی گودرزی', 'علی یزدی']);
  });
});

describe('SearchIndex: phones', () => {
  it.each([
    ['ASCII national', '0912'],
    ['Persian digits', '۰۹۱۲۱۲۳'],
    ['Arabic-Indic digits', '٠٩١٢١٢٣٤'],
    ['+98', '+98912'],
    ['0098', '0098 912 123'],
    ['without trunk 0', '912123'],
    ['formatted', '0912 123 45'],
  ])('finds a mobile by prefix: %s', (_label, query) => {
    const found = sample().search(query);
    expect(found.map((h) => h.id)).toEqual(expect.arrayContaining(['c1']));
    expect(found.find((h) => h.id === 'c1')?.matched).toBe('phone');
  });

  it('ranks the exact number before longer numbers with that prefix', () => {
    const index = sample();
    index.upsert(contact('c9', 'رضا', { phones: ['+98912123456'] })); // shorter, stored as-is
    const hits = index.search('0912123456');
    expect(hits[0]?.id).toBe('c9');
    expect(hits.map((h) => h.id)).toEqual(['c9', 'c1']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('finds landlines and foreign numbers', () => {
    const index = sample();
    expect(ids(index, '021 1234')).toEqual(['a1']);
    expect(ids(index, '021 887')).toEqual(['c1']);
    expect(ids(index, '+1 415')).toEqual(['c3']);
    expect(ids(index, '001415555')).toEqual(['c3']);
    expect(ids(index, '415 555')).toEqual(['c3']);
  });

  it('lists each record once even when several of its keys match', () => {
    expect(ids(sample(), '98912')).toEqual(['c1', 'a2']);
  });

  it('does not search phones for fewer than three digits', () => {
    expect(ids(sample(), '09')).toEqual([]);
  });
});

describe('SearchIndex: emails', () => {
  it('finds an email by prefix, case-insensitively', () => {
    const hits = sample().search('ALI.K');
    expect(hits.map((h) => [h.id, h.matched])).toEqual([['c1', 'email']]);
  });

  it('finds by a prefix that includes the @, with no name hits mixed in', () => {
    expect(ids(sample(), 'info@')).toEqual(['a1']);
    expect(ids(sample(), 'maryam@p')).toEqual(['c2']);
  });

  it('ranks the exact address first', () => {
    const index = sample();
    index.upsert(contact('c8', 'x', { emails: ['info@parsnovin.ir.example'] }));
    expect(ids(index, 'info@parsnovin.ir')).toEqual(['a1', 'c8']);
  });
});

describe('SearchIndex: SKUs', () => {
  const product = (id: string, title: string, sku: string): SearchableRecord =>
    ({ id, kind: 'product', title, names: [title], phones: [], emails: [], skus: [sku] });
  const catalog = () => {
    const index = sample();
    index.upsertMany([product('p1', 'گوشی سامسونگ', 'SM-A54-128'), product('p2', 'گوشی سامسونگ', 'SM-A54-256'), product('p3', 'کابل', 'CBL-1')]);
    return index;
  };

  it('finds an SKU whole or by prefix, whatever the case, separators or digits', () => {
    const index = catalog();
    expect(ids(index, 'sm-a54')).toEqual(['p1', 'p2']);
    expect(ids(index, 'SMA 54')).toEqual(['p1', 'p2']);
    expect(ids(index, 'SMA54 1')).toEqual(['p1']);
    expect(ids(index, 'sm-a۵۴-۲')).toEqual(['p2']);
    expect(index.search('cbl1').map((h) => [h.id, h.matched])).toEqual([['p3', 'sku']]);
    // …but not for other kinds' searches (the pickers), nor in an email being typed.
    expect(ids(index, 'cbl1', { kinds: ['account', 'contact'] })).toEqual([]);
    expect(ids(index, 'cbl1@')).toEqual([]);
  });

  it('ranks the exact SKU first, and never matches its middle or a near miss', () => {
    const index = catalog();
    const hits = index.search('SM-A54-256');
    expect(hits[0]?.id).toBe('p2');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]?.score ?? 0);
    expect(ids(index, 'a54')).toEqual([]);
    expect(ids(index, 'sm-a54-129')).toEqual([]);
  });

  it('forgets an SKU when the product changes or leaves', () => {
    const index = catalog();
    index.upsert(product('p3', 'کابل', 'USB-C'));
    expect(ids(index, 'cbl')).toEqual([]);
    expect(ids(index, 'usbc')).toEqual(['p3']);
    index.remove('p3');
    expect(ids(index, 'usb')).toEqual([]);
  });
});

describe('SearchIndex: options', () => {
  it('limits the hits', () => {
    expect(ids(sample(), 'کری', { limit: 1 })).toHaveLength(1);
    expect(ids(sample(), 'کری', { limit: 0 })).toEqual([]);
  });

  it('filters by kind', () => {
    expect(ids(sample(), 'کریمی', { kinds: ['contact'] })).toEqual(['c1', 'c2']);
    expect(ids(sample(), 'پارس', { kinds: ['account'] })).toEqual(['a1']);
    expect(ids(sample(), '0912', { kinds: ['account'] })).toEqual(['a2']);
  });

  it('returns nothing for a blank query', () => {
    expect(ids(sample(), '   ')).toEqual([]);
  });
});

describe('SearchIndex: changes', () => {
  it('counts records', () => {
    const index = sample();
    expect(index.size).toBe(5);
    expect(index.has('c1')).toBe(true);
    expect(index.has('zz')).toBe(false);
  });

  it('replaces a record on upsert: old name, phone and email are gone', () => {
    const index = sample();
    index.upsert(contact('c1', 'رضا رضایی', { phones: ['+989198887766'], emails: ['reza@x.ir'] }));
    expect(index.size).toBe(5);
    expect(ids(index, 'علی کریمی')).toEqual([]);
    expect(ids(index, '0912123')).toEqual(['a2']);
    expect(ids(index, 'ali.k')).toEqual([]);
    expect(ids(index, 'رضایی')).toEqual(['c1']);
    expect(ids(index, '0919888')).toEqual(['c1']);
    expect(ids(index, 'reza@')).toEqual(['c1']);
  });

  it('removes a record everywhere', () => {
    const index = sample();
    index.remove('c1');
    index.remove('c1'); // twice is harmless
    expect(index.size).toBe(4);
    expect(ids(index, 'علی کریمی')).toEqual([]);
    expect(ids(index, '0912123')).toEqual(['a2']);
    expect(ids(index, 'ali')).toEqual([]);
  });

  it('reuses a removed record’s slot without mixing records up', () => {
    const index = sample();
    index.remove('c2');
    index.upsert(contact('c7', 'سارا نوری', { phones: ['+989351112233'] }));
    expect(ids(index, '0935')).toEqual(['c7']);
    expect(ids(index, 'مریم')).toEqual([]);
  });

  it('applies many upserts between searches (the bulk merge path)', () => {
    const index = sample();
    index.upsertMany(Array.from({ length: 300 }, (_, i) => contact(`n${i}`, `نام ${i}`, { phones: [`+98912${String(5000000 + i)}`] })));
    index.upsertMany(Array.from({ length: 300 }, (_, i) => contact(`n${i}`, `اسم ${i}`, { phones: [`+98913${String(5000000 + i)}`] })));
    expect(index.size).toBe(305);
    expect(ids(index, 'نام')).toEqual([]);
    expect(ids(index, 'اسم 42')).toEqual(['n42']);
    expect(ids(index, '09125000')).toEqual([]);
    expect(ids(index, '09135000042')).toEqual(['n42']);
  });

  it('gives the same results whether changes are flushed early or on search', () => {
    const early = sample();
    early.flush();
    early.flush(); // nothing pending: harmless
    const lazy = sample();
    for (const query of ['علی', '0912', 'ali', 'پارس نو']) expect(ids(early, query)).toEqual(ids(lazy, query));
  });

  it('clears', () => {
    const index = sample();
    index.clear();
    expect(index.size).toBe(0);
    expect(ids(index, 'علی')).toEqual([]);
    index.upsert(contact('x', 'علی'));
    expect(ids(index, 'علی')).toEqual(['x']);
  });
});

describe('SearchIndex as a DuplicateLookup', () => {
  it('finds records by exact E.164 phone, not by prefix', () => {
    const index = sample();
    expect(index.byPhone('+989121234567')).toEqual([{ id: 'c1', kind: 'contact', title: 'علی کریمی' }]);
    expect(index.byPhone('+98912123456')).toEqual([]);
    expect(index.byPhone('')).toEqual([]);
  });

  it('does not confuse a national number with another country’s full number', () => {
    const index = new SearchIndex();
    // The Indian number +91 21234567 has the E.164 digits 9121234567, which is also the
    // national number of the Iranian +98 912 123 4567.
    index.upsert(contact('ir', 'a', { phones: ['+989121234567'] }));
    index.upsert(contact('in', 'b', { phones: ['+919121234567'] }));
    expect(index.byPhone('+919121234567').map((h) => h.id)).toEqual(['in']);
  });

  it('finds records by email, case-insensitively', () => {
    expect(sample().byEmail(' ali.karimi@EXAMPLE.com').map((h) => h.id)).toEqual(['c1']);
    expect(sample().byEmail('ali.karimi@example.co')).toEqual([]);
    expect(sample().byEmail('')).toEqual([]);
  });

  it('finds records of one kind by whole display name, however it is spelled', () => {
    const index = sample();
    expect(index.byNormalizedName('contact', 'علیکریمی').map((h) => h.id)).toEqual(['c1']);
    expect(index.byNormalizedName('contact', 'علي كريمي').map((h) => h.id)).toEqual(['c1']);
    expect(index.byNormalizedName('account', 'علیکریمی')).toEqual([]);
    expect(index.byNormalizedName('contact', 'کریمی')).toEqual([]);
    expect(index.byNormalizedName('account', 'کریمی و شرکا').map((h) => h.id)).toEqual(['a2']);
    expect(index.byNormalizedName('contact', '  ')).toEqual([]);
  });
});
