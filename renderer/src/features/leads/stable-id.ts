/**
 * Ids derived from content, so that doing the same thing twice names the same record: a
 * re-imported CSV row, or a retried qualification, finds what the first attempt wrote
 * instead of writing it again. Two independent 53-bit string hashes (cyrb53 with two
 * seeds) give 106 bits: collisions between different inputs are not a practical concern
 * for the few hundred thousand records one database holds. Synchronous, so 50,000 rows
 * hash without a single await.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 28 lower-case hex digits. */
export function stableHash(text: string): string {
  return cyrb53(text, 1).toString(16).padStart(14, '0') + cyrb53(text, 2).toString(16).padStart(14, '0');
}

/** `<prefix>-<hash>`: a valid record id (letters, digits, '-', at most 64 characters) for any prefix up to 35 characters. */
export function stableId(prefix: string, text: string): string {
  return `${prefix}-${stableHash(text)}`;
}
