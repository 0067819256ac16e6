// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMAIL_LABELS, PHONE_LABELS } from '../../../shared/entities/common';
import enUi from '../../../locales/en/ui.json';
import faUi from '../../../locales/fa/ui.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const fa = leaves(faUi as Tree);
const en = leaves(enUi as Tree);
const uiDir = join(import.meta.dirname, '../../../renderer/src/ui');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

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
    for (const source of sources(uiDir)) {
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
