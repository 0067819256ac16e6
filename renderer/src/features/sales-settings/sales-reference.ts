import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  referenceDocSchema, settingSchemas, validate, type FieldErrors, type ReferenceData, type ReferenceDoc, type ReferenceKind,
  type SettingKey, type SettingValue,
} from '../../../../shared/entities';
import type { ExchangeRate } from '../../../../shared/money';
import {
  DEFAULT_BASE_CURRENCY, DEFAULT_ENABLED_CURRENCIES, effectiveStages, type PipelineStage,
} from '../../../../shared/sales';
import { DEFAULT_VAT_PERCENT } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseProvider';
import type { Actor } from '../../db/records';

/** Reference ids must be plain ids; keys may hold '@', '/' or '.' (a rate's `USD/IRR@2026-11-23`, see exchangeRateKey). */
export function referenceId(kind: ReferenceKind, key: string): string {
  return `${kind}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 64);
}

/** Live reference rows of one kind (not deleted), by key. */
export function useReferenceRows<K extends ReferenceKind>(kind: K): { key: string; data: ReferenceData<K>; doc: ReferenceDoc }[] | undefined {
  const db = useDatabase();
  const [rows, setRows] = useState<{ key: string; data: ReferenceData<K>; doc: ReferenceDoc }[] | undefined>(undefined);
  useEffect(() => {
    const sub = db.reference
      .find({ selector: { kind }, sort: [{ kind: 'asc' }, { key: 'asc' }] })
      .$.subscribe((docs) => setRows(docs.map((d) => ({ key: d.key, data: d.data as ReferenceData<K>, doc: d.toJSON() as ReferenceDoc }))));
    return () => sub.unsubscribe();
  }, [db, kind]);
  return rows;
}

/** The pipeline stages (saved or built-in), built-in names translated. */
export function usePipelineStages(): PipelineStage[] | undefined {
  const { t } = useTranslation('opportunities');
  const rows = useReferenceRows('pipelineStage');
  return useMemo(
    () => rows && effectiveStages(rows).map((s) => (s.builtIn ? { ...s, name: t(`defaultStages.${s.id}`) } : s)),
    [rows, t],
  );
}

const SETTING_DEFAULTS: { [K in SettingKey]: SettingValue<K> } = {
  baseCurrency: DEFAULT_BASE_CURRENCY,
  defaultVatPercent: DEFAULT_VAT_PERCENT,
  company: { name: '', address: '', phone: '', nationalId: '', economicCode: '', logo: '' },
};

/** A setting's saved value, or its default; undefined while loading. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  const rows = useReferenceRows('setting');
  return useMemo(() => {
    if (!rows) return undefined;
    const row = rows.find((r) => r.key === key);
    const parsed = row ? settingSchemas[key].safeParse(row.data.value) : null;
    return (parsed?.success ? parsed.data : SETTING_DEFAULTS[key]) as SettingValue<K>;
  }, [rows, key]);
}

/** Currencies offered in money fields: the enabled ones (defaults until saved), base first. */
export function useEnabledCurrencies(): string[] | undefined {
  const rows = useReferenceRows('currency');
  const base = useSetting('baseCurrency');
  return useMemo(() => {
    if (!rows || !base) return undefined;
    const enabled = rows.length ? rows.filter((r) => r.data.enabled).map((r) => r.data.code) : [...DEFAULT_ENABLED_CURRENCIES];
    return [base, ...enabled.filter((c) => c !== base).sort()];
  }, [rows, base]);
}

/** The dated exchange-rate table. */
export function useExchangeRates(): ExchangeRate[] | undefined {
  const rows = useReferenceRows('exchangeRate');
  return useMemo(() => rows?.map((r) => ({ ...r.data })), [rows]);
}

/**
 * Writes one reference row (validated with the shared schema; nothing written on error).
 * The id derives from kind + key, so two admins creating the same key offline converge on
 * one record through the merge instead of duplicating it.
 */
export async function saveReferenceRow<K extends ReferenceKind>(
  db: PeyvandDatabase,
  kind: K,
  key: string,
  data: ReferenceData<K>,
  actor: Actor,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const id = referenceId(kind, key);
  const existing = await db.reference.findOne(id).exec();
  const at = now.toISOString();
  const doc = {
    id, kind, key, data: data as Record<string, unknown>,
    ownerId: existing?.ownerId ?? actor.userId,
    teamId: existing?.teamId ?? actor.teamId,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  const checked = validate(referenceDocSchema, doc);
  if (!checked.ok) return checked;
  await db.reference.incrementalUpsert(checked.value as never);
  return { ok: true };
}

export async function saveSetting<K extends SettingKey>(db: PeyvandDatabase, key: K, value: SettingValue<K>, actor: Actor) {
  return saveReferenceRow(db, 'setting', key, { value }, actor);
}

export { exchangeRateKey } from './rate-rules';

/** Rows written per bulk call, so a long import can show progress between batches. */
const BULK_BATCH = 250;

/**
 * Writes many reference rows of one kind (a rate import, the stage list): every row is
 * validated first and nothing is written if any is invalid (errors keyed by row index).
 */
export async function saveReferenceRows<K extends ReferenceKind>(
  db: PeyvandDatabase,
  kind: K,
  rows: readonly { key: string; data: ReferenceData<K> }[],
  actor: Actor,
  options: { now?: Date; onProgress?: (written: number, total: number) => void } = {},
): Promise<{ ok: true; written: number } | { ok: false; index: number; errors: FieldErrors }> {
  const at = (options.now ?? new Date()).toISOString();
  const ids = rows.map((r) => referenceId(kind, r.key));
  const existing = await db.reference.findByIds(ids).exec();
  const docs: ReferenceDoc[] = [];
  for (const [index, row] of rows.entries()) {
    const before = existing.get(ids[index]!);
    const checked = validate(referenceDocSchema, {
      id: ids[index], kind, key: row.key, data: row.data as Record<string, unknown>,
      ownerId: before?.ownerId ?? actor.userId,
      teamId: before?.teamId ?? actor.teamId,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    });
    if (!checked.ok) return { ok: false, index, errors: checked.errors };
    docs.push(checked.value);
  }
  for (let start = 0; start < docs.length; start += BULK_BATCH) {
    const result = await db.reference.bulkUpsert(docs.slice(start, start + BULK_BATCH) as never[]);
    if (result.error.length) throw new Error(`Writing ${kind} rows failed: ${result.error.map((e) => e.status).join(', ')}`);
    options.onProgress?.(Math.min(start + BULK_BATCH, docs.length), docs.length);
  }
  return { ok: true, written: docs.length };
}

/** Soft-deletes reference rows of one kind by key (sync carries the deletion). */
export async function removeReferenceRows(db: PeyvandDatabase, kind: ReferenceKind, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  await db.reference.bulkRemove(keys.map((key) => referenceId(kind, key)));
}
