import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enQuotes from '../../../locales/en/quotes.json';
import faQuotes from '../../../locales/fa/quotes.json';
import { QUOTE_STATUSES } from '../../../shared/entities';
import { QUOTE_ERROR_CODES } from '../../../shared/sales';
import { localeLeaves, sourceTexts } from '../../support/locale-tree';

const fa = localeLeaves(faQuotes);
const en = localeLeaves(enQuotes);
const has = (map: Map<string, string>, key: string) => map.has(key) || map.has(`${key}_one`);

const sources = sourceTexts(join(import.meta.dirname, '../../../renderer/src/features/quotes'));

describe('quotes namespace', () => {
  it('translates every error code the quote arithmetic can give, in both languages', () => {
    for (const code of QUOTE_ERROR_CODES) {
      const key = code.replace(/^quotes:/, '');
      expect(fa.get(key), code).toMatch(/[\u0600-\u06FF]/);
      expect(en.get(key), code).toBeTruthy();
    }
  });

  it('has every key the screens ask for (statuses and discount kinds included)', () => {
    const used = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]!);
      for (const match of source.matchAll(/\bt\(\s*\w+ \? '([\w.]+)' : '([\w.]+)'/g)) used.add(match[1]!).add(match[2]!);
    }
    for (const s of QUOTE_STATUSES) used.add(`status.${s}`);
    for (const k of ['none', 'percent', 'amount']) used.add(`discount.${k}`);
    expect(used.size).toBeGreaterThan(100);
    for (const key of used) {
      if (key.includes(':')) continue; // another namespace
      expect(has(fa, key), `fa ${key}`).toBe(true);
      expect(has(en, key), `en ${key}`).toBe(true);
    }
  });
});
