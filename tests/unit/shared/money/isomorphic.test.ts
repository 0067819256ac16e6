import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// shared/ runs in the renderer, the server and Electron: no React, DOM or Node-only APIs.
const dir = join(import.meta.dirname, '../../../../shared/money');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const ALLOWED_PACKAGES = new Set<string>([]);

describe('shared/money stays isomorphic', () => {
  it.each(sources)('$name imports only shared code and allowed packages', ({ text }) => {
    const specifiers = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
    for (const specifier of specifiers) {
      const local = specifier.startsWith('./') || /^\.\.\/(text|preferences|money|dates)\b/.test(specifier);
      expect(local || ALLOWED_PACKAGES.has(specifier), specifier).toBe(true);
    }
  });

  it.each(sources)('$name uses no DOM or Node globals', ({ text }) => {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(window|document|navigator|localStorage|process|Buffer|require|__dirname)\s*[.([]/);
  });
});
