import type { ActivityInput } from './activity';
import { activityDay, NO_DUE_DATE } from './build-docs';
import type { CollectionName } from './collections';
import { contactFullName } from './contact';
import { leadDisplayName } from './lead';
import { storedQuoteTotals, type QuoteInput } from './quote';
import { latestFirstKey, nameSortKey } from './sort-keys';

type Doc = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Fields computed from a document's own fields, exactly as build-docs.ts writes them. After a
 * three-way merge or a restore from the conflict log they are recomputed, never merged.
 */
export const DERIVED: Record<CollectionName, { fields: readonly string[]; compute(doc: Doc, id: string): Doc }> = {
  accounts: {
    fields: ['sortName', 'sortUpdated'],
    compute: (d, id) => ({ sortName: nameSortKey(str(d.name), id), sortUpdated: latestFirstKey(str(d.updatedAt), id) }),
  },
  contacts: {
    fields: ['fullName', 'sortName', 'sortUpdated'],
    compute: (d, id) => {
      const fullName = contactFullName({ firstName: str(d.firstName), lastName: str(d.lastName) });
      return { fullName, sortName: nameSortKey(fullName, id), sortUpdated: latestFirstKey(str(d.updatedAt), id) };
    },
  },
  activities: {
    fields: ['timelineKey', 'dueKey'],
    compute: (d, id) => {
      const day = activityDay({ type: str(d.type) as ActivityInput['type'], dueDate: str(d.dueDate), occurredAt: str(d.occurredAt) });
      return { timelineKey: latestFirstKey(str(d.occurredAt), id), dueKey: `${day || NO_DUE_DATE}\u0001${id}` };
    },
  },
  reference: { fields: [], compute: () => ({}) },
  leads: {
    fields: ['displayName', 'sortName', 'sortUpdated'],
    compute: (d, id) => {
      const displayName = leadDisplayName({ firstName: str(d.firstName), lastName: str(d.lastName), companyName: str(d.companyName) });
      return { displayName, sortName: nameSortKey(displayName, id), sortUpdated: latestFirstKey(str(d.updatedAt), id) };
    },
  },
  opportunities: {
    fields: ['sortName', 'sortUpdated'],
    compute: (d, id) => ({ sortName: nameSortKey(str(d.name), id), sortUpdated: latestFirstKey(str(d.updatedAt), id) }),
  },
  products: {
    fields: ['sortName', 'sortUpdated'],
    compute: (d, id) => ({ sortName: nameSortKey(str(d.name), id), sortUpdated: latestFirstKey(str(d.updatedAt), id) }),
  },
  quotes: {
    // Lines merged from two devices must still add up; totals that can't be computed stay as they were.
    fields: ['totals', 'sortUpdated'],
    compute: (d, id) => {
      let totals: unknown = d.totals;
      try {
        totals = storedQuoteTotals(d as unknown as QuoteInput) ?? d.totals;
      } catch {
        // malformed lines: validation refuses the document anyway
      }
      return { totals, sortUpdated: latestFirstKey(str(d.updatedAt), id) };
    },
  },
};

export const DERIVED_FIELDS = Object.fromEntries(Object.entries(DERIVED).map(([name, d]) => [name, d.fields])) as Record<
  CollectionName,
  readonly string[]
>;

export function recomputeDerived<D extends Doc>(collection: CollectionName, doc: D): D {
  return { ...doc, ...DERIVED[collection].compute(doc, String(doc.id)) };
}
