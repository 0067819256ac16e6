import { z } from 'zod';
import { accountDocSchema } from './account';
import { activityDocSchema } from './activity';
import { ID_MAX } from './common';
import { contactDocSchema } from './contact';
import { leadDocSchema } from './lead';
import { opportunityDocSchema } from './opportunity';
import { CATEGORY_MAX, productDocSchema } from './product';
import { quoteDocSchema } from './quote';
import { referenceDocSchema } from './reference';
import { SORT_KEY_MAX } from './sort-keys';

/**
 * The one definition of every synced collection: the zod schema types the code, validates
 * forms and (later) the server, and builds the RxDB JSON schema below.
 */
export interface CollectionDefinition {
  /** RxDB schema version; bump with a migration strategy when the stored shape changes. */
  version: number;
  schema: z.ZodType;
  /** Compound indexes. Index fields must be required strings with maxLength (Dexie, DXE1). */
  indexes: string[][];
}

export const COLLECTIONS = {
  accounts: {
    version: 0,
    schema: accountDocSchema,
    indexes: [['sortName'], ['sortUpdated'], ['ownerId', 'sortName'], ['segment', 'sortName']],
  },
  contacts: {
    version: 0,
    schema: contactDocSchema,
    indexes: [['sortName'], ['sortUpdated'], ['accountId', 'sortName'], ['ownerId', 'sortName'], ['segment', 'sortName']],
  },
  activities: {
    // 1: meetings' endsAt and location, reminders' remindAt (entities/upgrade.ts fills them in older documents).
    version: 1,
    schema: activityDocSchema,
    indexes: [['regardingId', 'timelineKey'], ['status', 'dueKey']],
  },
  reference: {
    version: 0,
    schema: referenceDocSchema,
    indexes: [['kind', 'key']],
  },
  leads: {
    version: 0,
    schema: leadDocSchema,
    indexes: [['sortName'], ['sortUpdated'], ['status', 'sortUpdated'], ['ownerId', 'sortUpdated']],
  },
  opportunities: {
    version: 0,
    schema: opportunityDocSchema,
    // The board reads all open deals by status; an account page lists its own.
    indexes: [['sortName'], ['sortUpdated'], ['status', 'sortUpdated'], ['accountId', 'sortUpdated']],
  },
  products: {
    version: 0,
    schema: productDocSchema,
    indexes: [['sortName'], ['category', 'sortName']],
  },
  quotes: {
    version: 0,
    schema: quoteDocSchema,
    indexes: [['sortUpdated'], ['opportunityId', 'sortUpdated']],
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Upper bounds for indexed string fields; RxDB needs maxLength on every one. */
const INDEXED_STRING_MAX: Record<string, number> = {
  id: ID_MAX, ownerId: ID_MAX, teamId: ID_MAX, accountId: ID_MAX, regardingId: ID_MAX, opportunityId: ID_MAX,
  segment: 40, status: 20, kind: 40, key: 120, category: CATEGORY_MAX,
  sortName: SORT_KEY_MAX, sortUpdated: SORT_KEY_MAX, timelineKey: SORT_KEY_MAX, dueKey: SORT_KEY_MAX,
};

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>>; required?: string[] };

/** JSON Schema (draft-07) of a collection's documents, without RxDB extras: also served by the sync server. */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  const json = z.toJSONSchema(COLLECTIONS[name].schema, { target: 'draft-07', io: 'output', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** The RxDB schema for a collection, derived from the shared zod definition. */
export function rxSchemaFor(name: CollectionName) {
  const def: CollectionDefinition = COLLECTIONS[name];
  const json = collectionJsonSchema(name);
  const properties = { ...json.properties };
  for (const field of new Set(['id', ...def.indexes.flat()])) {
    const prop = properties[field];
    const max = INDEXED_STRING_MAX[field];
    if (!prop || max === undefined) throw new Error(`Index field ${name}.${field} needs a known maxLength`);
    if (!json.required?.includes(field)) throw new Error(`Index field ${name}.${field} must be required`);
    // z.enum/union produce enum/anyOf; Dexie only needs a plain string type with a bound.
    properties[field] = { type: 'string', maxLength: max };
  }
  return {
    ...json,
    title: name,
    version: def.version,
    primaryKey: 'id',
    type: 'object' as const,
    properties,
    required: json.required ?? [],
    indexes: def.indexes.map((idx) => (idx.length === 1 ? idx[0]! : idx)),
    additionalProperties: false,
  };
}
