import { describe, expect, it } from 'vitest';
import { findDuplicates, type DuplicateLookup, type DuplicateLookupHit } from '../../../../shared/duplicates';
import { SearchIndex, type SearchableRecord } from '../../../../shared/search';

function record(id: string, kind: SearchableRecord['kind'], title: string, phones: string[] = [], emails: string[] = []): SearchableRecord {
  return { id, kind, title, names: [title], phones, emails };
}

function existing(): SearchIndex {
  const index = new SearchIndex();
  index.upsertMany([
    record('c1', 'contact', 'علی کریمی', ['+989121234567'], ['ali@example.com']),
    record('c2', 'contact', 'مریم احمدی', ['+989351112233'], ['maryam@example.com']),
    record('c3', 'contact', 'رضا نوری', ['+989121234567']),
    record('c4', 'contact', 'علی‌کریمی', [], ['a.karimi@example.com']),
    record('a1', 'account', 'علی کریمی', ['+982112345678'], ['ali@example.com']),
  ]);
  return index;
}

describe('findDuplicates', () => {
  it('finds the same phone, email or name within the same kind, most reasons first', () => {
    const matches = findDuplicates(
      { kind: 'contact', names: ['علي كريمي'], phones: ['+989121234567'], emails: ['ALI@example.com'] },
      existing(),
    );
    expect(matches).toEqual([
      { id: 'c1', kind: 'contact', title: 'علی کریمی', reasons: ['phone', 'email', 'name'] },
      { id: 'c3', kind: 'contact', title: 'رضا نوری', reasons: ['phone'] },
      { id: 'c4', kind: 'contact', title: 'علی‌کریمی', reasons: ['name'] },
    ]);
  });

  it('never matches across kinds (a contact may share an account’s switchboard)', () => {
    const matches = findDuplicates({ kind: 'account', names: [], phones: ['+989121234567'], emails: [] }, existing());
    expect(matches).toEqual([]);
    expect(findDuplicates({ kind: 'account', names: ['علی کریمی'], phones: [], emails: [] }, existing())).toEqual([
      { id: 'a1', kind: 'account', title: 'علی کریمی', reasons: ['name'] },
    ]);
  });

  it('ignores the record being edited', () => {
    const matches = findDuplicates(
      { kind: 'contact', id: 'c1', names: ['علی کریمی'], phones: ['+989121234567'], emails: ['ali@example.com'] },
      existing(),
    );
    expect(matches.map((m) => m.id)).toEqual(['c3', 'c4']);
  });

  it('needs the whole name, not a part of it', () => {
    expect(findDuplicates({ kind: 'contact', names: ['علی'], phones: [], emails: [] }, existing())).toEqual([]);
    expect(findDuplicates({ kind: 'contact', names: ['علی کریمی زاده'], phones: [], emails: [] }, existing())).toEqual([]);
  });

  it('ranks a phone match before an email match before a name match, then by title in Persian order', () => {
    const index = new SearchIndex();
    index.upsertMany([
      record('n', 'contact', 'سارا', [], []),
      record('e', 'contact', 'زهرا', [], ['x@y.ir']),
      record('p2', 'contact', 'لیلا', ['+989120000000']), // ل is below ک in Unicode, after it in Persian
      record('p1', 'contact', 'کاوه', ['+989120000000']),
    ]);
    const matches = findDuplicates({ kind: 'contact', names: ['سارا'], phones: ['+989120000000'], emails: ['x@y.ir'] }, index);
    expect(matches.map((m) => m.id)).toEqual(['p1', 'p2', 'e', 'n']);
  });

  it('skips empty and repeated values and asks the lookup once per distinct value', () => {
    const calls: string[] = [];
    const lookup: DuplicateLookup = {
      byPhone: (e164) => (calls.push(`phone:${e164}`), []),
      byEmail: (email) => (calls.push(`email:${email}`), []),
      byNormalizedName: (kind, name) => (calls.push(`name:${kind}:${name}`), []),
    };
    findDuplicates(
      { kind: 'contact', names: ['', 'علی کریمی', 'علي‌كريمي', ' '], phones: ['', '+98912', '+98912'], emails: [' '] },
      lookup,
    );
    expect(calls).toEqual(['phone:+98912', 'name:contact:علیکریمی']);
  });

  it('merges the reasons a lookup reports for the same record', () => {
    const hit: DuplicateLookupHit = { id: 'x', kind: 'contact', title: 'X' };
    const lookup: DuplicateLookup = { byPhone: () => [hit], byEmail: () => [hit], byNormalizedName: () => [] };
    expect(findDuplicates({ kind: 'contact', names: [], phones: ['+1', '+2'], emails: ['a@b.cd'] }, lookup)).toEqual([
      { id: 'x', kind: 'contact', title: 'X', reasons: ['phone', 'email'] },
    ]);
  });
});
