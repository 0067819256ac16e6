// npm run demo-data -- [--contacts N] [--accounts N] [--activities N] [--products N] [--leads N]
//                      [--opportunities N] [--quotes N] [--open-share P] [--seed N] [--today YYYY-MM-DD]
//                      [--out FILE] [--no-validate] | --leads-csv [--leads N] [--bad-rows N]
// Writes realistic Persian CRM demo data as a Peyvand data file (shared/data-exchange),
// streamed to disk: 420k documents never sit in memory as one string. With --leads-csv, a
// CSV of leads for the lead import instead.
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  DATA_FORMAT, DATA_FORMAT_VERSION, serializeDataHeader, serializeDataLine, type DataCollection,
} from '../shared/data-exchange';
import {
  accountDocSchema, activityDocSchema, contactDocSchema, leadDocSchema, opportunityDocSchema, productDocSchema, quoteDocSchema,
  referenceDocSchema,
} from '../shared/entities';
import { DEFAULT_OPEN_SHARE, demoCounts, generateDemoData, type DemoItem } from './demo-data/generate';
import { generateLeadsCsv } from './demo-data/leads-csv';

const SCHEMAS = {
  reference: referenceDocSchema, products: productDocSchema, accounts: accountDocSchema, contacts: contactDocSchema,
  leads: leadDocSchema, opportunities: opportunityDocSchema, quotes: quoteDocSchema, activities: activityDocSchema,
} satisfies { [C in DataCollection]: unknown };

const USAGE = `Usage: npm run demo-data -- [options]
Writes realistic Persian demo data (names, companies, phones, addresses, activities, a product
catalog, leads, a sales pipeline, proforma invoices, exchange rates) as a Peyvand data file;
import it in the app under Settings → Import data.
  --contacts N        contacts (default 1000)
  --accounts N        accounts (default 200)
  --activities N      activities (default 3000)
  --products N        products of the catalog (default 60)
  --leads N           leads (default 300)
  --opportunities N   opportunities, spread over the pipeline stages (default 150)
  --quotes N          proforma invoices on the opportunities (default 40)
  --open-share P      share of the opportunities still open, 0 to 1 (default ${DEFAULT_OPEN_SHARE})
  --seed N            random seed: the same seed gives the same file (default 42)
  --today DATE        the date the data is built around, YYYY-MM-DD (default today)
  --out FILE          where to write (default demo-data/peyvand-demo.ndjson,
                      or demo-data/peyvand-leads.csv with --leads-csv)
  --no-validate       skip checking every document against the shared schemas (faster)
  --quiet             no progress output
  --leads-csv         write only leads, as a CSV for Leads → Import (Persian headers, UTF-8
                      with BOM, Persian digits); takes --leads, --bad-rows, --seed, --out
  --bad-rows N        with --leads-csv: how many rows are broken on purpose (default 0)`;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        contacts: { type: 'string', default: '1000' },
        accounts: { type: 'string', default: '200' },
        activities: { type: 'string', default: '3000' },
        products: { type: 'string', default: '60' },
        leads: { type: 'string', default: '300' },
        opportunities: { type: 'string', default: '150' },
        quotes: { type: 'string', default: '40' },
        'open-share': { type: 'string', default: String(DEFAULT_OPEN_SHARE) },
        'leads-csv': { type: 'boolean', default: false },
        'bad-rows': { type: 'string', default: '0' },
        seed: { type: 'string', default: '42' },
        today: { type: 'string' },
        out: { type: 'string' },
        'no-validate': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { values } = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function count(name: string, text: string | undefined): number {
  const n = Number((text ?? '').replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got ${text}`);
    process.exit(2);
  }
  return n;
}

function share(name: string, text: string | undefined): number {
  const p = Number(text);
  if (!text || !Number.isFinite(p) || p < 0 || p > 1) {
    console.error(`--${name} must be a number from 0 to 1, got ${text}`);
    process.exit(2);
  }
  return p;
}

const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !Number.isFinite(Date.parse(today))) {
  console.error(`--today must be a date YYYY-MM-DD, got ${today}`);
  process.exit(2);
}
const opts = {
  contacts: count('contacts', values.contacts),
  accounts: count('accounts', values.accounts),
  activities: count('activities', values.activities),
  products: count('products', values.products),
  leads: count('leads', values.leads),
  opportunities: count('opportunities', values.opportunities),
  quotes: count('quotes', values.quotes),
  openShare: share('open-share', values['open-share']),
  seed: count('seed', values.seed),
  today,
};
const csvMode = values['leads-csv'];
const badRows = count('bad-rows', values['bad-rows']);
if (badRows > 0 && !csvMode) {
  console.error(`--bad-rows only applies with --leads-csv\n\n${USAGE}`);
  process.exit(2);
}
if (csvMode && badRows > opts.leads) {
  console.error(`--bad-rows (${badRows}) cannot exceed --leads (${opts.leads})`);
  process.exit(2);
}
if (opts.activities > 0 && opts.contacts + opts.accounts === 0 && !csvMode) {
  console.error('--activities need at least one contact or account to be about (--contacts or --accounts > 0)');
  process.exit(2);
}
const outFile = resolve(values.out ?? (csvMode ? 'demo-data/peyvand-leads.csv' : 'demo-data/peyvand-demo.ndjson'));
const validateDocs = !values['no-validate'];
const log = (msg: string) => { if (!values.quiet) console.log(msg); };

/**
 * A file written beside the target and renamed at the end (a cached file is never half
 * written). Lines are gathered in an array and joined per ~1 MB: appending to one growing
 * string churns the garbage collector (it was half the run time).
 */
async function openOutput(file: string) {
  await mkdir(dirname(file), { recursive: true });
  const partFile = `${file}.part`;
  const out = createWriteStream(partFile, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let pending: string[] = [];
  let pendingChars = 0;
  return {
    async write(text: string) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars < 1 << 20) return;
      const ok = out.write(pending.join(''));
      pending = [];
      pendingChars = 0;
      if (!ok) await once(out, 'drain');
    },
    /** Flushes, renames into place; resolves with the bytes written. */
    async close(): Promise<number> {
      out.end(pending.join(''));
      await once(out, 'finish');
      await rename(partFile, file);
      return out.bytesWritten;
    },
  };
}

async function writeLeadsCsv() {
  const started = performance.now();
  const out = await openOutput(outFile);
  let rows = 0;
  let bad = 0;
  for (const line of generateLeadsCsv({ rows: opts.leads, badRows, seed: opts.seed })) {
    await out.write(line.text);
    if (line.lead) rows++;
    if (line.bad) bad++;
  }
  const bytes = await out.close();
  const seconds = (performance.now() - started) / 1000;
  log(`Wrote ${outFile}`);
  log(`  ${rows.toLocaleString('en')} lead rows (${bad} broken on purpose), ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
}

async function main() {
  if (csvMode) return writeLeadsCsv();
  const out = await openOutput(outFile);
  const { write } = out;
  const started = performance.now();
  const counts = demoCounts(opts);
  const written = Object.fromEntries(Object.keys(counts).map((c) => [c, 0])) as Record<DataCollection, number>;

  await write(serializeDataHeader({
    format: DATA_FORMAT,
    version: DATA_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    counts,
    source: `peyvand demo-data seed=${opts.seed} today=${opts.today}`,
  }) + '\n');

  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  let n = 0;
  for (const item of generateDemoData(opts)) {
    if (validateDocs) assertValid(item);
    await write(serializeDataLine(item.collection, item.doc as never) + '\n');
    written[item.collection]++;
    if (++n % 50_000 === 0) log(`  ${n.toLocaleString('en')} / ${total.toLocaleString('en')} documents…`);
  }
  const bytes = await out.close();

  const seconds = (performance.now() - started) / 1000;
  log(`Wrote ${outFile}`);
  log(`  ${Object.entries(written).map(([c, n]) => `${c} ${n.toLocaleString('en')}`).join(', ')}`);
  log(`  ${n.toLocaleString('en')} documents, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
    `(${Math.round(n / seconds).toLocaleString('en')} docs/s${validateDocs ? ', every document validated' : ''})`);
}

function assertValid(item: DemoItem) {
  const result = (SCHEMAS[item.collection] as z.ZodType).safeParse(item.doc);
  if (!result.success) {
    throw new Error(`generated an invalid ${item.collection} document ${item.doc.id}: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
