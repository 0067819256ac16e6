import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureLocalProfile } from '../app/session';
import { startSearchService } from '../features/search/search-service';
import { browserStorage } from './browser-storage';
import { openDatabase, type PeyvandDatabase } from './database';

const DatabaseContext = createContext<PeyvandDatabase | null>(null);

export const LOCAL_DATABASE_NAME = 'peyvand';

const AFTER_FIRST_PAINT_MS = 300;
function scheduleIdle(fn: () => void) {
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 1000 }) : fn()), AFTER_FIRST_PAINT_MS);
}

let opening: Promise<PeyvandDatabase> | null = null;
/** One database per page, even under StrictMode's double effects. */
export function openAppDatabase(): Promise<PeyvandDatabase> {
  opening ??= (async () => {
    performance.mark('peyvand:db-open-start');
    const db = await openDatabase({ name: LOCAL_DATABASE_NAME, storage: await browserStorage() });
    performance.mark('peyvand:db-open-end');
    // The profile check and the search build wait until the first screen is drawn: on
    // IndexedDB they would queue ahead of the list's first page.
    scheduleIdle(() => {
      void ensureLocalProfile(db);
      startSearchService(db);
    });
    return db;
  })();
  return opening;
}

/** `preview` is drawn while the database opens (e.g. a cached list); the spinner otherwise. */
export function DatabaseProvider({ children, preview }: { children: ReactNode; preview?: (spinner: ReactNode) => ReactNode }) {
  const { t } = useTranslation();
  const [db, setDb] = useState<PeyvandDatabase | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    openAppDatabase().then(setDb, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  if (error) {
    return (
      <Center h="100%" p="xl">
        <Alert color="red" title={t('db.openFailedTitle')} maw={560}>
          <Text size="sm">{t('db.openFailedBody')}</Text>
          <Text size="xs" c="dimmed" mt="xs" className="ltr-island">{error}</Text>
        </Alert>
      </Center>
    );
  }
  if (!db) {
    const spinner = (
      <Center h="60vh">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('db.opening')}</Text>
        </Stack>
      </Center>
    );
    return <>{preview ? preview(spinner) : spinner}</>;
  }
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): PeyvandDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
