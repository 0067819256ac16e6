import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(__dirname, '../../locales');
const LANGUAGES = ['fa', 'en'];

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

function load(lng: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, lng)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8')) as Record<string, unknown>;
    for (const [k, v] of flatten(data)) all.set(`${ns}:${k}`, v);
  }
  return all;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const [fa, en] = LANGUAGES.map(load) as [Map<string, string>, Map<string, string>];

  it('has the same keys in fa and en', () => {
    expect([...fa.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !fa.has(k))).toEqual([]);
  });

  it('has no empty translations', () => {
    for (const map of [fa, en]) expect([...map].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differing = [...fa].filter(([k, v]) => en.has(k) && placeholders(v).join() !== placeholders(en.get(k)!).join());
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('gives every plural key both the _one and _other forms (Persian uses _one for 0 and 1)', () => {
    for (const map of [fa, en]) {
      for (const key of map.keys()) {
        const base = key.replace(/_(one|other)$/, '');
        if (base !== key) {
          expect(map.has(`${base}_one`), `${base}_one`).toBe(true);
          expect(map.has(`${base}_other`), `${base}_other`).toBe(true);
        }
      }
    }
  });
});
