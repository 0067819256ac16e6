import { DirectionProvider, MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import enUi from '../../../locales/en/ui.json';
import faUi from '../../../locales/fa/ui.json';
import { DEFAULT_PREFS, type DisplayPrefs, type Language } from '../../../shared/preferences';

/**
 * The prefs the widgets see. zustand serves its initial state to server renders, so the
 * tests mock renderer/src/ui/prefs with `useDisplayPrefs: () => testPrefs.current`.
 */
export const testPrefs: { current: DisplayPrefs } = { current: DEFAULT_PREFS.fa };

/**
 * Server-renders a widget the way the app mounts it (i18n, direction, Mantine, prefs).
 * No DOM library is installed, so component tests check the rendered markup: labels,
 * roles, ARIA, directions and formatted values. Interaction is covered by the pure
 * modules' tests and by the Playwright e2e suite.
 */
export function render(
  node: ReactNode,
  language: Language = 'fa',
  prefs: Partial<DisplayPrefs> = {},
  /** More namespaces, e.g. `{ fa: { sync: faSync }, en: { sync: enSync } }`. */
  extra: Partial<Record<Language, Record<string, object>>> = {},
): string {
  testPrefs.current = { ...DEFAULT_PREFS[language], ...prefs };
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { fa: { ui: faUi, ...extra.fa }, en: { ui: enUi, ...extra.en } },
    lng: language,
    ns: ['ui', ...Object.keys(extra[language] ?? {})],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initImmediate: false,
  } as Parameters<typeof i18n.init>[0]);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={language === 'fa' ? 'rtl' : 'ltr'} detectDirection={false}>
        <MantineProvider>{node}</MantineProvider>
      </DirectionProvider>
    </I18nextProvider>,
  );
}

export function count(html: string, needle: string | RegExp): number {
  return typeof needle === 'string' ? html.split(needle).length - 1 : (html.match(new RegExp(needle, 'g')) ?? []).length;
}

/** Text content of the first element with this attribute=value. */
export function textOf(html: string, attribute: string, value: string): string | undefined {
  const start = html.indexOf(`${attribute}="${value}"`);
  if (start < 0) return undefined;
  const open = html.indexOf('>', start);
  const close = html.indexOf('<', open);
  return html.slice(open + 1, close);
}
