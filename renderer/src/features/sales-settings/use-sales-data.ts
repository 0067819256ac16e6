import { useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseProvider';

/**
 * Open opportunities per stage id, live. The board already keeps every open deal in memory
 * (the `[status, sortUpdated]` index), so reading them here costs the same; closed deals are
 * never loaded. Undefined while loading.
 */
export function useOpenDealsByStage(): ReadonlyMap<string, number> | undefined {
  const db = useDatabase();
  const [counts, setCounts] = useState<ReadonlyMap<string, number> | undefined>(undefined);
  useEffect(() => {
    const sub = db.opportunities.find({ selector: { status: 'open' } }).$.subscribe((docs) => {
      const next = new Map<string, number>();
      for (const d of docs) next.set(d.stageId, (next.get(d.stageId) ?? 0) + 1);
      setCounts(next);
    });
    return () => sub.unsubscribe();
  }, [db]);
  return counts;
}

/** Whether any opportunity or quote exists (their locked rates matter when the base changes). */
export function useHasDeals(): boolean | undefined {
  const db = useDatabase();
  const [has, setHas] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void Promise.all([db.opportunities.findOne().exec(), db.quotes.findOne().exec()]).then(([deal, quote]) => {
      if (alive) setHas(deal !== null || quote !== null);
    });
    return () => {
      alive = false;
    };
  }, [db]);
  return has;
}
