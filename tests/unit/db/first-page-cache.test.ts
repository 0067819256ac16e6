import { beforeEach, describe, expect, it } from 'vitest';
import { CACHED_ROWS, clearFirstPages, loadFirstPage, saveFirstPage } from '../../../renderer/src/features/records/first-page-cache';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
  keys() { return [...this.map.keys()]; }
}

beforeEach(() => {
  const storage = new MemoryStorage();
  // Object.keys(localStorage) lists stored keys in browsers; mimic it with a proxy.
  (globalThis as { localStorage?: unknown }).localStorage = new Proxy(storage, {
    ownKeys: () => storage.keys(),
    getOwnPropertyDescriptor: (_t, k) => (typeof k === 'string' && storage.getItem(k) !== null ? { enumerable: true, configurable: true, value: storage.getItem(k) } : undefined),
  });
});

const row = (i: number) => ({ id: `id${i}`, title: `نام ${i}`, subtitle: '', phone: '', badge: '', updatedAt: '2026-11-23T10:00:00.000Z' });

describe('first-page cache', () => {
  it('round-trips at most the cached number of rows per view', () => {
    saveFirstPage('contacts:name:{}', Array.from({ length: 50 }, (_, i) => row(i)));
    expect(loadFirstPage('contacts:name:{}')).toHaveLength(CACHED_ROWS);
    expect(loadFirstPage('contacts:updated:{}')).toEqual([]);
  });

  it('ignores corrupt or foreign data instead of drawing it', () => {
    localStorage.setItem('peyvand.firstPage.contacts:name:{}', '{not json');
    expect(loadFirstPage('contacts:name:{}')).toEqual([]);
    localStorage.setItem('peyvand.firstPage.contacts:name:{}', JSON.stringify([{ id: 3 }, row(1), null]));
    expect(loadFirstPage('contacts:name:{}')).toEqual([row(1)]);
  });

  it('can be cleared (e.g. when the local data is wiped), and a save scheduled before cannot write it back', () => {
    saveFirstPage('accounts:name:{}', [row(1)]);
    clearFirstPages();
    expect(loadFirstPage('accounts:name:{}')).toEqual([]);
    saveFirstPage('accounts:name:{}', [row(2)]);
    expect(loadFirstPage('accounts:name:{}')).toEqual([]);
  });
});
