import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  INVOKE_CHANNELS,
  IPC,
  invokePayloadSchemas,
  type AppInfo,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResults,
  type PdfExportResult,
} from '../shared/platform/desktop-api';
import { toAllowedExternalUrl } from '../shared/platform/external-url';
import type { Language } from '../shared/preferences';
import { isTrustedAppUrl, type TrustedOrigins } from './app-origin';
import type { SecretStore } from './secret-store';

export interface IpcServices {
  appInfo(): AppInfo;
  secrets: SecretStore;
  /** Receives an href already checked by the allow-list. */
  openExternal(href: string): Promise<void>;
  setLanguage(lang: Language): Promise<void>;
  /** `activityId` comes back to the page when the notification is clicked (null: none). */
  notify(title: string, body: string, activityId: string | null): void;
  /** Receives a validated file name (no folders); prints the main window's page. */
  exportPdf(fileName: string): Promise<PdfExportResult>;
}

export type IpcHandlers = { [C in InvokeChannel]: (payload: unknown) => Promise<InvokeResults[C]> };

export class IpcRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejectedError';
  }
}

/**
 * Parses a payload with its channel's schema. The error names the offending fields but
 * never echoes their values (a rejected secret must not end up in a log).
 */
export function parsePayload<C extends InvokeChannel>(channel: C, payload: unknown): InvokePayload<C> {
  const result = invokePayloadSchemas[channel].safeParse(payload);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => issue.path.join('.') || '(payload)').join(', ');
    throw new IpcRejectedError(`Invalid payload for ${channel}: ${fields}`);
  }
  return result.data as InvokePayload<C>;
}

/** The handlers as plain functions of an untrusted payload, so each is unit-tested. */
export function createIpcHandlers(services: IpcServices): IpcHandlers {
  return {
    [IPC.getAppInfo]: async (payload) => {
      parsePayload(IPC.getAppInfo, payload);
      return services.appInfo();
    },
    [IPC.setLanguage]: async (payload) => {
      const { lang } = parsePayload(IPC.setLanguage, payload);
      await services.setLanguage(lang);
    },
    [IPC.secretsIsAvailable]: async (payload) => {
      parsePayload(IPC.secretsIsAvailable, payload);
      return services.secrets.isAvailable();
    },
    [IPC.secretsGet]: async (payload) => {
      const { key } = parsePayload(IPC.secretsGet, payload);
      return services.secrets.get(key);
    },
    [IPC.secretsSet]: async (payload) => {
      const { key, value } = parsePayload(IPC.secretsSet, payload);
      await services.secrets.set(key, value);
    },
    [IPC.secretsDelete]: async (payload) => {
      const { key } = parsePayload(IPC.secretsDelete, payload);
      await services.secrets.delete(key);
    },
    [IPC.openExternal]: async (payload) => {
      const { url } = parsePayload(IPC.openExternal, payload);
      const href = toAllowedExternalUrl(url);
      if (href === null) throw new IpcRejectedError('openExternal: only http, https, mailto and tel URLs are opened');
      await services.openExternal(href);
    },
    [IPC.notify]: async (payload) => {
      const { title, body, activityId } = parsePayload(IPC.notify, payload);
      services.notify(title, body, activityId ?? null);
    },
    [IPC.exportPdf]: async (payload) => {
      const { fileName } = parsePayload(IPC.exportPdf, payload);
      return services.exportPdf(fileName);
    },
  };
}

/** What we need of an invoke event (Electron's IpcMainInvokeEvent fits). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A message is trusted only if it comes from our main window's WebContents, from its top
 * frame, and that frame shows our app origin (not a page it was somehow navigated to).
 */
export function validateSender(
  event: SenderEvent,
  getMainWebContents: () => WebContents | null,
  trusted: TrustedOrigins,
): boolean {
  const expected = getMainWebContents();
  if (expected === null || event.sender !== expected) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isTrustedAppUrl(frame.url, trusted);
}

/**
 * Registers every handler behind the sender check; returns the unregister function.
 * An untrusted sender gets a rejection and the handler never runs.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel] as (payload: unknown) => Promise<unknown>;
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event)) throw new IpcRejectedError(`Untrusted sender for ${channel}`);
      return handler(payload);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}
