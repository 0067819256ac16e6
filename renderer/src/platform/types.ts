import type { AppInfo, MenuCommand, SecretKey } from '../../../shared/platform/desktop-api';
import type { Language } from '../../../shared/preferences';

export type { AppInfo, MenuCommand, SecretKey };

export interface PlatformSecrets {
  /** Whether secrets can be kept at all (desktop: false without an OS keychain). */
  isAvailable(): Promise<boolean>;
  get(key: SecretKey): Promise<string | null>;
  /** Rejects with a SECRETS_UNAVAILABLE error when they cannot be kept safely. */
  set(key: SecretKey, value: string): Promise<void>;
  delete(key: SecretKey): Promise<void>;
}

/**
 * Everything the renderer may ask of the environment it runs in. The app runs inside
 * Electron ('desktop') and as a plain web page ('web'); nothing else in the renderer
 * knows which.
 */
export interface Platform {
  kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  secrets: PlatformSecrets;
  /** Opens http(s)/mailto/tel links outside the app; other URLs are ignored (and logged). */
  openExternal(url: string): void;
  /** Tells the shell the UI language (the desktop rebuilds its native menu). */
  setLanguage(lang: Language): void;
  /** Native menu commands; the web edition has no menu and never calls back. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /**
   * A system notification (e.g. a reminder); resolves silently when not permitted. With
   * `activityId`, a click on it is reported to onNotificationClick with that id.
   */
  notify(title: string, body: string, options?: { activityId?: string }): Promise<void>;
  /** Clicks on the app's notifications (after the app window was brought forward). */
  onNotificationClick(callback: (activityId: string | null) => void): () => void;
  /** Whether notifications may be shown now ('granted' on the desktop). Never prompts. */
  notificationPermission(): NotificationPermissionState;
  /** Asks the user (web edition); call it only from a user's action, never on load. */
  requestNotificationPermission(): Promise<NotificationPermissionState>;
  /**
   * The page as it is now, printed (print CSS) to a PDF. Desktop: a save dialog suggesting
   * `suggestedFileName`, then the file ('saved' or 'cancelled'). Web: the browser's print
   * dialog opens, where the user chooses "Save as PDF" ('printDialog').
   */
  exportPdf(suggestedFileName: string): Promise<PdfExportOutcome>;
}

export type PdfExportOutcome = 'saved' | 'cancelled' | 'printDialog';

/** 'unsupported': no notifications at all here (an old browser, or one without the API). */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';
