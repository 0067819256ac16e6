import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { addRxPlugin } from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { openDatabase, type PeyvandDatabase } from '../../../renderer/src/db/database';

disableWarnings();
addRxPlugin(RxDBDevModePlugin);

let n = 0;
/** A fresh in-memory database with dev-mode checks and JSON-schema validation, as in development. */
export function openTestDatabase(): Promise<PeyvandDatabase> {
  n += 1;
  return openDatabase({ name: `test${n}${Date.now()}`, storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }), multiInstance: false });
}
