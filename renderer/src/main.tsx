import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'vazirmatn/Vazirmatn-Variable-font-face.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { usePreferences } from './app/preferences-store';
import { openAppDatabase } from './db/DatabaseProvider';

performance.mark('peyvand:main-start');
initI18n(usePreferences.getState().language);
// IndexedDB opens while React renders the shell, not after it: the first screen needs both.
void openAppDatabase().catch(() => undefined); // DatabaseProvider reports a failure

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
