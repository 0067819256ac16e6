import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  IPC,
  invokePayloadSchemas,
  menuCommandSchema,
  notificationClickSchema,
  type DesktopApi,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResults,
  type MenuCommand,
} from '../shared/platform/desktop-api';

type RendererIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The object the preload exposes as `window.peyvandDesktop`: one function per IPC
 * channel and nothing else. ipcRenderer itself never crosses the bridge, and payloads
 * are validated here too so mistakes fail early with a clear message (the main process
 * validates again: it does not trust this side).
 */
export function createDesktopApi(ipc: RendererIpc): DesktopApi {
  const invoke = async <C extends InvokeChannel>(channel: C, payload: InvokePayload<C>): Promise<InvokeResults[C]> => {
    const checked = invokePayloadSchemas[channel].parse(payload);
    return (await ipc.invoke(channel, checked)) as InvokeResults[C];
  };

  return {
    getAppInfo: () => invoke(IPC.getAppInfo, undefined),
    secrets: {
      isAvailable: () => invoke(IPC.secretsIsAvailable, undefined),
      get: (key) => invoke(IPC.secretsGet, { key }),
      set: (key, value) => invoke(IPC.secretsSet, { key, value }),
      delete: (key) => invoke(IPC.secretsDelete, { key }),
    },
    openExternal: (url) => invoke(IPC.openExternal, { url }),
    setLanguage: (lang) => invoke(IPC.setLanguage, { lang }),
    notify: (title, body, activityId) => invoke(IPC.notify, activityId === undefined ? { title, body } : { title, body, activityId }),
    exportPdf: (fileName) => invoke(IPC.exportPdf, { fileName }),
    onMenuCommand(callback: (command: MenuCommand) => void) {
      // The IPC event (and its `sender`) stays in the preload; the page gets the command only.
      const listener = (_event: IpcRendererEvent, command: unknown) => {
        const parsed = menuCommandSchema.safeParse(command);
        if (parsed.success) callback(parsed.data);
      };
      ipc.on(IPC.menuCommand, listener);
      return () => {
        ipc.removeListener(IPC.menuCommand, listener);
      };
    },
    onNotificationClick(callback: (activityId: string | null) => void) {
      const listener = (_event: IpcRendererEvent, payload: unknown) => {
        const parsed = notificationClickSchema.safeParse(payload);
        if (parsed.success) callback(parsed.data.activityId);
      };
      ipc.on(IPC.notificationClick, listener);
      return () => {
        ipc.removeListener(IPC.notificationClick, listener);
      };
    },
  };
}
