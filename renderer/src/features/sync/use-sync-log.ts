import { useEffect, useState } from 'react';
import type { SyncLogEntry } from '../../../../shared/sync/conflict-log';
import { openAppDatabase } from '../../db/DatabaseProvider';
import type { PeyvandDatabase } from '../../db/database';

/** The open entries of the conflict/rejection log, newest first (live). */
export function useOpenSyncLog(db: PeyvandDatabase | null): SyncLogEntry[] {
  const [entries, setEntries] = useState<SyncLogEntry[]>([]);
  useEffect(() => {
    if (!db) return;
    const sub = db.synclog
      .find({ selector: { status: 'open' }, sort: [{ sortKey: 'asc' }] })
      .$.subscribe((docs) => setEntries(docs.map((d) => d.toJSON() as SyncLogEntry)));
    return () => sub.unsubscribe();
  }, [db]);
  return entries;
}

/** The app database for widgets outside DatabaseProvider (the header); never blocks the first paint. */
export function useAppDatabaseLater(): PeyvandDatabase | null {
  const [db, setDb] = useState<PeyvandDatabase | null>(null);
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => void openAppDatabase().then((d) => alive && setDb(d), () => undefined), 500);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, []);
  return db;
}
