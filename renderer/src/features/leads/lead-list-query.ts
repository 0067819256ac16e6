import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LEAD_STATUSES, type LeadStatus } from '../../../../shared/entities';
import { sortKeyFor } from '../../../../shared/text/collation';

/**
 * The leads list reads pages of an index (DESIGN §4), never the whole collection: sortName,
 * sortUpdated, [status, sortUpdated] and [ownerId, sortUpdated]. A status or owner filter
 * therefore lists by last change (there is no [status, sortName] index: a name order under a
 * filter would scan). A name search is a prefix range of the sortName index.
 */
export type LeadSort = 'name' | 'updated';

export interface LeadsView {
  sort: LeadSort;
  status: LeadStatus | '';
  ownerId: string;
}

export const DEFAULT_LEADS_VIEW: LeadsView = { sort: 'updated', status: '', ownerId: '' };

export interface LeadListQuery {
  sortField: 'sortName' | 'sortUpdated';
  selector: Record<string, unknown>;
  /** The sort the list really has (a filter forces «last change»). */
  effectiveSort: LeadSort;
}

/** Past every character a sort key holds, so [key, key + END) is "starts with key". */
const END = '\uFFFF';

export function leadListQuery(view: LeadsView, search: string): LeadListQuery {
  const filters: Record<string, unknown> = {};
  if (view.status && (LEAD_STATUSES as readonly string[]).includes(view.status)) filters.status = view.status;
  if (view.ownerId) filters.ownerId = view.ownerId;
  const prefix = sortKeyFor(search.trim());
  if (prefix) {
    return { sortField: 'sortName', selector: { ...filters, sortName: { $gte: prefix, $lt: prefix + END } }, effectiveSort: 'name' };
  }
  const filtered = Object.keys(filters).length > 0;
  const sort: LeadSort = filtered ? 'updated' : view.sort;
  return { sortField: sort === 'name' ? 'sortName' : 'sortUpdated', selector: filters, effectiveSort: sort };
}

interface LeadsViewState {
  view: LeadsView;
  setView(patch: Partial<LeadsView>): void;
}

/** The list remembers its sort and filters across restarts, like the other lists' saved views. */
export const useLeadsView = create<LeadsViewState>()(
  persist(
    (set) => ({
      view: DEFAULT_LEADS_VIEW,
      setView: (patch) => set((s) => ({ view: { ...DEFAULT_LEADS_VIEW, ...s.view, ...patch } })),
    }),
    { name: 'peyvand.leadsView', version: 1 },
  ),
);
