import { useEffect, useSyncExternalStore } from 'react';
import type { AccountDoc } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseProvider';

/**
 * Account names for the cards on screen. Cards ask for their own account; the asks of one
 * frame are fetched together by primary key, so a board of 5,000 deals reads only the
 * names it shows. Renames arrive through the accounts change stream.
 */
class AccountNameLoader {
  private names = new Map<string, string>();
  private pending = new Set<string>();
  private listeners = new Set<() => void>();
  private scheduled = false;

  constructor(private readonly db: PeyvandDatabase) {
    db.accounts.$.subscribe((ev) => {
      const doc = ev.documentData as AccountDoc & { _deleted?: boolean };
      if (!this.names.has(doc.id)) return;
      this.names.set(doc.id, doc._deleted ? '' : doc.name);
      this.emit();
    });
  }

  peek = (id: string): string | undefined => (id ? this.names.get(id) : '');

  request(id: string): void {
    if (!id || this.names.has(id) || this.pending.has(id)) return;
    this.pending.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.scheduled = false;
    const found = await this.db.accounts.findByIds(ids).exec();
    for (const id of ids) {
      this.pending.delete(id);
      // '' = no such account (deleted, or not synced to this device): shown as none, not asked again.
      this.names.set(id, found.get(id)?.name ?? '');
    }
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const loaders = new WeakMap<PeyvandDatabase, AccountNameLoader>();

function loaderFor(db: PeyvandDatabase): AccountNameLoader {
  let loader = loaders.get(db);
  if (!loader) {
    loader = new AccountNameLoader(db);
    loaders.set(db, loader);
  }
  return loader;
}

/** The account's name: undefined while loading, '' for none. */
export function useAccountName(accountId: string): string | undefined {
  const loader = loaderFor(useDatabase());
  const name = useSyncExternalStore(loader.subscribe, () => loader.peek(accountId));
  useEffect(() => loader.request(accountId), [loader, accountId]);
  return name;
}
