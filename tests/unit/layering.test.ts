import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule is the only thing that keeps layers pointing one way; prove it bites.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering (shared ← renderer | server | electron)', () => {
  it.each([
    ['shared/money/x.ts', "import { App } from '../../renderer/src/app/App';"],
    ['shared/x.ts', "import '../server/index';"],
    ['shared/x.ts', "import '../electron/main';"],
    ['renderer/src/x.ts', "import '../../electron/main';"],
    ['renderer/src/x.ts', "import '../../server/index';"],
    ['server/x.ts', "import '../renderer/src/app/App';"],
    ['electron/x.ts', "import '../renderer/src/db/database';"],
  ])('%s may not import %s', async (file, source) => {
    expect(await importErrors(file, `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs'; readFileSync('x');", 'no-restricted-imports'],
    ['export const w = window.innerWidth;', 'no-restricted-globals'],
    ['export const e = process.env.X;', 'no-restricted-globals'],
  ])('shared/ stays isomorphic: %s', async (source, rule) => {
    const [result] = await eslint.lintText(source, { filePath: 'shared/x.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain(rule);
  });

  it.each([
    ['renderer/src/x.ts', "import { newId } from '../../shared/entities';"],
    ['electron/x.ts', "import { IPC } from '../shared/platform/desktop-api';"],
    ['server/x.ts', "import { COLLECTIONS } from '../shared/entities';"],
  ])('%s may import shared/ (%s)', async (file, source) => {
    expect(await importErrors(file, `${source}\nexport {};\n`)).toEqual([]);
  });
});
