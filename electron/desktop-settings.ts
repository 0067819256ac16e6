import * as z from 'zod';
import { languageSchema } from '../shared/platform/desktop-api';
import type { Language } from '../shared/preferences';
import { readJsonFile, writeJsonFile } from './json-file';

/**
 * What the main process itself must remember between starts: the menu language, so
 * the native menu is right before the renderer has loaded its preferences.
 */
export interface DesktopSettings {
  language: Language;
}

const settingsSchema = z.object({ language: languageSchema });

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = { language: 'fa' };

export interface DesktopSettingsStore {
  load(): DesktopSettings;
  save(settings: DesktopSettings): Promise<void>;
}

export function createDesktopSettingsStore(filePath: string): DesktopSettingsStore {
  return {
    load: () => readJsonFile(filePath, settingsSchema) ?? { ...DEFAULT_DESKTOP_SETTINGS },
    save: (settings) => writeJsonFile(filePath, settings),
  };
}
