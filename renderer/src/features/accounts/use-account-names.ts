import { useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseProvider';

/** Names of the accounts the visible rows point at, fetched by primary key in one batch. */
export function useAccountNames(ids: string[]): Map<string, string> {
  const db = useDatabase();
  const key = [...new Set(ids.filter(Boolean))].sort().join(',');
  const [names, setNames] = useState(() => new Map<string, string>());

  useEffect(() => {
    if (!key) return;
    const sub = db.accounts.findByIds(key.split(',')).$.subscribe((found) => {
      setNames(new Map([...found.values()].map((a) => [a.id, a.name])));
    });
    return () => sub.unsubscribe();
  }, [db, key]);

  return names;
}
