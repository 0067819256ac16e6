import { createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import {
  COLLECTION_NAMES, rxSchemaFor, type AccountDoc, type ActivityDoc, type ContactDoc, type ReferenceDoc,
} from '../../../shared/entities';

export type PeyvandCollections = {
  accounts: RxCollection<AccountDoc>;
  contacts: RxCollection<ContactDoc>;
  activities: RxCollection<ActivityDoc>;
  reference: RxCollection<ReferenceDoc>;
};
export type PeyvandDatabase = RxDatabase<PeyvandCollections>;

export interface OpenDatabaseOptions {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  storage: RxStorage<any, any>;
  /** Several tabs of the browser edition may share one database. */
  multiInstance?: boolean;
}

/** Opens the local database with every collection built from the shared definitions. */
export async function openDatabase({ name, storage, multiInstance = true }: OpenDatabaseOptions): Promise<PeyvandDatabase> {
  const db = await createRxDatabase<PeyvandCollections>({
    name,
    storage,
    multiInstance,
    eventReduce: true,
    closeDuplicates: true,
  });
  const collections = Object.fromEntries(
    COLLECTION_NAMES.map((n) => [n, { schema: rxSchemaFor(n) }]),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await db.addCollections(collections as any);
  return db;
}
