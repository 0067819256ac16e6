import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCounts, generateDemoData, type DemoOptions } from '../../../scripts/demo-data/generate';
import { DATA_COLLECTION_ORDER, parseDataLine, serializeDataLine, type DataCollection, type DataDocs } from '../../../shared/data-exchange';
import { accountDocSchema, activityDocSchema, contactDocSchema, referenceDocSchema } from '../../../shared/entities';
import { parsePhone } from '../../../shared/phone/phone';
import { openDatabase, type PeyvandDatabase } from '../../../renderer/src/db/database';
import { importDataFile } from '../../../renderer/src/features/data-import/import-data-file';
import { header } from '../shared/data-exchange/fixtures';

const OPTS: DemoOptions = { contacts: 200, accounts: 40, activities: 600, seed: 7, today: '2025-06-15' };
const items = [...generateDemoData(OPTS)];
const SCHEMAS = { reference: referenceDocSchema, accounts: accountDocSchema, contacts: contactDocSchema, activities: activityDocSchema };
const of = <C extends DataCollection>(c: C): DataDocs[C][] =>
  items.filter((i) => i.collection === c).map((i) => i.doc as DataDocs[C]);

describe('demo data generator', () => {
  it('emits the advertised counts, reference docs first, then accounts, contacts, activities', () => {
    const counts = demoCounts(OPTS);
    for (const c of DATA_COLLECTION_ORDER) expect(of(c).length, c).toBe(counts[c]);
    const order = items.map((i) => DATA_COLLECTION_ORDER.indexOf(i.collection));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('validates 100% against the shared schemas, also through the file format', () => {
    const invalid = items.filter((i) => !SCHEMAS[i.collection].safeParse(i.doc).success);
    expect(invalid.map((i) => i.doc.id)).toEqual([]);
    for (const i of items) expect(parseDataLine(serializeDataLine(i.collection, i.doc as never)).ok).toBe(true);
  });

  it('is reproducible for a seed, and differs for another', () => {
    const again = [...generateDemoData(OPTS)];
    expect(again).toEqual(items);
    const other = [...generateDemoData({ ...OPTS, seed: 8 })];
    expect(other[20]).not.toEqual(items[20]);
  });

  it('has unique ids and references that resolve', () => {
    const ids = new Set(items.map((i) => i.doc.id));
    expect(ids.size).toBe(items.length);
    const users = new Set(of('reference').filter((r) => r.kind === 'user').map((r) => r.key));
    const teams = new Set(of('reference').filter((r) => r.kind === 'team').map((r) => r.key));
    expect(users.size).toBeGreaterThanOrEqual(5);
    expect(teams.size).toBeGreaterThanOrEqual(1);
    const accounts = new Set(of('accounts').map((a) => a.id));
    const contacts = new Set(of('contacts').map((c) => c.id));
    for (const { doc } of items) {
      expect(users.has(doc.ownerId), doc.id).toBe(true);
      expect(teams.has(doc.teamId), doc.id).toBe(true);
    }
    for (const c of of('contacts')) if (c.accountId) expect(accounts.has(c.accountId)).toBe(true);
    for (const a of of('activities')) {
      expect((a.regardingType === 'contact' ? contacts : accounts).has(a.regardingId)).toBe(true);
      expect(a.assigneeType === 'user' ? users.has(a.assigneeId) : teams.has(a.assigneeId)).toBe(true);
    }
  });

  it('writes phone numbers that parse as Iranian mobiles and landlines', () => {
    const phones = [...of('accounts'), ...of('contacts')].flatMap((d) => d.phones);
    for (const p of phones) {
      const parsed = parsePhone(p.e164);
      expect(parsed, p.e164).toMatchObject({ ok: true, e164: p.e164 });
      if (parsed.ok) expect(parsed.type, p.e164).toBe(p.label === 'mobile' ? 'mobile' : 'fixedLine');
    }
    expect(of('contacts').some((c) => c.phones.length > 1)).toBe(true);
    expect(of('contacts').some((c) => c.emails.length > 1)).toBe(true);
  });

  it('looks like a Persian CRM: Persian names, Latin e-mails, open and done tasks, IRR and some USD limits', () => {
    const persian = /[\u0600-\u06FF]/;
    for (const c of of('contacts')) expect(c.fullName).toMatch(persian);
    for (const e of of('contacts').flatMap((c) => c.emails)) expect(e.address).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+$/);
    const tasks = of('activities').filter((a) => a.type === 'task');
    expect(tasks.some((t) => t.status === 'open' && t.dueDate >= OPTS.today)).toBe(true);
    expect(tasks.some((t) => t.status === 'done' && t.completedAt)).toBe(true);
    const currencies = new Set(of('accounts').map((a) => a.creditLimit?.currency));
    expect(currencies.has('IRR')).toBe(true);
    const big = [...generateDemoData({ ...OPTS, contacts: 0, activities: 0, accounts: 400 })].filter((i) => i.collection === 'accounts');
    expect(big.some((i) => (i.doc as { creditLimit: { currency: string } | null }).creditLimit?.currency === 'USD')).toBe(true);
  });
});

describe('demo data import', () => {
  let db: PeyvandDatabase | null = null;
  afterEach(async () => { await db?.close(); db = null; });

  it('imports every generated document', async () => {
    db = await openDatabase({ name: `demo-import-${Date.now()}`, storage: getRxStorageMemory(), multiInstance: false });
    const text = [header(demoCounts(OPTS)), ...items.map((i) => serializeDataLine(i.collection, i.doc as never))].join('\n');
    const report = await importDataFile(db, new Blob([text]));
    expect(report).toMatchObject({ status: 'completed', inserted: items.length, skipped: 0, rejected: 0 });
    expect(await db.contacts.count().exec()).toBe(OPTS.contacts);
  });
});

describe('npm run demo-data (the command)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('prints its usage with --help and refuses unknown options with the usage', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--contacts N');
    const bad = cli('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('Usage: npm run demo-data');
  });

  it('writes a file the importer accepts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'peyvand-demo-')), 'demo.ndjson');
    const run = cli('--contacts', '20', '--accounts', '5', '--activities', '30', '--out', out, '--quiet');
    expect(run.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const counts = demoCounts({ contacts: 20, accounts: 5, activities: 30 });
    expect(lines).toHaveLength(1 + Object.values(counts).reduce((a, b) => a + b, 0));
    expect(lines.slice(1).every((l) => parseDataLine(l).ok)).toBe(true);
  });
});
