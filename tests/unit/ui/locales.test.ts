// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMAIL_LABELS, PHONE_LABELS } from '../../../shared/entities/common';
import enUi from '../../../locales/en/ui.json';
import faUi from '../../../locales/fa/ui.json';
import { localeLeaves, sourceTexts } from '../../support/locale-tree';

const fa = localeLeaves(faUi);
const en = localeLeaves(enUi);
const uiDir = join(import.meta.dirname, '../../../renderer/src/ui');

describe('ui namespace', () => {
  it('has the same keys in Persian and English, none empty', () => {
    expect([...fa.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...fa, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of fa) expect(vars(text), key).toEqual(vars(en.get(key) ?? ''));
  });

  it('has every key the widgets ask for', () => {
    const used = new Set<string>();
    for (const source of sourceTexts(uiDir)) {
      for (const match of source.matchAll(/['`]((?:date|money|phones|emails|confirm)\.[\w.]+)['`]/g)) used.add(match[1]!);
    }
    for (const label of PHONE_LABELS) used.add(`phones.labels.${label}`);
    for (const label of EMAIL_LABELS) used.add(`emails.labels.${label}`);
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(fa.has(key), key).toBe(true);
  });

  it('writes Persian text in Persian, not in Latin letters', () => {
    const latinOnly = [...fa].filter(([, text]) => !/[\u0600-\u06FF]/.test(text)).map(([key]) => key);
    // Format examples and pure punctuation are the same in both languages.
    expect(latinOnly.sort()).toEqual(['emails.placeholder', 'money.unitSuffix', 'phones.placeholder']);
  });
});
