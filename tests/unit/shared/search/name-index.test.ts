import { describe, expect, it } from 'vitest';
import { NameIndex, PREFIX_TITLE_TIER, WHOLE_TITLE_TIER } from '../../../../shared/search/name-index';

const all = (_handle: number): boolean => true;

/** An index over handle → [display name, other names…]. */
function indexOf(records: Array<[string, ...string[]]>): NameIndex {
  const index = new NameIndex();
  records.forEach(([title, ...others], handle) => index.set(handle, title, others));
  return index;
}

/** [handle, tier] pairs; within a tier the index order is unspecified, so sort by handle. */
const search = (index: NameIndex, query: string, limit = 20, accept = all): Array<[number, number]> =>
  index
    .search(query, limit, accept)
    .map(({ handle, tier }): [number, number] => [handle, tier])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);

describe('NameIndex: one word', () => {
  const index = indexOf([
    ['علی کریمی', 'پارس نوین'], // 0
    ['کریم', 'کریمی و شرکا'], // 1
    ['رضا کریمیان'], // 2
    ['مریم احمدی', 'علی‌آباد صنعت'], // 3
    ['کریمی'], // 4
  ]);

  it('ranks the whole display name, then exact words, then prefixes; display name before other names', () => {
    expect(search(index, 'کریمی')).toEqual([
      [4, WHOLE_TITLE_TIER], // the whole display name
      [0, 5], // an exact word of the display name
      [1, 4], // an exact word of another name (company)
      [2, PREFIX_TITLE_TIER], // «کریمیان» starts with it
    ]);
  });

  it('finds a word prefix in display names and in other names', () => {
    expect(search(index, 'کری')).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [4, 3],
    ]);
    expect(search(index, 'پار')).toEqual([[0, 2]]);
  });

  it('finds a name typed without its space or ZWNJ, whole or in part', () => {
    expect(search(index, 'علیکریمی')).toEqual([[0, WHOLE_TITLE_TIER]]);
    expect(search(index, 'علیکر')).toEqual([[0, 3]]);
    expect(search(index, 'رضاکریمیان')).toEqual([[2, WHOLE_TITLE_TIER]]);
    expect(search(index, 'علیاباد')).toEqual([[3, 2]]);
  });

  it('tolerates one typo in words of five letters or more, ranked last', () => {
    expect(search(index, 'کریمو')).toEqual([
      [0, 1],
      [1, 1], // «کریم», one letter short
      [4, 1],
    ]); // not «کریمیان»: two edits away
    expect(search(index, 'کرین')).toEqual([]); // four letters: no typo allowed
  });

  it('stops at the limit, keeping the best tiers', () => {
    expect(search(index, 'کریمی', 2)).toEqual([
      [4, WHOLE_TITLE_TIER],
      [0, 5],
    ]);
    expect(search(index, 'کریمی', 0)).toEqual([]);
  });

  it('filters with accept() and still fills the page', () => {
    const hits = search(index, 'کری', 2, (h) => h !== 0);
    expect(hits).toHaveLength(2);
    expect(hits.every(([h, tier]) => h !== 0 && tier === 3)).toBe(true);
  });

  it('finds nothing for blank or unknown queries', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'ژ')).toEqual([]);
  });
});

describe('NameIndex: several words', () => {
  const index = indexOf([
    ['علی کریمی', 'پارس نوین'], // 0
    ['علی رضایی', 'کرمان خودرو'], // 1
    ['محمد علی‌پور'], // 2
    ['علی کریمیان'], // 3
    ['محمدعلی پور'], // 4
  ]);

  it('needs every word, the last one as a prefix («علي كر» style typing)', () => {
    expect(search(index, 'علی کر')).toEqual([
      [0, 3],
      [3, 3],
      [1, 2], // «کر» only in the company «کرمان خودرو»
    ]);
  });

  it('does not treat earlier words as prefixes', () => {
    expect(search(index, 'عل کریمی')).toEqual([]);
  });

  it('matches words in any order and across the display name and other names', () => {
    // Not «علی کریمیان»: a word before the last must be whole.
    expect(search(index, 'کریمی علی')).toEqual([[0, 5]]);
    expect(search(index, 'علی پارس')).toEqual([[0, 4]]);
  });

  it('puts the whole display name first', () => {
    expect(search(index, 'علی کریمی')[0]).toEqual([0, WHOLE_TITLE_TIER]);
  });

  it('ignores how compound names are split: space, ZWNJ or none', () => {
    const ids = (query: string): number[] => search(index, query).map(([h]) => h).sort();
    expect(ids('محمد علی پور')).toEqual([2, 4]);
    expect(ids('محمدعلی پور')).toEqual([2, 4]);
    expect(ids('محمد علیپور')).toEqual([2, 4]);
    expect(ids('علی پو')).toEqual([2]); // «علی‌پور» read as one compact prefix
  });

  it('finds the best tier even when the page fills up with weaker hits first', () => {
    const many: Array<[string, ...string[]]> = Array.from({ length: 50 }, (_, i) => [`علی کریمی${i}`, `کرج ${i}`]);
    const index = indexOf([...many, ['رضا علی ک']]);
    expect(search(index, 'علی ک', 1)).toEqual([[50, 5]]);
    expect(search(index, 'علی ک', 3).map(([, tier]) => tier)).toEqual([5, 3, 3]);
  });

  it('tolerates a typo in a long non-last word', () => {
    expect(search(index, 'کریمو علی').map(([h]) => h)).toEqual([0]);
  });
});

describe('NameIndex: changes', () => {
  it('replaces a record’s names on set()', () => {
    const index = indexOf([['علی کریمی', 'پارس']]);
    index.set(0, 'رضا احمدی', []);
    expect(search(index, 'علی')).toEqual([]);
    expect(search(index, 'پارس')).toEqual([]);
    expect(search(index, 'احمدی')).toEqual([[0, 5]]);
  });

  it('forgets a deleted record but keeps names other records share', () => {
    const index = indexOf([
      ['علی کریمی', 'پارس نوین'],
      ['رضا احمدی', 'پارس نوین'],
    ]);
    index.delete(0);
    expect(search(index, 'علی')).toEqual([]);
    expect(search(index, 'پارس')).toEqual([[1, 4]]);
    index.delete(0); // twice is harmless
    index.delete(1);
    expect(search(index, 'پارس')).toEqual([]);
  });

  it('drops the typo vocabulary of forgotten words', () => {
    const index = indexOf([['کریمی']]);
    index.delete(0);
    index.set(1, 'احمدی', []);
    expect(search(index, 'کریمو')).toEqual([]);
  });

  it('does not count a name twice when it is both display and other name', () => {
    const index = indexOf([['علی کریمی', 'علي كريمي', 'پارس', 'پارس']]);
    expect(search(index, 'علی')).toEqual([[0, 5]]);
    expect(search(index, 'پارس')).toEqual([[0, 4]]);
    index.delete(0);
    expect(search(index, 'پارس')).toEqual([]);
  });

  it('ignores names without words', () => {
    const index = indexOf([['  ', '-', 'پارس']]);
    expect(search(index, 'پارس')).toEqual([[0, 2 * 2]]);
    expect(index.byTitleCompact('')).toEqual([]);
  });

  it('clears', () => {
    const index = indexOf([['علی']]);
    index.clear();
    expect(search(index, 'علی')).toEqual([]);
  });
});

describe('NameIndex.byTitleCompact', () => {
  it('finds records whose whole display name has this compact form', () => {
    const index = indexOf([['علی کریمی'], ['علی‌کریمی'], ['علی کریمی زاده'], ['رضا', 'علی کریمی']]);
    expect(index.byTitleCompact('علیکریمی')).toEqual([0, 1]);
    expect(index.byTitleCompact('کریمی')).toEqual([]);
  });
});
