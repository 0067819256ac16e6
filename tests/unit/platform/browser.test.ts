import { describe, expect, it, vi } from 'vitest';
import { SECRET_STORAGE_PREFIX, createBrowserPlatform, type BrowserEnvironment, type NotificationApi } from '../../../renderer/src/platform/browser';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

function fakeNotification(initial: NotificationPermission, answer: NotificationPermission = initial) {
  const shown: { title: string; options?: NotificationOptions }[] = [];
  const instances: { onclick: ((event: Event) => unknown) | null; close: ReturnType<typeof vi.fn> }[] = [];
  const Fake = class {
    static permission = initial;
    static requestPermission = vi.fn(async () => {
      Fake.permission = answer;
      return answer;
    });
    onclick: ((event: Event) => unknown) | null = null;
    close = vi.fn();
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options });
      instances.push(this);
    }
  };
  return { api: Fake as unknown as NotificationApi & { requestPermission: ReturnType<typeof vi.fn> }, shown, instances };
}

function setup(overrides: Partial<BrowserEnvironment> = {}) {
  const storage = fakeStorage();
  const open = vi.fn();
  const warn = vi.fn();
  const env: BrowserEnvironment = { storage, open, Notification: null, version: '0.1.0', ...overrides };
  return { platform: createBrowserPlatform(env, warn), storage, open, warn };
}

describe('browser platform', () => {
  it('is the web edition', async () => {
    const { platform } = setup();
    expect(platform.kind).toBe('web');
    expect(await platform.appInfo()).toEqual({ version: '0.1.0', platform: 'web' });
  });

  it('opens only allowed URLs, in a new tab without opener or referrer', () => {
    const { platform, open, warn } = setup();
    platform.openExternal('https://example.com/x');
    platform.openExternal('mailto:a@example.com');
    platform.openExternal('tel:+989121234567');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x', 'peyvand://x']) platform.openExternal(url);
    expect(open.mock.calls).toEqual([
      ['https://example.com/x', '_blank', 'noopener,noreferrer'],
      ['mailto:a@example.com', '_blank', 'noopener,noreferrer'],
      ['tel:+989121234567', '_blank', 'noopener,noreferrer'],
    ]);
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('round-trips secrets through storage under a prefix', async () => {
    const { platform, storage } = setup();
    expect(await platform.secrets.isAvailable()).toBe(true);
    expect(await platform.secrets.get('sync.refreshToken')).toBeNull();
    await platform.secrets.set('sync.refreshToken', 'tok-۱۲۳');
    expect(await platform.secrets.get('sync.refreshToken')).toBe('tok-۱۲۳');
    expect([...storage.data.keys()]).toEqual([`${SECRET_STORAGE_PREFIX}sync.refreshToken`]);
    await platform.secrets.delete('sync.refreshToken');
    expect(await platform.secrets.get('sync.refreshToken')).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('validates secret keys and values like the desktop does', async () => {
    const { platform, storage } = setup();
    await expect(platform.secrets.set('other.token' as never, 'x')).rejects.toThrow(/Invalid secret key/);
    await expect(platform.secrets.get('sync.a/b')).rejects.toThrow(/Invalid secret key/);
    await expect(platform.secrets.set('sync.token', 'x'.repeat(20_000))).rejects.toThrow(/Invalid value/);
    expect(storage.data.size).toBe(0);
  });

  it('reports secrets unavailable when storage is blocked', async () => {
    const { platform } = setup({ storage: null });
    expect(await platform.secrets.isAvailable()).toBe(false);
    await expect(platform.secrets.set('sync.token', 'x')).rejects.toThrow(/not available/);
  });

  it('has no menu: subscribing is a no-op with a callable unsubscribe; setLanguage does nothing', () => {
    const { platform } = setup();
    const callback = vi.fn();
    const unsubscribe = platform.onMenuCommand(callback);
    expect(() => unsubscribe()).not.toThrow();
    expect(() => platform.setLanguage('en')).not.toThrow();
    expect(callback).not.toHaveBeenCalled();
  });

  it('shows notifications only when already granted, and never asks by itself', async () => {
    const granted = fakeNotification('granted');
    await setup({ Notification: granted.api }).platform.notify('یادآوری', 'تماس');
    expect(granted.shown).toEqual([{ title: 'یادآوری', options: { body: 'تماس' } }]);

    // A reminder firing is not a user's action: no prompt, nothing shown.
    const undecided = fakeNotification('default', 'granted');
    await setup({ Notification: undecided.api }).platform.notify('t', 'b');
    expect(undecided.api.requestPermission).not.toHaveBeenCalled();
    expect(undecided.shown).toEqual([]);

    const denied = fakeNotification('denied');
    await setup({ Notification: denied.api }).platform.notify('t', 'b');
    expect(denied.shown).toEqual([]);

    await expect(setup({ Notification: null }).platform.notify('t', 'b')).resolves.toBeUndefined();
  });

  it('asks for permission only when told to (a user action), and reports the state', async () => {
    const undecided = fakeNotification('default', 'granted');
    const { platform } = setup({ Notification: undecided.api });
    expect(platform.notificationPermission()).toBe('default');
    expect(await platform.requestNotificationPermission()).toBe('granted');
    expect(undecided.api.requestPermission).toHaveBeenCalledOnce();
    expect(platform.notificationPermission()).toBe('granted');
    // Already decided: no second prompt.
    expect(await platform.requestNotificationPermission()).toBe('granted');
    expect(undecided.api.requestPermission).toHaveBeenCalledOnce();

    const none = setup({ Notification: null }).platform;
    expect(none.notificationPermission()).toBe('unsupported');
    expect(await none.requestNotificationPermission()).toBe('unsupported');
  });

  it('a click on a reminder focuses the tab, closes it and reports its activity', async () => {
    const granted = fakeNotification('granted');
    const focus = vi.fn();
    const { platform } = setup({ Notification: granted.api, focus });
    const clicks: (string | null)[] = [];
    const unsubscribe = platform.onNotificationClick((id) => clicks.push(id));
    await platform.notify('جلسه با آقای رضایی', 'ساعت ۱۰', { activityId: 'act-1' });
    await platform.notify('۳ یادآوری', 'خلاصه');
    expect(granted.shown[0]!.options).toEqual({ body: 'ساعت ۱۰', tag: 'activity-act-1' });
    granted.instances[0]!.onclick!(new Event('click'));
    granted.instances[1]!.onclick!(new Event('click'));
    expect(clicks).toEqual(['act-1', null]);
    expect(focus).toHaveBeenCalledTimes(2);
    expect(granted.instances[0]!.close).toHaveBeenCalled();
    unsubscribe();
    granted.instances[0]!.onclick!(new Event('click'));
    expect(clicks).toHaveLength(2);
  });

  it('exports a PDF through the print dialog (the user picks "Save as PDF")', async () => {
    const print = vi.fn();
    expect(await setup({ print }).platform.exportPdf('پیش‌فاکتور P-7KQ3M9XD-1.pdf')).toBe('printDialog');
    expect(print).toHaveBeenCalledOnce();
    await expect(setup().platform.exportPdf('x.pdf')).rejects.toThrow(/not available/);
  });
});
