import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/preferences';

// Every namespace of every language is bundled: the app is offline and the files are small.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json', { eager: true });

function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    resources[lng] ??= {};
    resources[lng][ns] = mod.default;
  }
  return resources;
}

export const NAMESPACES = ['common', 'validation', 'contacts', 'accounts', 'activities', 'settings', 'search', 'dataImport', 'ui', 'sync', 'admin',
  'leads', 'opportunities', 'products', 'quotes', 'calendar', 'salesSettings'] as const;

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: 'fa',
    supportedLngs: ['fa', 'en'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initImmediate: false,
  } as Parameters<typeof i18next.init>[0]);
  applyDocumentLanguage(language);
  return i18next;
}

/** `<html dir>` drives Mantine's DirectionProvider and every logical CSS property. */
export function applyDocumentLanguage(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export { i18next };
