import type { MenuItemConstructorOptions } from 'electron';
import enMenu from '../locales/en/menu.json';
import faMenu from '../locales/fa/menu.json';
import { MENU_SHORTCUTS, type MenuCommand } from '../shared/platform/desktop-api';
import type { Language } from '../shared/preferences';

export type MenuLabels = typeof enMenu;

export const MENU_LABELS: Record<Language, MenuLabels> = { fa: faMenu, en: enMenu };

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  isDev: boolean;
  /** Delivers a command to the renderer (which owns what it does). */
  send: (command: MenuCommand) => void;
}

export function acceleratorFor(command: MenuCommand): string | undefined {
  const shortcut = MENU_SHORTCUTS[command];
  return shortcut ? `CmdOrCtrl+${shortcut.shift ? 'Shift+' : ''}${shortcut.key}` : undefined;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu as a template (pure, so it is unit-tested). Electron's role items
 * carry English labels of their own, so every item gets its label from
 * locales/{fa,en}/menu.json; the OS lays the bar out right-to-left for Persian.
 */
export function buildMenuTemplate({ language, isMac, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: acceleratorFor(id),
    click: () => send(id),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: l.appName,
    submenu: [
      command('showAbout', l.app.about),
      separator,
      command('openSettings', l.app.settings),
      separator,
      { role: 'services', label: l.app.services },
      separator,
      { role: 'hide', label: l.app.hide },
      { role: 'hideOthers', label: l.app.hideOthers },
      { role: 'unhide', label: l.app.unhide },
      separator,
      { role: 'quit', label: l.app.quit },
    ],
  };

  const macFileEnd: MenuItemConstructorOptions[] = [{ role: 'close', label: l.file.close }];
  const otherFileEnd: MenuItemConstructorOptions[] = [
    command('openSettings', l.file.settings),
    separator,
    { role: 'quit', label: l.file.quit },
  ];
  const fileMenu: MenuItemConstructorOptions = {
    label: l.file.label,
    submenu: [
      command('newContact', l.file.newContact),
      command('newAccount', l.file.newAccount),
      separator,
      ...(isMac ? macFileEnd : otherFileEnd),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: l.edit.label,
    submenu: [
      { role: 'undo', label: l.edit.undo },
      { role: 'redo', label: l.edit.redo },
      separator,
      { role: 'cut', label: l.edit.cut },
      { role: 'copy', label: l.edit.copy },
      { role: 'paste', label: l.edit.paste },
      { role: 'pasteAndMatchStyle', label: l.edit.pasteAndMatchStyle },
      { role: 'delete', label: l.edit.delete },
      { role: 'selectAll', label: l.edit.selectAll },
      separator,
      command('quickSearch', l.edit.quickSearch),
    ],
  };

  // Reloading drops unsaved form state and DevTools are disabled in packaged builds.
  const devViewItems: MenuItemConstructorOptions[] = [
    { role: 'reload', label: l.view.reload },
    { role: 'forceReload', label: l.view.forceReload },
    { role: 'toggleDevTools', label: l.view.toggleDevTools },
    separator,
  ];
  const viewMenu: MenuItemConstructorOptions = {
    label: l.view.label,
    submenu: [
      ...(isDev ? devViewItems : []),
      { role: 'resetZoom', label: l.view.resetZoom },
      { role: 'zoomIn', label: l.view.zoomIn },
      { role: 'zoomOut', label: l.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.view.toggleFullScreen },
    ],
  };

  if (isMac) {
    const windowMenu: MenuItemConstructorOptions = {
      role: 'window',
      label: l.window.label,
      submenu: [
        { role: 'minimize', label: l.window.minimize },
        { role: 'zoom', label: l.window.zoom },
        separator,
        { role: 'front', label: l.window.front },
      ],
    };
    // About lives in the app menu on macOS, as users expect there.
    return [appMenu, fileMenu, editMenu, viewMenu, windowMenu];
  }
  const helpMenu: MenuItemConstructorOptions = {
    label: l.help.label,
    submenu: [command('showAbout', l.help.about)],
  };
  return [fileMenu, editMenu, viewMenu, helpMenu];
}
