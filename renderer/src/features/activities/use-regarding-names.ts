import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb';
import { quoteDisplayNumber, type ActivityDoc, type RegardingType } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseProvider';

type Named = { id: string };

/** Where each regarding type's records live and what they are called. */
function sourceOf(db: PeyvandDatabase, type: RegardingType): { collection: RxCollection<Named>; name: (doc: Record<string, unknown>) => string } | null {
  switch (type) {
    case 'account': return { collection: db.accounts as unknown as RxCollection<Named>, name: (d) => String(d.name ?? '') };
    case 'contact': return { collection: db.contacts as unknown as RxCollection<Named>, name: (d) => String(d.fullName ?? '') };
    case 'lead': return { collection: db.leads as unknown as RxCollection<Named>, name: (d) => String(d.displayName ?? '') };
    case 'opportunity': return { collection: db.opportunities as unknown as RxCollection<Named>, name: (d) => String(d.name ?? '') };
    case 'quote': return {
      collection: db.quotes as unknown as RxCollection<Named>,
      name: (d) => quoteDisplayNumber({ number: String(d.number ?? ''), provisionalNumber: String(d.provisionalNumber ?? '') }),
    };
    default: return null;
  }
}

/** Looks up the names of the records these activities are about, by primary key (a handful per screen). */
export async function regardingNames(db: PeyvandDatabase, refs: readonly Pick<ActivityDoc, 'regardingType' | 'regardingId'>[]): Promise<Map<string, string>> {
  const byType = new Map<RegardingType, Set<string>>();
  for (const r of refs) {
    const ids = byType.get(r.regardingType) ?? new Set<string>();
    ids.add(r.regardingId);
    byType.set(r.regardingType, ids);
  }
  const names = new Map<string, string>();
  await Promise.all([...byType].map(async ([type, ids]) => {
    const source = sourceOf(db, type);
    if (!source) return;
    const docs = await source.collection.findByIds([...ids]).exec();
    for (const [id, doc] of docs) names.set(id, source.name(doc.toJSON() as Record<string, unknown>));
  }));
  return names;
}

/** Names of the regarding records of a list of activities ('' until known). */
export function useRegardingNames(activities: readonly ActivityDoc[]): Map<string, string> {
  const db = useDatabase();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...new Set(activities.map((a) => `${a.regardingType}:${a.regardingId}`))].sort().join(',');
  useEffect(() => {
    let live = true;
    const refs = key ? key.split(',').map((k) => {
      const [regardingType, regardingId] = k.split(':') as [RegardingType, string];
      return { regardingType, regardingId };
    }) : [];
    void regardingNames(db, refs).then((found) => { if (live) setNames(found); });
    return () => { live = false; };
  }, [db, key]);
  return names;
}
