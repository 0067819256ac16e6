import { secretKeySchema, secretValueSchema } from '../../../shared/platform/desktop-api';
import { toAllowedExternalUrl } from '../../../shared/platform/external-url';
import type { Platform } from './types';

/** The parts of `window` the browser edition uses (injectable, so tests need no DOM). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What a shown notification offers us. */
export interface ShownNotification {
  onclick: ((event: Event) => unknown) | null;
  close(): void;
}

export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): ShownNotification;
}

export interface BrowserEnvironment {
  /** null when storage is blocked (some private modes). */
  storage: KeyValueStorage | null;
  open(url: string, target: string, features: string): unknown;
  Notification: NotificationApi | null;
  version: string;
  /** window.focus(): brings the tab forward when a notification is clicked. */
  focus?(): void;
  /** window.print(): the browser's print dialog, which also saves PDFs. */
  print?(): void;
}

export const SECRET_STORAGE_PREFIX = 'peyvand.secret.';

function checkedKey(key: string): string {
  if (!secretKeySchema.safeParse(key).success) throw new Error(`Invalid secret key "${key}"`);
  return SECRET_STORAGE_PREFIX + key;
}

/**
 * The web edition. Secrets are as safe as a browser allows and no safer: they sit in
 * localStorage, unencrypted, readable by any script of this origin (the CSP is what
 * keeps foreign scripts out) and by anyone with the browser profile. Short-lived tokens
 * and the server's refresh-token rotation limit the damage.
 */
export function createBrowserPlatform(env: BrowserEnvironment, warn: (message: string) => void = console.warn): Platform {
  const requireStorage = (): KeyValueStorage => {
    if (!env.storage) throw new Error('Browser storage is not available');
    return env.storage;
  };

  const clickListeners = new Set<(activityId: string | null) => void>();

  return {
    kind: 'web',
    appInfo: async () => ({ version: env.version, platform: 'web' }),
    secrets: {
      isAvailable: async () => env.storage !== null,
      get: async (key) => requireStorage().getItem(checkedKey(key)),
      set: async (key, value) => {
        const storageKey = checkedKey(key);
        if (!secretValueSchema.safeParse(value).success) throw new Error(`Invalid value for secret "${key}"`);
        requireStorage().setItem(storageKey, value);
      },
      delete: async (key) => requireStorage().removeItem(checkedKey(key)),
    },
    openExternal(url) {
      const href = toAllowedExternalUrl(url);
      if (href === null) {
        warn(`openExternal refused a URL that is not http(s), mailto or tel`);
        return;
      }
      // noopener: the new tab gets no handle on this window; noreferrer: no Referer leak.
      env.open(href, '_blank', 'noopener,noreferrer');
    },
    setLanguage: () => undefined, // no native menu to translate
    onMenuCommand: () => () => undefined,
    // Never asks: a reminder is not a user's action, and browsers ignore (or penalise) such prompts.
    async notify(title, body, options) {
      const api = env.Notification;
      if (!api || api.permission !== 'granted') return;
      const activityId = options?.activityId ?? null;
      const shown = new api(title, activityId ? { body, tag: `activity-${activityId}` } : { body });
      shown.onclick = () => {
        env.focus?.();
        shown.close();
        for (const listener of clickListeners) listener(activityId);
      };
    },
    onNotificationClick(callback) {
      clickListeners.add(callback);
      return () => clickListeners.delete(callback);
    },
    notificationPermission: () => env.Notification?.permission ?? 'unsupported',
    async requestNotificationPermission() {
      const api = env.Notification;
      if (!api) return 'unsupported';
      return api.permission === 'default' ? api.requestPermission() : api.permission;
    },
    // A page cannot write files: the print dialog's "Save as PDF" does it, with the same engine.
    async exportPdf() {
      if (!env.print) throw new Error('Printing is not available');
      env.print();
      return 'printDialog';
    },
  };
}

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage; // throws when storage is disabled
  } catch {
    return null;
  }
}

export function currentBrowserEnvironment(version: string): BrowserEnvironment {
  return {
    storage: localStorageOrNull(),
    open: (url, target, features) => window.open(url, target, features),
    Notification: typeof Notification === 'undefined' ? null : Notification,
    version,
    print: () => window.print(),
    focus: () => window.focus(),
  };
}
