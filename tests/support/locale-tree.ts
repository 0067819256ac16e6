import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every string of a locale namespace (locales/<lng>/<ns>.json) by its dotted key. */
export function localeLeaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of localeLeaves(value as object, path)) out.set(k, v);
  }
  return out;
}

/** The text of every .ts/.tsx file below `dir`: where to look for the keys the code asks for. */
export function sourceTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceTexts(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}
