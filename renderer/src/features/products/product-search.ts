import { skuKey } from '../../../../shared/entities';
import { compactForSearch, searchTokens } from '../../../../shared/text/normalize';
import type { ProductSummary } from './product-summary';

interface Entry {
  summary: ProductSummary;
  nameWords: string[];
  nameCompact: string;
  sku: string;
  categoryWords: string[];
}

export interface ProductSearchOptions {
  /** At most this many results (default 50). */
  limit?: number;
  /** Leave out inactive products. */
  activeOnly?: boolean;
  /** Only products whose category is one of these paths. */
  categories?: ReadonlySet<string> | null;
}

function entryOf(summary: ProductSummary): Entry {
  return {
    summary,
    nameWords: searchTokens(summary.name),
    nameCompact: compactForSearch(summary.name),
    sku: skuKey(summary.sku),
    categoryWords: searchTokens(summary.category),
  };
}

const startsAny = (words: readonly string[], token: string) => words.some((w) => w.startsWith(token));

/**
 * Rank of one product for a query, 0 = no match. Every query word must start a word of the
 * name or category, or the query must be (part of) the SKU: «گوشی سام» finds «گوشی سامسونگ
 * A54», «a54» finds SKU «SM-A54».
 */
function score(e: Entry, tokens: readonly string[], compact: string, skuQuery: string): number {
  let best = 0;
  if (skuQuery && e.sku) {
    if (e.sku === skuQuery) best = 100;
    else if (e.sku.startsWith(skuQuery)) best = 80;
    else if (e.sku.includes(skuQuery)) best = 30;
  }
  if (compact && e.nameCompact.startsWith(compact)) best = Math.max(best, e.nameCompact === compact ? 90 : 60);
  if (tokens.length && tokens.every((t) => startsAny(e.nameWords, t))) best = Math.max(best, 50);
  else if (tokens.length && tokens.every((t) => startsAny(e.nameWords, t) || startsAny(e.categoryWords, t))) best = Math.max(best, 20);
  return best;
}

/**
 * The products in memory for instant search (the picker, the catalog's search box, the
 * duplicate-SKU warning): summaries only, about 300 bytes a product.
 */
export class ProductSearchIndex {
  private entries = new Map<string, Entry>();
  private sorted: Entry[] | null = null;
  private skus = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  upsert(summary: ProductSummary): void {
    this.remove(summary.id);
    const entry = entryOf(summary);
    this.entries.set(summary.id, entry);
    if (entry.sku) {
      const ids = this.skus.get(entry.sku) ?? new Set<string>();
      ids.add(summary.id);
      this.skus.set(entry.sku, ids);
    }
    this.sorted = null;
  }

  remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.delete(id);
    const ids = this.skus.get(old.sku);
    ids?.delete(id);
    if (ids && !ids.size) this.skus.delete(old.sku);
    this.sorted = null;
  }

  get(id: string): ProductSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  /** Other products with the same SKU (normalized), for a warning that never blocks. */
  withSku(sku: string, exceptId?: string): ProductSummary[] {
    const key = skuKey(sku);
    if (!key) return [];
    return [...(this.skus.get(key) ?? [])].filter((id) => id !== exceptId).map((id) => this.entries.get(id)!.summary);
  }

  /** Best matches first (ties by name); an empty query lists products by name. */
  search(query: string, options: ProductSearchOptions = {}): ProductSummary[] {
    const limit = options.limit ?? 50;
    const accept = (e: Entry) =>
      (!options.activeOnly || e.summary.active) && (!options.categories || options.categories.has(e.summary.category));
    const ordered = this.byName();
    const tokens = searchTokens(query);
    if (!tokens.length) {
      const out: ProductSummary[] = [];
      for (const e of ordered) {
        if (out.length >= limit) break;
        if (accept(e)) out.push(e.summary);
      }
      return out;
    }
    const compact = compactForSearch(query);
    const skuQuery = skuKey(query);
    const hits: Array<{ e: Entry; s: number; i: number }> = [];
    ordered.forEach((e, i) => {
      if (!accept(e)) return;
      const s = score(e, tokens, compact, skuQuery);
      if (s > 0) hits.push({ e, s, i });
    });
    hits.sort((a, b) => b.s - a.s || a.i - b.i);
    return hits.slice(0, limit).map((h) => h.e.summary);
  }

  private byName(): Entry[] {
    if (!this.sorted) {
      this.sorted = [...this.entries.values()].sort((a, b) =>
        a.summary.sortName < b.summary.sortName ? -1 : a.summary.sortName > b.summary.sortName ? 1 : 0,
      );
    }
    return this.sorted;
  }
}
