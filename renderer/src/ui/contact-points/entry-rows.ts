/**
 * Row state shared by the phone and e-mail editors. A row keeps the raw text the user
 * typed, so an unreadable number stays on screen with its error instead of vanishing;
 * only readable, non-empty rows become entries.
 */

export type EntryParse = { ok: true; stored: string } | { ok: false; reason: string };

/** How one kind of contact point is read, stored and shown. */
export interface EntryCodec<L extends string, E> {
  parse(text: string): EntryParse;
  /** Text shown for a stored value ("0912 123 4567" for "+989121234567"). */
  display(stored: string): string;
  toEntry(label: L, stored: string): E;
  fromEntry(entry: E): { label: L; stored: string };
}

export interface EntryRow<L extends string> {
  /** Stable React key: rows have no id of their own. */
  key: number;
  label: L;
  text: string;
  /** The text was committed (blur/Enter) and did not parse: show its error. */
  showError: boolean;
}

export type RowStatus = { kind: 'empty' } | { kind: 'valid'; stored: string } | { kind: 'invalid'; reason: string };

export function rowStatus<L extends string, E>(row: EntryRow<L>, codec: EntryCodec<L, E>): RowStatus {
  if (row.text.trim() === '') return { kind: 'empty' };
  const parsed = codec.parse(row.text);
  return parsed.ok ? { kind: 'valid', stored: parsed.stored } : { kind: 'invalid', reason: parsed.reason };
}

let nextKey = 1;
export function newRowKey(): number {
  return nextKey++;
}

export function rowsFromEntries<L extends string, E>(entries: readonly E[], codec: EntryCodec<L, E>): EntryRow<L>[] {
  return entries.map((entry) => {
    const { label, stored } = codec.fromEntry(entry);
    return { key: newRowKey(), label, text: codec.display(stored), showError: false };
  });
}

/** The entries to store: empty rows dropped, unreadable rows left out (the editor reports them invalid). */
export function entriesFromRows<L extends string, E>(rows: readonly EntryRow<L>[], codec: EntryCodec<L, E>): E[] {
  const entries: E[] = [];
  for (const row of rows) {
    const status = rowStatus(row, codec);
    if (status.kind === 'valid') entries.push(codec.toEntry(row.label, status.stored));
  }
  return entries;
}

export function rowsAreValid<L extends string, E>(rows: readonly EntryRow<L>[], codec: EntryCodec<L, E>): boolean {
  return rows.every((row) => rowStatus(row, codec).kind !== 'invalid');
}

/** On commit a readable row is rewritten in display form; an unreadable one shows its error. */
export function commitRow<L extends string, E>(row: EntryRow<L>, codec: EntryCodec<L, E>): EntryRow<L> {
  const status = rowStatus(row, codec);
  if (status.kind === 'valid') return { ...row, text: codec.display(status.stored), showError: false };
  return { ...row, showError: status.kind === 'invalid' };
}

/** Same entries in the same order: compared by content, as parents rebuild arrays freely. */
export function sameEntries<L extends string, E>(a: readonly E[], b: readonly E[], codec: EntryCodec<L, E>): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const x = codec.fromEntry(entry);
      const y = codec.fromEntry(b[i] as E);
      return x.label === y.label && x.stored === y.stored;
    })
  );
}

/**
 * Form errors (path → i18n key, as shared/entities' fieldErrors gives them) for each row.
 * Paths count entries ("phones.1.e164" is the second stored phone) and entries skip
 * empty and unreadable rows, so the n-th entry is the n-th readable row.
 */
export function rowErrorKeys<L extends string, E>(
  rows: readonly EntryRow<L>[],
  codec: EntryCodec<L, E>,
  errors: Readonly<Record<string, string>> | undefined,
  path: string,
): Map<number, string> {
  const byRow = new Map<number, string>();
  if (!errors) return byRow;
  let entryIndex = 0;
  for (const row of rows) {
    if (rowStatus(row, codec).kind !== 'valid') continue;
    const prefix = `${path}.${entryIndex}`;
    const key = Object.entries(errors).find(([errorPath]) => errorPath === prefix || errorPath.startsWith(`${prefix}.`))?.[1];
    if (key) byRow.set(row.key, key);
    entryIndex++;
  }
  return byRow;
}
