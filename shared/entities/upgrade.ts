import type { CollectionName } from './collections';

type Doc = Record<string, unknown>;

/**
 * How a document written under an older schema version becomes the current shape, per
 * collection and target version. Steps only add what is missing, so applying them to a
 * document that already has the fields changes nothing: the server runs them on every
 * pushed and pulled document (a device or a stored row may predate a field), the client
 * as RxDB migration strategies for its local data.
 */
export const UPGRADES: Partial<Record<CollectionName, Record<number, (doc: Doc) => Doc>>> = {
  activities: {
    1: (doc) => ({ endsAt: null, location: '', remindAt: null, ...doc }),
  },
};

export function upgradeDocument<D extends Doc>(collection: CollectionName, doc: D): D {
  const steps = UPGRADES[collection];
  if (!steps) return doc;
  let out: Doc = doc;
  for (const version of Object.keys(steps).map(Number).sort((a, b) => a - b)) out = steps[version]!(out);
  return out as D;
}

/** RxDB's migrationStrategies for a collection whose definition has version `version`. */
export function rxMigrationStrategies(collection: CollectionName, version: number): Record<number, (doc: Doc) => Doc> {
  const out: Record<number, (doc: Doc) => Doc> = {};
  for (let v = 1; v <= version; v++) out[v] = UPGRADES[collection]?.[v] ?? ((doc) => doc);
  return out;
}
