// npm run demo-data -- [--contacts N] [--accounts N] [--activities N] [--seed N] [--today YYYY-MM-DD]
//                      [--out FILE] [--no-validate]
// Writes realistic Persian CRM demo data as a Peyvand data file (shared/data-exchange),
// streamed to disk: 420k documents never sit in memory as one string.
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import {
  DATA_FORMAT, DATA_FORMAT_VERSION, serializeDataHeader, serializeDataLine, type DataCollection,
} from '../shared/data-exchange';
import { accountDocSchema, activityDocSchema, contactDocSchema, referenceDocSchema } from '../shared/entities';
import { demoCounts, generateDemoData, type DemoItem } from './demo-data/generate';

const SCHEMAS = { reference: referenceDocSchema, accounts: accountDocSchema, contacts: contactDocSchema, activities: activityDocSchema };

const USAGE = `Usage: npm run demo-data -- [options]
Writes realistic Persian demo data (names, companies, phones, addresses, activities) as a
Peyvand data file; import it in the app under Settings → Import data.
  --contacts N      contacts (default 1000)
  --accounts N      accounts (default 200)
  --activities N    activities (default 3000)
  --seed N          random seed: the same seed gives the same file (default 42)
  --today DATE      the date activities are spread around, YYYY-MM-DD (default today)
  --out FILE        where to write (default demo-data/peyvand-demo.ndjson)
  --no-validate     skip checking every document against the shared schemas (faster)
  --quiet           no progress output`;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        contacts: { type: 'string', default: '1000' },
        accounts: { type: 'string', default: '200' },
        activities: { type: 'string', default: '3000' },
        seed: { type: 'string', default: '42' },
        today: { type: 'string' },
        out: { type: 'string', default: 'demo-data/peyvand-demo.ndjson' },
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

const opts = {
  contacts: count('contacts', values.contacts),
  accounts: count('accounts', values.accounts),
  activities: count('activities', values.activities),
  seed: count('seed', values.seed),
  today: values.today ?? new Date().toISOString().slice(0, 10),
};
const outFile = resolve(values.out!);
const validateDocs = !values['no-validate'];
const log = (msg: string) => { if (!values.quiet) console.log(msg); };

async function main() {
  await mkdir(dirname(outFile), { recursive: true });
  // Write beside the target and rename at the end: a cached file is never half written.
  const partFile = `${outFile}.part`;
  const out = createWriteStream(partFile, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const started = performance.now();
  const counts = demoCounts(opts);
  const written: Record<DataCollection, number> = { reference: 0, accounts: 0, contacts: 0, activities: 0 };
  // Lines are gathered in an array and joined per ~1 MB: appending to one growing string
  // churns the garbage collector (it was half the run time).
  let pending: string[] = [];
  let pendingChars = 0;
  const write = async (text: string) => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars < 1 << 20) return;
    const ok = out.write(pending.join(''));
    pending = [];
    pendingChars = 0;
    if (!ok) await once(out, 'drain');
  };

  await write(serializeDataHeader({
    format: DATA_FORMAT,
    version: DATA_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    counts,
    source: `peyvand demo-data seed=${opts.seed} today=${opts.today}`,
  }) + '\n');

  const total = counts.reference + counts.accounts + counts.contacts + counts.activities;
  let n = 0;
  for (const item of generateDemoData(opts)) {
    if (validateDocs) assertValid(item);
    await write(serializeDataLine(item.collection, item.doc as never) + '\n');
    written[item.collection]++;
    if (++n % 50_000 === 0) log(`  ${n.toLocaleString('en')} / ${total.toLocaleString('en')} documents…`);
  }
  out.end(pending.join(''));
  await once(out, 'finish');
  const bytes = out.bytesWritten;
  await rename(partFile, outFile);

  const seconds = (performance.now() - started) / 1000;
  log(`Wrote ${outFile}`);
  log(`  reference ${written.reference}, accounts ${written.accounts}, contacts ${written.contacts}, activities ${written.activities}`);
  log(`  ${n.toLocaleString('en')} documents, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
    `(${Math.round(n / seconds).toLocaleString('en')} docs/s${validateDocs ? ', every document validated' : ''})`);
}

function assertValid(item: DemoItem) {
  const result = SCHEMAS[item.collection].safeParse(item.doc);
  if (!result.success) {
    throw new Error(`generated an invalid ${item.collection} document ${item.doc.id}: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
