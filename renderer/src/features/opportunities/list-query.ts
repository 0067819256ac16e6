import type { OpportunityStatus } from '../../../../shared/entities';

export interface OpportunityListView {
  sort: 'name' | 'updated';
  status: OpportunityStatus | 'all';
  accountId: string;
}

/**
 * The keyset query of the list. Every combination pages an index: by last change with a
 * status or an account, the [status, sortUpdated] or [accountId, sortUpdated] index serves
 * both the filter and the order; by name, the sortName index is paged and filtered as read.
 */
export function listQuery(view: OpportunityListView): { sortField: 'sortName' | 'sortUpdated'; selector: Record<string, string> } {
  const selector: Record<string, string> = {};
  if (view.status !== 'all') selector.status = view.status;
  if (view.accountId) selector.accountId = view.accountId;
  return { sortField: view.sort === 'name' ? 'sortName' : 'sortUpdated', selector };
}
