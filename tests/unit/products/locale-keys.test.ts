// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enProducts from '../../../locales/en/products.json';
import faProducts from '../../../locales/fa/products.json';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path.replace(/_(one|other)$/, ''));
    else for (const k of leaves(value, path)) out.add(k);
  }
  return out;
}

const dir = join(import.meta.dirname, '../../../renderer/src/features/products');
const source = readdirSync(dir).filter((f) => f.endsWith('.tsx')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

describe('products locale keys', () => {
  it('every key the feature uses exists in fa and en (plural keys by their base)', () => {
    const used = new Set([...source.matchAll(/\bt\('([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!));
    // `image.errors.<reason>` is built from the picture result's reason.
    for (const reason of ['notImage', 'fileTooLarge', 'unreadable', 'tooLarge']) used.add(`image.errors.${reason}`);
    expect(used.size).toBeGreaterThan(40);
    for (const keys of [leaves(faProducts as Tree), leaves(enProducts as Tree)]) {
      expect([...used].filter((k) => !keys.has(k))).toEqual([]);
    }
  });

  it('suggests the common Persian units first in Persian', () => {
    expect(faProducts.unitSuggestions.split('|')).toEqual(['عدد', 'کیلوگرم', 'متر', 'لیتر', 'بسته', 'جعبه', 'ساعت']);
    expect(enProducts.unitSuggestions.split('|')).toHaveLength(7);
  });
});
