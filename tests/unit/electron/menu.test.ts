import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import enMenu from '../../../locales/en/menu.json';
import faMenu from '../../../locales/fa/menu.json';
import { acceleratorFor, buildMenuTemplate } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/platform/desktop-api';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

const build = (overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ language: 'fa', isMac: false, isDev: false, send, ...overrides });
  return { template, items: flatten(template), send };
};

describe('application menu', () => {
  it('has the same keys in fa and en, all non-empty', () => {
    expect(keyPaths(faMenu).sort()).toEqual(keyPaths(enMenu).sort());
    for (const labels of [faMenu, enMenu]) {
      for (const path of keyPaths(labels)) {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], labels);
        expect(typeof value === 'string' && value.trim().length > 0, path).toBe(true);
      }
    }
  });

  it('uses Persian labels for fa', () => {
    const { template, items } = build({ language: 'fa' });
    expect(template.map((item) => item.label)).toEqual(['پرونده', 'ویرایش', 'نما', 'راهنما']);
    expect(items.find((item) => item.id === 'newContact')?.label).toBe('مخاطب جدید');
    expect(items.find((item) => item.role === 'copy')?.label).toBe('رونوشت');
    // Every visible item has a label of our own: Electron's role defaults are English.
    for (const item of items) if (item.type !== 'separator') expect(item.label, item.role ?? item.id).toBeTruthy();
  });

  it('uses English labels for en', () => {
    const { template, items } = build({ language: 'en' });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(items.find((item) => item.id === 'newAccount')?.label).toBe('New Account');
  });

  it('sends each command to the renderer when clicked', () => {
    const { items, send } = build();
    const commandItems = items.filter((item) => item.id !== undefined);
    expect(new Set(commandItems.map((item) => item.id))).toEqual(new Set(MENU_COMMANDS));
    for (const item of commandItems) (item.click as () => void)();
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('gives commands their shared shortcuts', () => {
    expect(acceleratorFor('newContact')).toBe('CmdOrCtrl+N');
    expect(acceleratorFor('newAccount')).toBe('CmdOrCtrl+Shift+N');
    expect(acceleratorFor('quickSearch')).toBe('CmdOrCtrl+K');
    expect(acceleratorFor('openSettings')).toBe('CmdOrCtrl+,');
    expect(acceleratorFor('showAbout')).toBeUndefined();
    expect(build().items.find((item) => item.id === 'quickSearch')?.accelerator).toBe('CmdOrCtrl+K');
  });

  it('offers reload and DevTools only in development', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    expect(build({ isDev: false }).items.filter((item) => devRoles.includes(item.role ?? ''))).toEqual([]);
    expect(build({ isDev: true }).items.filter((item) => devRoles.includes(item.role ?? '')).map((item) => item.role)).toEqual(devRoles);
  });

  it('keeps the macOS app menu first, with About and Settings there', () => {
    const { template } = build({ isMac: true, language: 'fa' });
    expect(template[0]?.label).toBe('پیوند');
    const appItems = flatten([template[0]!]);
    expect(appItems.map((item) => item.id ?? item.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['showAbout', 'openSettings', 'services', 'hide', 'quit']),
    );
    expect(template.at(-1)?.role).toBe('window');
    expect(template.some((item) => item.label === 'راهنما')).toBe(false);
  });

  it('has quit in the File menu elsewhere', () => {
    const file = flatten([build({ isMac: false }).template[0]!]);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });
});
