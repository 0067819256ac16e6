import fs from 'node:fs';
import nodePath from 'node:path';
import type { z } from 'zod';

/**
 * Small JSON files in userData (window state, desktop settings, secrets). A missing,
 * unreadable or malformed file reads as null: a corrupt settings file must never stop
 * the app from starting. Writes go to a temporary file first and are renamed into place,
 * so a crash mid-write leaves the previous file intact.
 */
export function readJsonFile<T>(filePath: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let tempCounter = 0;
function tempPathFor(filePath: string): string {
  return `${filePath}.${process.pid}.${++tempCounter}.tmp`;
}

export function writeJsonFileSync(filePath: string, data: unknown): void {
  fs.mkdirSync(nodePath.dirname(filePath), { recursive: true });
  const temp = tempPathFor(filePath);
  fs.writeFileSync(temp, JSON.stringify(data, null, 2), { encoding: 'utf8', mode: 0o600 });
  fs.renameSync(temp, filePath);
}

// Writes to one file run in call order, so an older write can never land last.
const pendingWrites = new Map<string, Promise<void>>();

export function writeJsonFile(filePath: string, data: unknown): Promise<void> {
  const text = JSON.stringify(data, null, 2);
  const write = async () => {
    await fs.promises.mkdir(nodePath.dirname(filePath), { recursive: true });
    const temp = tempPathFor(filePath);
    await fs.promises.writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
    await fs.promises.rename(temp, filePath);
  };
  const run = (pendingWrites.get(filePath) ?? Promise.resolve()).then(write, write);
  const settled = run.catch(() => undefined);
  pendingWrites.set(filePath, settled);
  void settled.then(() => {
    if (pendingWrites.get(filePath) === settled) pendingWrites.delete(filePath);
  });
  return run;
}
