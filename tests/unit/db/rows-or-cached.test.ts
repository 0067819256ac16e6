// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordRowModel } from '../../../renderer/src/features/records/RecordRow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = (id: string, title: string): RecordRowModel => ({ id, title, subtitle: '', phone: '', badge: '', updatedAt: '2026-12-02T10:00:00.000Z' });

/** The modules as a new page load has them (which lists showed live rows is per page). */
async function freshPage() {
  vi.resetModules();
  const cache = await import('../../../renderer/src/features/records/first-page-cache');
  const { useRowsOrCached } = await import('../../../renderer/src/features/records/use-first-page-cache');
  const shown = (viewKey: string, rows: RecordRowModel[], loading: boolean) => {
    let out = { titles: [] as string[], cached: false };
    function Probe() {
      const r = useRowsOrCached(viewKey, rows, loading);
      out = { titles: r.rows.map((x) => x.title), cached: r.cached };
      return null;
    }
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe)));
    act(() => root.unmount());
    return out;
  };
  return { ...cache, shown };
}

beforeEach(() => localStorage.clear());

describe('a list never blanks while its first live page loads after a start', () => {
  it('draws the rows this view showed last time, marked as cached, until the live ones are in', async () => {
    const page = await freshPage();
    page.saveFirstPage('contacts:name:{}', [row('c1', 'مهسا رضایی'), row('c2', 'نرگس حسینی')]);
    expect(page.shown('contacts:name:{}', [], true)).toEqual({ titles: ['مهسا رضایی', 'نرگس حسینی'], cached: true });
    expect(page.shown('contacts:name:{}', [row('c3', 'علی کریمی')], true)).toEqual({ titles: ['علی کریمی'], cached: false });
  });

  it("an empty list once loaded is empty, not last time's rows; another view has its own cache", async () => {
    const page = await freshPage();
    page.saveFirstPage('contacts:name:{}', [row('c1', 'مهسا رضایی')]);
    expect(page.shown('contacts:name:{}', [], false)).toEqual({ titles: [], cached: false });
    expect(page.shown('contacts:updated:{}', [], true)).toEqual({ titles: [], cached: false });
  });

  it('once the list showed live rows, a later sort or filter waits for its own rows instead of an old page', async () => {
    const page = await freshPage();
    page.saveFirstPage('contacts:updated:{}', [row('c9', 'صفحهٔ قدیمی')]);
    page.shown('contacts:name:{}', [row('c1', 'مهسا رضایی')], false);
    expect(page.shown('contacts:updated:{}', [], true)).toEqual({ titles: [], cached: false });
    // Other lists keep theirs.
    page.saveFirstPage('accounts:name:{}', [row('a1', 'بازرگانی پارس')]);
    expect(page.shown('accounts:name:{}', [], true).cached).toBe(true);
  });
});
