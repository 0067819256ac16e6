import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCounts, generateDemoData, type DemoOptions } from '../../../scripts/demo-data/generate';
import { DATA_COLLECTION_ORDER, parseDataLine, serializeDataLine, type DataCollection, type DataDocs } from '../../../shared/data-exchange';
import {
  accountDocSchema, activityDocSchema, contactDocSchema, leadDocSchema, opportunityDocSchema, productDocSchema, quoteDocSchema,
  referenceDocSchema,
} from '../../../shared/entities';
import { parsePhone } from '../../../shared/phone/phone';
import { openDatabase, type PeyvandDatabase } from '../../../renderer/src/db/database';
import { importDataFile } from '../../../renderer/src/features/data-import/import-data-file';
import { header } from '../shared/data-exchange/fixtures';

const OPTS: DemoOptions = {
  contacts: 200, accounts: 40, activities: 600, products: 30, leads: 80, opportunities: 60, quotes: 20, seed: 7, today: '2025-06-15',
};
const items = [...generateDemoData(OPTS)];
const SCHEMAS: { [C in DataCollection]: { safeParse(doc: unknown): { success: boolean } } } = {
  reference: referenceDocSchema, products: productDocSchema, accounts: accountDocSchema, contacts: contactDocSchema,
  leads: leadDocSchema, opportunities: opportunityDocSchema, quotes: quoteDocSchema, activities: activityDocSchema,
};
const of = <C extends DataCollection>(c: C): DataDocs[C][] =>
  items.filter((i) => i.collection === c).map((i) => i.doc as DataDocs[C]);

describe('demo data generator', () => {
  it('emits the advertised counts of every collection, in the file order of the format', () => {
    const counts = demoCounts(OPTS);
    for (const c of DATA_COLLECTION_ORDER) {
      expect(of(c).length, c).toBe(counts[c]);
      expect(counts[c], c).toBeGreaterThan(0);
    }
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
    const byType = {
      contact: contacts, account: accounts, lead: new Set(of('leads').map((l) => l.id)),
      opportunity: new Set(of('opportunities').map((o) => o.id)),
    } as Record<string, Set<string>>;
    for (const a of of('activities')) {
      expect(byType[a.regardingType]?.has(a.regardingId), `${a.regardingType} ${a.regardingId}`).toBe(true);
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
    const big = [...generateDemoData({ ...OPTS, contacts: 0, activities: 0, accounts: 400, leads: 0, opportunities: 0, quotes: 0 })]
      .filter((i) => i.collection === 'accounts');
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
    expect(await db.opportunities.count().exec()).toBe(OPTS.opportunities);
    expect(await db.quotes.count().exec()).toBe(OPTS.quotes);
    expect(report.byCollection.leads).toEqual({ inserted: OPTS.leads, skipped: 0, rejected: 0 });
    expect(report.byCollection.products).toEqual({ inserted: OPTS.products, skipped: 0, rejected: 0 });
  });
});

// Each case starts tsx in a child process: seconds each on a busy machine.
describe('npm run demo-data (the command)', { timeout: 90_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('prints its usage with --help and refuses unknown options with the usage', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const option of ['--contacts N', '--products N', '--leads N', '--opportunities N', '--quotes N', '--open-share P', '--leads-csv', '--bad-rows N']) {
      expect(help.stdout).toContain(option);
    }
    const bad = cli('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('Usage: npm run demo-data');
  });

  it('writes a file the importer accepts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'peyvand-demo-')), 'demo.ndjson');
    const run = cli('--contacts', '20', '--accounts', '5', '--activities', '30', '--products', '4', '--leads', '6', '--opportunities', '7',
      '--quotes', '3', '--open-share', '0.5', '--today', '2026-11-20', '--out', out, '--quiet');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const counts = demoCounts({ contacts: 20, accounts: 5, activities: 30, products: 4, leads: 6, opportunities: 7, quotes: 3 });
    expect(JSON.parse(lines[0]!).counts).toEqual(counts);
    expect(lines).toHaveLength(1 + Object.values(counts).reduce((a, b) => a + b, 0));
    const parsed = lines.slice(1).map((l) => parseDataLine(l));
    expect(parsed.every((p) => p.ok)).toBe(true);
    const collections = parsed.map((p) => (p.ok ? p.collection : ''));
    for (const c of DATA_COLLECTION_ORDER) expect(collections.filter((x) => x === c), c).toHaveLength(counts[c]);
  });

  it('refuses sales options it cannot honour, with the reason', () => {
    const share = cli('--open-share', '1.5');
    expect(share.status).toBe(2);
    expect(share.stderr).toContain('--open-share must be a number from 0 to 1');
    const bad = cli('--bad-rows', '5');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--bad-rows only applies with --leads-csv');
  });
});
