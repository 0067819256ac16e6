// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveFirstPage } from '../../../renderer/src/features/records/first-page-cache';
import type { RecordRowModel } from '../../../renderer/src/features/records/RecordRow';
import { useRowsOrCached } from '../../../renderer/src/features/records/use-first-page-cache';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = (id: string, title: string): RecordRowModel => ({ id, title, subtitle: '', phone: '', badge: '', updatedAt: '2026-12-02T10:00:00.000Z' });

function shown(viewKey: string, rows: RecordRowModel[], loading: boolean): string[] {
  let out: string[] = [];
  function Probe() {
    out = useRowsOrCached(viewKey, rows, loading).map((r) => r.title);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  act(() => root.unmount());
  return out;
}

beforeEach(() => localStorage.clear());

describe('a list never blanks while its first live page loads', () => {
  it('draws the rows this view showed last time until the live ones are in', () => {
    saveFirstPage('contacts:name:{}', [row('c1', 'مهسا رضایی'), row('c2', 'نرگس حسینی')]);
    expect(shown('contacts:name:{}', [], true)).toEqual(['مهسا رضایی', 'نرگس حسینی']);
    expect(shown('contacts:name:{}', [row('c3', 'علی کریمی')], true)).toEqual(['علی کریمی']);
  });

  it('an empty list once loaded is empty, not last time\'s rows; another view has its own cache', () => {
    saveFirstPage('contacts:name:{}', [row('c1', 'مهسا رضایی')]);
    expect(shown('contacts:name:{}', [], false)).toEqual([]);
    expect(shown('contacts:updated:{}', [], true)).toEqual([]);
  });
});
