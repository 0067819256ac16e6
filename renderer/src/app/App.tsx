import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { getPlatform } from '../platform';
import { applyDocumentLanguage, i18next } from '../i18n/i18n';
import { AppLayout } from './AppLayout';
import { usePreferences } from './preferences-store';
import { theme } from './theme';

export function App() {
  const language = usePreferences((s) => s.language);

  useEffect(() => {
    void i18next.changeLanguage(language);
    applyDocumentLanguage(language);
    getPlatform().setLanguage(language);
  }, [language]);

  return (
    <I18nextProvider i18n={i18next}>
      <DirectionProvider initialDirection={language === 'fa' ? 'rtl' : 'ltr'} detectDirection>
        <MantineProvider theme={theme}>
          <Notifications position="bottom-center" />
          <Router hook={useHashLocation}>
            <AppLayout />
          </Router>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
