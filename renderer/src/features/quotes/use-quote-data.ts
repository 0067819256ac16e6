import { useEffect, useState } from 'react';
import type { AccountDoc, ContactDoc, OpportunityDoc, ProductDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { useRecord } from '../records/use-record';

// Live linked records ('' = none → null; undefined while loading).
export function useAccount(id: string): AccountDoc | null | undefined {
  return useRecord<AccountDoc>(useDatabase().accounts, id || undefined);
}
export function useContact(id: string): ContactDoc | null | undefined {
  return useRecord<ContactDoc>(useDatabase().contacts, id || undefined);
}
export function useOpportunity(id: string): OpportunityDoc | null | undefined {
  return useRecord<OpportunityDoc>(useDatabase().opportunities, id || undefined);
}

/** The catalog entries of a quote's product lines, live (stock and prices change), by id. */
export function useProductsByIds(ids: readonly string[]): Map<string, ProductDoc> {
  const db = useDatabase();
  const key = [...new Set(ids.filter(Boolean))].sort().join(',');
  const [products, setProducts] = useState(() => new Map<string, ProductDoc>());
  useEffect(() => {
    if (!key) {
      setProducts(new Map());
      return;
    }
    const sub = db.products.findByIds(key.split(',')).$.subscribe((found) => {
      setProducts(new Map([...found.values()].map((p) => [p.id, p.toJSON() as ProductDoc])));
    });
    return () => sub.unsubscribe();
  }, [db, key]);
  return products;
}
