import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopSettingsStore } from '../../../electron/desktop-settings';
import { readJsonFile, writeJsonFile, writeJsonFileSync } from '../../../electron/json-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peyvand-json-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const schema = z.object({ n: z.number() });

describe('JSON files in userData', () => {
  it('reads what was written, and null for missing, malformed or unexpected content', () => {
    const file = path.join(dir, 'nested', 'a.json');
    expect(readJsonFile(file, schema)).toBeNull();
    writeJsonFileSync(file, { n: 1 });
    expect(readJsonFile(file, schema)).toEqual({ n: 1 });
    fs.writeFileSync(file, '{"n": ');
    expect(readJsonFile(file, schema)).toBeNull();
    fs.writeFileSync(file, '{"n": "1"}');
    expect(readJsonFile(file, schema)).toBeNull();
  });

  it('applies concurrent writes in call order and leaves no temporary files', async () => {
    const file = path.join(dir, 'b.json');
    await Promise.all(Array.from({ length: 20 }, (_, n) => writeJsonFile(file, { n })));
    expect(readJsonFile(file, schema)).toEqual({ n: 19 });
    expect(fs.readdirSync(dir)).toEqual(['b.json']);
  });

  it('keeps files private to the user', () => {
    if (process.platform === 'win32') return;
    const file = path.join(dir, 'c.json');
    writeJsonFileSync(file, { n: 1 });
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });
});

describe('desktop settings', () => {
  it('defaults to Persian and remembers the language', async () => {
    const file = path.join(dir, 'desktop-settings.json');
    expect(createDesktopSettingsStore(file).load()).toEqual({ language: 'fa' });
    await createDesktopSettingsStore(file).save({ language: 'en' });
    expect(createDesktopSettingsStore(file).load()).toEqual({ language: 'en' });
    fs.writeFileSync(file, '{"language":"de"}');
    expect(createDesktopSettingsStore(file).load()).toEqual({ language: 'fa' });
  });
});
