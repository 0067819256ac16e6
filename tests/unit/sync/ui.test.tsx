// @vitest-environment node
import i18next from 'i18next';
import type { ReactNode } from 'react';
import type * as SyncStoreModule from '../../../renderer/src/features/sync/sync-store';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/features/sync/app-sync', () => ({ syncSession: { syncNow: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), currentApi: null } }));
vi.mock('../../../renderer/src/features/sync/use-sync-log', () => ({ useAppDatabaseLater: () => null, useOpenSyncLog: () => [{ id: 'x' }, { id: 'y' }] }));
// Server renders see zustand's initial state only: the store hook reads a test state instead.
const testState = vi.hoisted(() => ({ current: {} as Record<string, unknown> }));
vi.mock('../../../renderer/src/features/sync/sync-store', async (importOriginal) => {
  const real = await importOriginal<typeof SyncStoreModule>();
  testState.current = { ...real.INITIAL_SYNC_STATE };
  const useSyncStore = Object.assign((select?: (s: unknown) => unknown) => (select ? select(testState.current) : testState.current), {
    setState: (patch: Record<string, unknown>) => void Object.assign(testState.current, patch),
  });
  return { ...real, useSyncStore };
});
vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({ appInfo: async () => ({ version: '0', platform: 'web' }) }), isSecretsUnavailableError: () => false }));

import enSync from '../../../locales/en/sync.json';
import faSync from '../../../locales/fa/sync.json';
import { render as renderWidget } from '../ui/render';
import { defaultDeviceName, ServerSettingsCard } from '../../../renderer/src/features/sync/ServerSettingsCard';
import { SyncIndicator } from '../../../renderer/src/features/sync/SyncIndicator';
import { INITIAL_SYNC_STATE, useSyncStore } from '../../../renderer/src/features/sync/sync-store';

const render = (node: ReactNode, language: 'fa' | 'en' = 'fa') =>
  renderWidget(node, language, {}, { fa: { sync: faSync }, en: { sync: enSync } });

const user = { id: 'u1', username: 'sara', displayName: 'سارا احمدی', role: 'rep' as const, teamId: 't1' };
const progress = { active: false, online: true, received: 0, pending: 3, pendingCapped: false, lastSyncAt: null, error: null, resetting: false, initial: null as { received: number; expected: number } | null };
afterEach(() => {
  testState.current = { ...INITIAL_SYNC_STATE };
});

describe('SyncIndicator', () => {
  it('says "this device only" before any sign-in', () => {
    const html = render(<SyncIndicator />);
    expect(html).toContain('data-status="localOnly"');
    expect(html).toContain('فقط این دستگاه');
  });

  it('shows the waiting changes in Persian digits and puts counts in the accessible name', () => {
    useSyncStore.setState({ user, progress, running: true });
    const html = render(<SyncIndicator />);
    expect(html).toContain('data-status="synced"');
    expect(html).toContain('data-testid="sync-pending-badge"');
    expect(html).toContain('۳ در صف ارسال');
    expect(html).toMatch(/aria-label="وضعیت همگام‌سازی: به‌روز\. ۳ تغییر در انتظار ارسال\. ۲ مورد برای بازبینی"/);
    expect(html).toContain('<button');
    // Entries to review are said in words beside the status, not as a bare number.
    expect(html).toMatch(/data-testid="sync-review-badge"[^>]*>(<[^>]+>)*۲ برای بازبینی/);
  });

  it('shows a first sync as a percentage in the header and "n of m" in the details', () => {
    useSyncStore.setState({ user, progress: { ...progress, active: true, pending: 0, initial: { received: 30_000, expected: 120_000 } }, running: true, tooOld: false });
    const html = render(<SyncIndicator />);
    expect(html).toContain('data-status="syncing"');
    expect(html).toMatch(/data-testid="sync-initial-percent"[^>]*>۲۵٪</);
    useSyncStore.setState({ user, progress: { ...progress, active: true, pending: 0, initial: { received: 30_000, expected: 120_000 } }, running: true });
    // English words, the user's digit preference (Persian here) and the Latin percent sign.
    expect(render(<SyncIndicator />, 'en')).toMatch(/data-testid="sync-initial-percent"[^>]*>۲۵%</);
  });

  it('reads offline and update-needed in English', () => {
    useSyncStore.setState({ user, progress: { ...progress, online: false }, running: true });
    expect(render(<SyncIndicator />, 'en')).toContain('Offline');
    useSyncStore.setState({ tooOld: true });
    expect(render(<SyncIndicator />, 'en')).toContain('Update needed');
  });
});

describe('ServerSettingsCard', () => {
  it('asks for the server address (LTR), device name and credentials when signed out', () => {
    const html = render(<ServerSettingsCard />);
    // The input box is an LTR island (Mantine puts `dir` on its wrapper); the label stays RTL.
    expect(html).toMatch(/dir="ltr"><input[^>]*type="url"[^>]*data-testid="server-url"/);
    expect(html).toContain('نشانی سرور');
    expect(html).toContain('data-testid="server-password"');
    expect(html).toContain('data-testid="server-sign-in"');
  });

  it('shows who is signed in, with the revoke notice cleared, and a sign-out button', () => {
    useSyncStore.setState({ user, serverUrl: 'https://crm.example.com', running: true });
    const html = render(<ServerSettingsCard />, 'en');
    expect(html).toContain('Signed in as \u2068سارا احمدی\u2069 (\u2068sara\u2069), sales rep');
    expect(html).toContain('<bdi dir="ltr">https://crm.example.com</bdi>');
    expect(html).toContain('data-testid="server-sign-out"');
  });

  it('explains a revoked device', () => {
    useSyncStore.setState({ notice: 'revoked' });
    expect(render(<ServerSettingsCard />, 'en')).toContain('An administrator disconnected this device');
  });
});

describe('the default device name', () => {
  it('is in the user’s language, as the admin’s device list will show it', async () => {
    for (const [lng, expected] of [['fa', 'پیوند · مرورگر'], ['en', 'Peyvand · Windows']] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ resources: { fa: { sync: faSync }, en: { sync: enSync } }, lng, ns: ['sync'], defaultNS: 'sync', interpolation: { escapeValue: false } });
      const t = (key: string, options?: Record<string, string>) => i18n.t(key, options ?? {});
      expect(defaultDeviceName(lng === 'fa' ? 'web' : 'win32', t)).toBe(expected);
    }
  });
});
