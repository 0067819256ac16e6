import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import {
  COLLECTION_NAMES, COLLECTIONS, rxMigrationStrategies, rxSchemaFor, type AccountDoc, type ActivityDoc, type CollectionName, type ContactDoc, type ReferenceDoc,
  type LeadDoc, type OpportunityDoc, type ProductDoc, type QuoteDoc,
} from '../../../shared/entities';
import { syncLogRxSchema, type SyncLogEntry } from '../../../shared/sync/conflict-log';
import { ConflictHooks, createConflictHandler } from '../features/sync/conflict-handler';

// Local data written under an older schema version is upgraded when the database opens.
addRxPlugin(RxDBMigrationSchemaPlugin);

export type PeyvandCollections = {
  accounts: RxCollection<AccountDoc>;
  contacts: RxCollection<ContactDoc>;
  activities: RxCollection<ActivityDoc>;
  reference: RxCollection<ReferenceDoc>;
  leads: RxCollection<LeadDoc>;
  opportunities: RxCollection<OpportunityDoc>;
  products: RxCollection<ProductDoc>;
  quotes: RxCollection<QuoteDoc>;
  /** Local only, never synced: values that lost a merge and edits the server refused. */
  synclog: RxCollection<SyncLogEntry>;
};
export type PeyvandDatabase = RxDatabase<PeyvandCollections>;

export interface OpenDatabaseOptions {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  storage: RxStorage<any, any>;
  /** Several tabs of the browser edition may share one database. */
  multiInstance?: boolean;
  /** Synced collections to open (default all). Multi-client tests open fewer: RxDB caps a process at 13 (COL23). */
  collections?: readonly CollectionName[];
}

/** Opens the local database with every collection built from the shared definitions. */
export async function openDatabase({ name, storage, multiInstance = true, collections = COLLECTION_NAMES }: OpenDatabaseOptions): Promise<PeyvandDatabase> {
  const db = await createRxDatabase<PeyvandCollections>({
    name,
    storage,
    multiInstance,
    eventReduce: true,
    closeDuplicates: true,
  });
  const hooks = new ConflictHooks();
  CONFLICT_HOOKS.set(db, hooks);
  await db.addCollections({ ...syncedCollectionCreators(hooks, collections), synclog: { schema: syncLogRxSchema } } as never);
  return db;
}

const CONFLICT_HOOKS = new WeakMap<object, ConflictHooks>();

/** The hooks between this database's push handlers and its conflict handlers. */
export function conflictHooksOf(db: PeyvandDatabase): ConflictHooks {
  const hooks = CONFLICT_HOOKS.get(db);
  if (!hooks) throw new Error('Database not opened by openDatabase()');
  return hooks;
}

/** Every synced collection with its schema and the three-way-merge conflict handler. */
export function syncedCollectionCreators(hooks: ConflictHooks, names: readonly CollectionName[] = COLLECTION_NAMES) {
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        schema: rxSchemaFor(n),
        migrationStrategies: rxMigrationStrategies(n, COLLECTIONS[n].version),
        conflictHandler: createConflictHandler(n, hooks),
      },
    ]),
  );
}
