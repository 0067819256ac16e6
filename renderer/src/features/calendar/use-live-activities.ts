import { useEffect, useState } from 'react';
import type { ActivityDoc } from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { inScope, type AgendaScope, type LimitedQuery } from './activity-queries';

export interface LiveActivities {
  rows: ActivityDoc[];
  loading: boolean;
  /** A read hit its limit: there is more than is shown. */
  truncated: boolean;
}

/** Live results of a few index-range queries, merged; updates as activities change. */
export function useLiveActivities(queries: LimitedQuery[], scope: AgendaScope): LiveActivities {
  const db = useDatabase();
  const key = JSON.stringify(queries);
  const [state, setState] = useState<LiveActivities>({ rows: [], loading: true, truncated: false });

  useEffect(() => {
    const parsed = JSON.parse(key) as LimitedQuery[];
    const results: (ActivityDoc[] | null)[] = parsed.map(() => null);
    const actor = currentActor();
    setState((s) => ({ ...s, loading: true }));
    const subs = parsed.map(({ query }, i) =>
      db.activities.find(query).$.subscribe((docs) => {
        results[i] = docs.map((d) => d.toJSON() as ActivityDoc);
        if (results.some((r) => r === null)) return;
        const rows = (results as ActivityDoc[][]).flat().filter((a) => inScope(a, scope, actor));
        const truncated = (results as ActivityDoc[][]).some((r, j) => r.length >= parsed[j]!.limit);
        setState({ rows, loading: false, truncated });
      }),
    );
    return () => subs.forEach((s) => s.unsubscribe());
  }, [db, key, scope]);

  return state;
}
