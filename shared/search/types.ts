export type SearchKind = 'account' | 'contact' | 'lead' | 'opportunity' | 'product';

/** What the renderer feeds the search index for one record. */
export interface SearchableRecord {
  id: string;
  kind: SearchKind;
  /** Display name; matches on it rank first, and duplicate detection compares it. */
  title: string;
  /** Shown under the title (company, job title); not searched. */
  subtitle?: string;
  /** Name fields and the company name, searched as words. */
  names: string[];
  /** E.164. */
  phones: string[];
  emails: string[];
  /** A product's SKU: found whole or by prefix (see SearchIndex), never by words or typos. */
  skus?: string[];
}

export type SearchMatch = 'name' | 'phone' | 'email' | 'sku';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  subtitle?: string;
  /** Higher is better; comparable only within one search's results. */
  score: number;
  /** Which part of the record the query matched best. */
  matched: SearchMatch;
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only these kinds (default all). */
  kinds?: readonly SearchKind[];
}
