// A namespace import (electron/ does the same) lets esbuild drop zod's locales, which
// the named `z` export drags into the preload and main bundles (740 KiB instead of 170).
import * as z from 'zod';
import type { Language } from '../preferences';
import { MAX_EXTERNAL_URL_LENGTH } from './external-url';

/**
 * The contract between the Electron preload (which exposes it on `window.peyvandDesktop`)
 * and the main process (which serves it over IPC). Both sides validate every payload
 * with the schemas below; the renderer is treated as untrusted by the main process.
 */

// ---- Menu commands (main → renderer) -------------------------------------------------

export const MENU_COMMANDS = ['newContact', 'newAccount', 'quickSearch', 'openSettings', 'showAbout'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/**
 * Keyboard shortcut of each command, one source for both editions: the desktop menu
 * turns it into an accelerator, the web edition binds it itself (it has no menu).
 * `mod` is Cmd on macOS and Ctrl elsewhere.
 */
export const MENU_SHORTCUTS: Record<MenuCommand, { key: string; shift?: boolean } | null> = {
  newContact: { key: 'N' },
  newAccount: { key: 'N', shift: true },
  quickSearch: { key: 'K' },
  openSettings: { key: ',' },
  showAbout: null,
};

// ---- Secrets ---------------------------------------------------------------------------

/**
 * Secret names are `<namespace>.<name>`; only these namespaces exist, so a compromised
 * renderer cannot use the store as a general-purpose disk (sizes are capped too).
 */
export const SECRET_NAMESPACES = ['sync', 'auth'] as const;
export type SecretKey = `${(typeof SECRET_NAMESPACES)[number]}.${string}`;
export const SECRET_KEY_PATTERN = new RegExp(`^(${SECRET_NAMESPACES.join('|')})\\.[A-Za-z0-9_-]{1,64}$`);
/** Room for a few JWTs; far below anything that would bloat the secrets file. */
export const MAX_SECRET_VALUE_LENGTH = 16 * 1024;

export const secretKeySchema = z.string().regex(SECRET_KEY_PATTERN);
export const secretValueSchema = z.string().max(MAX_SECRET_VALUE_LENGTH);

/**
 * The main process refuses to store secrets when the OS offers no real encryption
 * (no keychain, or Linux without a keyring): this code is in the error message so the
 * renderer can tell the user instead of keeping tokens in plaintext.
 */
export const SECRETS_UNAVAILABLE = 'SECRETS_UNAVAILABLE';

export function isSecretsUnavailableError(error: unknown): boolean {
  return error instanceof Error && error.message.includes(SECRETS_UNAVAILABLE);
}

// ---- Other payloads --------------------------------------------------------------------

export const languageSchema = z.enum(['fa', 'en']) satisfies z.ZodType<Language>;
export const MAX_NOTIFICATION_TITLE_LENGTH = 200;
export const MAX_NOTIFICATION_BODY_LENGTH = 2000;
/** A notification may name the activity it reminds of (a record id); clicking it opens that activity. */
export const notificationActivityIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Main → renderer when a notification is clicked; null when it was not about one activity (a summary). */
export const notificationClickSchema = z.strictObject({ activityId: notificationActivityIdSchema.nullable() });
export type NotificationClick = z.infer<typeof notificationClickSchema>;

// ---- PDF export --------------------------------------------------------------------------

/** Long enough for any document title; keeps giant strings away from the save dialog. */
export const MAX_PDF_FILE_NAME_LENGTH = 200;

/**
 * A suggested file name, not a path: no folder separators, no control or bidi-override
 * characters (which could disguise the extension), none of the characters Windows refuses,
 * ending in .pdf. The user picks the folder in the save dialog.
 */
export const pdfFileNameSchema = z
  .string()
  .min(5)
  .max(MAX_PDF_FILE_NAME_LENGTH)
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  .regex(/^[^\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]+\.pdf$/i)
  .refine((name) => !/^\.+$/.test(name.slice(0, -4)) && name.trim() === name, { message: 'not a file name' });

/** 'saved' after writing the file; 'cancelled' when the user closed the save dialog. */
export type PdfExportResult = { status: 'saved' } | { status: 'cancelled' };

export interface AppInfo {
  version: string;
  /** `process.platform` on the desktop (darwin, win32, linux), `web` in a browser. */
  platform: string;
}

// ---- IPC channels and their payloads ----------------------------------------------------

export const IPC = {
  getAppInfo: 'peyvand:app:info',
  setLanguage: 'peyvand:app:set-language',
  secretsIsAvailable: 'peyvand:secrets:is-available',
  secretsGet: 'peyvand:secrets:get',
  secretsSet: 'peyvand:secrets:set',
  secretsDelete: 'peyvand:secrets:delete',
  openExternal: 'peyvand:shell:open-external',
  notify: 'peyvand:notify',
  /** The page as shown now, printed to a PDF file the user names. */
  exportPdf: 'peyvand:print:export-pdf',
  /** Main → renderer (not invoke channels): menu commands and notification clicks. */
  menuCommand: 'peyvand:menu:command',
  notificationClick: 'peyvand:notify:click',
} as const;

/** One payload schema per invoke channel; strict objects reject unknown fields. */
export const invokePayloadSchemas = {
  [IPC.getAppInfo]: z.undefined(),
  [IPC.setLanguage]: z.strictObject({ lang: languageSchema }),
  [IPC.secretsIsAvailable]: z.undefined(),
  [IPC.secretsGet]: z.strictObject({ key: secretKeySchema }),
  [IPC.secretsSet]: z.strictObject({ key: secretKeySchema, value: secretValueSchema }),
  [IPC.secretsDelete]: z.strictObject({ key: secretKeySchema }),
  [IPC.openExternal]: z.strictObject({ url: z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH) }),
  [IPC.notify]: z.strictObject({
    title: z.string().min(1).max(MAX_NOTIFICATION_TITLE_LENGTH),
    body: z.string().max(MAX_NOTIFICATION_BODY_LENGTH),
    activityId: notificationActivityIdSchema.optional(),
  }),
  [IPC.exportPdf]: z.strictObject({ fileName: pdfFileNameSchema }),
} as const;

export type InvokeChannel = keyof typeof invokePayloadSchemas;
export type InvokePayload<C extends InvokeChannel> = z.infer<(typeof invokePayloadSchemas)[C]>;

export interface InvokeResults {
  [IPC.getAppInfo]: AppInfo;
  [IPC.setLanguage]: void;
  [IPC.secretsIsAvailable]: boolean;
  [IPC.secretsGet]: string | null;
  [IPC.secretsSet]: void;
  [IPC.secretsDelete]: void;
  [IPC.openExternal]: void;
  [IPC.notify]: void;
  [IPC.exportPdf]: PdfExportResult;
}

export const INVOKE_CHANNELS = Object.keys(invokePayloadSchemas) as InvokeChannel[];

// ---- What the preload exposes ------------------------------------------------------------

export const DESKTOP_API_GLOBAL = 'peyvandDesktop';

export interface DesktopSecrets {
  /** False when the OS offers no encryption; `set` then rejects with SECRETS_UNAVAILABLE. */
  isAvailable(): Promise<boolean>;
  get(key: SecretKey): Promise<string | null>;
  set(key: SecretKey, value: string): Promise<void>;
  delete(key: SecretKey): Promise<void>;
}

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  secrets: DesktopSecrets;
  /** Opens http(s)/mailto/tel URLs with the OS; anything else rejects. */
  openExternal(url: string): Promise<void>;
  /** Rebuilds the native menu in this language and remembers it for the next start. */
  setLanguage(lang: Language): Promise<void>;
  /** Returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** A desktop notification; clicking it focuses the app window (and reports `activityId`, if given). */
  notify(title: string, body: string, activityId?: string): Promise<void>;
  /** Clicks on this app's notifications; returns the unsubscribe function. */
  onNotificationClick(callback: (activityId: string | null) => void): () => void;
  /**
   * Prints the page as it is now (print CSS, A4) to a PDF, after a save dialog that
   * suggests `fileName` (a name, not a path).
   */
  exportPdf(fileName: string): Promise<PdfExportResult>;
}
