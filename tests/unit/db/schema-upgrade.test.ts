import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/db/database';
import { activityDocSchema, COLLECTIONS, rxSchemaFor, upgradeDocument } from '../../../shared/entities';
import { activity } from '../sync/fixtures';
import './test-db'; // dev-mode plugin, as in development

/** The activities schema as version 0 stored it: before meetings' end/place and reminders. */
function activitiesV0Schema() {
  const current = rxSchemaFor('activities');
  const properties = { ...current.properties };
  for (const field of ['endsAt', 'location', 'remindAt']) delete properties[field];
  return { ...current, version: 0, properties, required: current.required.filter((f) => !['endsAt', 'location', 'remindAt'].includes(f)) };
}

describe('schema upgrades', () => {
  it('activities written under version 0 open under the current version with the new fields filled in', async () => {
    expect(COLLECTIONS.activities.version).toBe(1);
    const storage = wrappedValidateAjvStorage({ storage: getRxStorageMemory() });
    const name = `upgrade${Date.now()}`;
    const { endsAt: _e, location: _l, remindAt: _r, ...old } = activity({ subject: 'قدیمی' }, 'v-old');
    const v0 = await createRxDatabase({ name, storage, multiInstance: false });
    await v0.addCollections({ activities: { schema: activitiesV0Schema() as never } });
    await v0.collections.activities!.insert(old);
    await v0.close();

    const db = await openDatabase({ name, storage, multiInstance: false, collections: ['activities'] });
    try {
      const doc = (await db.activities.findOne('v-old').exec())?.toJSON();
      expect(doc).toMatchObject({ subject: 'قدیمی', endsAt: null, location: '', remindAt: null });
      expect(activityDocSchema.safeParse(doc).success).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('upgradeDocument fills what an older document lacks and changes nothing in a current one', () => {
    const { endsAt: _e, location: _l, remindAt: _r, ...old } = activity({}, 'v1');
    expect(upgradeDocument('activities', old)).toMatchObject({ endsAt: null, location: '', remindAt: null });
    const current = activity({ location: 'دفتر مرکزی', endsAt: '2026-11-02T11:00:00.000Z' }, 'v2');
    expect(upgradeDocument('activities', current)).toEqual(current);
    expect(upgradeDocument('contacts', { id: 'c' })).toEqual({ id: 'c' });
  });
});
