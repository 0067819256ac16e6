import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb';

/**
 * IndexedDB through Dexie in production. In development, dev-mode checks schemas and
 * queries; it needs a validator around the storage (DVM1) and is never loaded in a
 * production build (in a browser it would inject a tracking iframe, DESIGN §4).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function browserStorage(): Promise<RxStorage<any, any>> {
  const storage = getRxStorageDexie();
  // MODE, not DEV: a production build run with NODE_ENV=test (as under Vitest) still has DEV true.
  if (import.meta.env.MODE !== 'development') return storage;
  const [{ addRxPlugin }, { RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb'),
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}
