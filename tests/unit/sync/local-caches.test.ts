// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadScreenSnapshot, saveScreenSnapshot } from '../../../renderer/src/app/screen-snapshot';
import { loadFirstPage, saveFirstPage } from '../../../renderer/src/features/records/first-page-cache';
import { clearLocalCaches } from '../../../renderer/src/features/sync/app-sync';

describe('local caches of record data', () => {
  it('a user switch or a wipe clears the first-page cache and the last screen snapshot', () => {
    const root = document.createElement('div');
    root.innerHTML = '<main data-screen-main=""><div data-testid="contact-row">مهسا رضایی</div></main>';
    saveScreenSnapshot('/contacts', root);
    saveFirstPage('contacts:name:{}', [{ id: 'c1', title: 'مهسا رضایی', subtitle: '', phone: '', badge: '', updatedAt: '2026-12-02T10:00:00.000Z' }]);
    expect(loadScreenSnapshot('/contacts')).not.toBeNull();
    expect(loadFirstPage('contacts:name:{}')).toHaveLength(1);
    clearLocalCaches();
    expect(loadScreenSnapshot('/contacts')).toBeNull();
    expect(loadFirstPage('contacts:name:{}')).toEqual([]);
  });
});
