import { z } from 'zod';
import {
  accountDocSchema, activityDocSchema, contactDocSchema, leadDocSchema, opportunityDocSchema, productDocSchema, quoteDocSchema,
  referenceDocSchema, upgradeDocument, type AccountDoc, type ActivityDoc, type CollectionName, type ContactDoc, type LeadDoc,
  type OpportunityDoc, type ProductDoc, type QuoteDoc, type ReferenceDoc,
} from '../entities';

/**
 * The Peyvand data file: NDJSON. Line 1 is a header, every other line one document:
 *
 *   {"format":"peyvand-data","version":1,"createdAt":"…","counts":{"accounts":n,…}}
 *   {"c":"reference","d":{…}}
 *   {"c":"accounts","d":{…}}
 *
 * Writers emit documents in DATA_COLLECTION_ORDER (reference data and products, then accounts,
 * contacts, the sales cycle, activities last), so a reader that inserts in file order never
 * meets a reference to a record it has not seen yet.
 * One document per line keeps the file streamable: neither side ever holds it whole.
 */
export const DATA_FORMAT = 'peyvand-data';
export const DATA_FORMAT_VERSION = 1;
export const DATA_FILE_EXTENSION = '.ndjson';

/** The collections a data file may carry, in the order writers emit them. */
export const DATA_COLLECTION_ORDER = [
  'reference', 'products', 'accounts', 'contacts', 'leads', 'opportunities', 'quotes', 'activities',
] as const satisfies readonly CollectionName[];
export type DataCollection = (typeof DATA_COLLECTION_ORDER)[number];

export interface DataDocs {
  reference: ReferenceDoc;
  accounts: AccountDoc;
  contacts: ContactDoc;
  activities: ActivityDoc;
  leads: LeadDoc;
  opportunities: OpportunityDoc;
  products: ProductDoc;
  quotes: QuoteDoc;
}

const DOC_SCHEMAS: { [C in DataCollection]: z.ZodType<DataDocs[C]> } = {
  reference: referenceDocSchema,
  accounts: accountDocSchema,
  contacts: contactDocSchema,
  activities: activityDocSchema,
  leads: leadDocSchema,
  opportunities: opportunityDocSchema,
  products: productDocSchema,
  quotes: quoteDocSchema,
};

/** A hostile file may hold one giant line; nothing legitimate comes near this (notes are ≤ 10k chars). */
export const MAX_LINE_CHARS = 1_000_000;

const countsSchema = z.partialRecord(z.enum(DATA_COLLECTION_ORDER), z.number().int().min(0));

export const dataHeaderSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  counts: countsSchema,
  /** Free text naming the writer, e.g. "peyvand demo-data seed=42". */
  source: z.string().max(200).optional(),
});
export type DataHeader = z.infer<typeof dataHeaderSchema>;

/** Machine-readable reasons (the UI translates them); `detail` says where, in English. */
export type DataLineProblem =
  | 'emptyLine'
  | 'lineTooLong'
  | 'badJson'
  | 'notAnObject'
  | 'unknownCollection'
  | 'invalidDocument'
  | 'notADataFile'
  | 'unsupportedVersion'
  | 'badHeader';

export type ParsedHeader = { ok: true; header: DataHeader } | { ok: false; reason: DataLineProblem; detail: string };

export type ParsedLine =
  | { [C in DataCollection]: { ok: true; collection: C; doc: DataDocs[C] } }[DataCollection]
  | { ok: false; reason: DataLineProblem; detail: string };

function parseJson(line: string): { ok: true; value: unknown } | { ok: false; reason: DataLineProblem; detail: string } {
  if (line.length > MAX_LINE_CHARS) return { ok: false, reason: 'lineTooLong', detail: `${line.length} characters` };
  if (line.trim() === '') return { ok: false, reason: 'emptyLine', detail: '' };
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch (err) {
    return { ok: false, reason: 'badJson', detail: err instanceof Error ? err.message : String(err) };
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads line 1. A file that is not ours, or from a newer writer, is refused before anything is written. */
export function parseDataHeader(line: string): ParsedHeader {
  const json = parseJson(line.replace(/^\uFEFF/, ''));
  if (!json.ok) return { ok: false, reason: 'notADataFile', detail: json.reason === 'badJson' ? json.detail : json.reason };
  const value = json.value;
  if (!isPlainObject(value) || value.format !== DATA_FORMAT) {
    return { ok: false, reason: 'notADataFile', detail: 'the first line is not a peyvand-data header' };
  }
  if (value.version !== DATA_FORMAT_VERSION) {
    return { ok: false, reason: 'unsupportedVersion', detail: `version ${JSON.stringify(value.version)}` };
  }
  const parsed = dataHeaderSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'badHeader', detail: describeIssues(parsed.error) };
  return { ok: true, header: parsed.data };
}

/**
 * Reads one document line and validates it against the shared doc schema. The returned doc
 * is zod's output: unknown keys (e.g. `_rev`, `_deleted`, `_meta`) are dropped, so a file can
 * never smuggle storage internals into the database.
 */
export function parseDataLine(line: string): ParsedLine {
  const json = parseJson(line);
  if (!json.ok) return json;
  const value = json.value;
  if (!isPlainObject(value)) return { ok: false, reason: 'notAnObject', detail: 'expected {"c":…,"d":{…}}' };
  const collection = value.c;
  if (typeof collection !== 'string' || !(DATA_COLLECTION_ORDER as readonly string[]).includes(collection)) {
    return { ok: false, reason: 'unknownCollection', detail: JSON.stringify(collection ?? null).slice(0, 60) };
  }
  if (!isPlainObject(value.d)) return { ok: false, reason: 'notAnObject', detail: '"d" must be an object' };
  const c = collection as DataCollection;
  // A file written by an older version lacks the newer fields.
  const result = DOC_SCHEMAS[c].safeParse(upgradeDocument(c, value.d));
  if (!result.success) {
    const id = typeof value.d.id === 'string' ? `${value.d.id.slice(0, 64)}: ` : '';
    return { ok: false, reason: 'invalidDocument', detail: `${c} ${id}${describeIssues(result.error)}` };
  }
  return { ok: true, collection: c, doc: result.data } as ParsedLine;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function serializeDataHeader(header: DataHeader): string {
  return JSON.stringify(header);
}

export function serializeDataLine<C extends DataCollection>(collection: C, doc: DataDocs[C]): string {
  return JSON.stringify({ c: collection, d: doc });
}
