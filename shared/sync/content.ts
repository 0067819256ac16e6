import type { WireDocument } from './protocol';

/**
 * Fields that are bookkeeping, not content: RxDB's own (`_meta`, `_rev`, `_attachments`)
 * and the rejection marker. Conflicts are detected by content (DESIGN §5): comparing
 * revisions or server-rewritten timestamps would flag replays and resurrect deletes.
 */
const NON_CONTENT = new Set(['_meta', '_rev', '_attachments', '_rejection']);

/** The document without bookkeeping fields, as stored and compared by the server. */
export function documentContent<T extends Record<string, unknown>>(doc: T): WireDocument {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!NON_CONTENT.has(key)) out[key] = value;
  out._deleted = Boolean(doc._deleted);
  return out as WireDocument;
}

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function sameContent(a: Record<string, unknown> | null | undefined, b: Record<string, unknown> | null | undefined): boolean {
  if (!a || !b) return a === b;
  return canonicalJson(documentContent(a)) === canonicalJson(documentContent(b));
}
