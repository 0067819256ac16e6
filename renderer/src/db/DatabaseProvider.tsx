import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureLocalProfile } from '../app/session';
import { startSearchService } from '../features/search/search-service';
import { browserStorage } from './browser-storage';
import { openDatabase, type PeyvandDatabase } from './database';

const DatabaseContext = createContext<PeyvandDatabase | null>(null);

export const LOCAL_DATABASE_NAME = 'peyvand';

let opening: Promise<PeyvandDatabase> | null = null;
/** One database per page, even under StrictMode's double effects. */
export function openAppDatabase(): Promise<PeyvandDatabase> {
  opening ??= (async () => {
    const db = await openDatabase({ name: LOCAL_DATABASE_NAME, storage: await browserStorage() });
    await ensureLocalProfile(db);
    startSearchService(db);
    return db;
  })();
  return opening;
}

export function DatabaseProvider({ children }: { children: ReactNode }) {
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
    return (
      <Center h="100%">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('db.opening')}</Text>
        </Stack>
      </Center>
    );
  }
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): PeyvandDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
