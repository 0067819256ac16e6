import { newId, referenceDataSchemas, type ReferenceData } from '../../../../shared/entities';
import { DEFAULT_PIPELINE_STAGES, type PipelineStage } from '../../../../shared/sales';
import { toLatinDigits } from '../../../../shared/text/digits';

/**
 * Editing the pipeline stages (مراحل فروش) as a draft list, then turning the draft into the
 * reference rows to write. Pure, so ordering and the save plan are tested without a browser.
 */

export interface StageDraft {
  /** The reference key: a built-in stage keeps its stable id, a new one gets a fresh id. */
  id: string;
  name: string;
  /** As typed (Persian or English digits); read by readProbability. */
  probability: string;
  active: boolean;
  /** A built-in stage not yet saved (its name is a translation until then). */
  builtIn: boolean;
  /** Added in this draft, never saved. */
  isNew: boolean;
}

export function draftFromStages(stages: readonly PipelineStage[]): StageDraft[] {
  return stages.map((s) => ({ id: s.id, name: s.name, probability: String(s.probability), active: s.active, builtIn: s.builtIn, isNew: false }));
}

export function newStageDraft(name = '', probability = 50): StageDraft {
  return { id: newId(), name, probability: String(probability), active: true, builtIn: false, isNew: true };
}

/** Moves the stage at `index` by `delta` places (−1 up, +1 down); out of range is a no-op. */
export function moveStage<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length || delta === 0) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A whole percentage 0–100 typed in either digit set ("۷۵", "75", "75%"), or null. */
export function readProbability(text: string): number | null {
  const cleaned = toLatinDigits(text).replace(/[%٪\s]/g, '');
  if (!/^\d{1,3}$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value <= 100 ? value : null;
}

/** Open deals per stage id; a stage with open deals may be deactivated but not deleted. */
export type OpenDealCounts = ReadonlyMap<string, number>;

export function canDeleteStage(stage: Pick<StageDraft, 'id'>, openDeals: OpenDealCounts): boolean {
  return (openDeals.get(stage.id) ?? 0) === 0;
}

export interface SavedStageRow {
  key: string;
  data: ReferenceData<'pipelineStage'>;
}

/** i18n keys: shared validation keys, or this feature's own. */
export type StageErrors = Record<string, Partial<Record<'name' | 'probability', string>>>;

export interface StageSavePlan {
  ok: boolean;
  /** Per stage id, per field: the error key to show next to the field. */
  errors: StageErrors;
  /** A problem of the list as a whole (no active stage, a stage with open deals removed). */
  listError: string | null;
  /** Rows to write, in order; a built-in list is written whole so saved ids match the defaults. */
  upserts: SavedStageRow[];
  /** Saved stages the draft no longer has (soft-deleted). */
  removals: string[];
}

// Order values leave gaps, so a stage added on another device lands between without renumbering.
const ORDER_STEP = 10;

/**
 * The rows to write for a draft. Names are trimmed and required and must differ; the
 * probability is a whole 0–100; at least one stage must stay active. While the stages are
 * still the built-in ones, every stage is written with its stable id, so opportunities
 * created against the defaults (on any device) keep their stage. Otherwise only stages
 * that changed are written.
 */
export function planStageSave(saved: readonly SavedStageRow[], draft: readonly StageDraft[], openDeals: OpenDealCounts): StageSavePlan {
  const errors: StageErrors = {};
  const seen = new Map<string, string>();
  const rows: SavedStageRow[] = [];
  draft.forEach((stage, index) => {
    const name = stage.name.trim();
    const probability = readProbability(stage.probability);
    const own: StageErrors[string] = {};
    const normalizedName = name.replace(/\s+/g, ' ').toLocaleLowerCase();
    if (!name) own.name = 'validation:required';
    else if (name.length > 80) own.name = 'validation:tooLong';
    else if (seen.has(normalizedName)) own.name = 'salesSettings:stages.errors.duplicateName';
    else seen.set(normalizedName, stage.id);
    if (probability === null) own.probability = 'validation:invalidPercent';
    if (own.name || own.probability) {
      errors[stage.id] = own;
      return;
    }
    const data = { name, order: (index + 1) * ORDER_STEP, probability: probability!, active: stage.active };
    const checked = referenceDataSchemas.pipelineStage.safeParse(data);
    if (!checked.success) {
      errors[stage.id] = { name: 'validation:invalid' };
      return;
    }
    rows.push({ key: stage.id, data: checked.data });
  });

  const kept = new Set(draft.map((s) => s.id));
  const removals = saved.map((r) => r.key).filter((key) => !kept.has(key));
  let listError: string | null = null;
  if (!draft.some((s) => s.active)) listError = 'salesSettings:stages.errors.noActiveStage';
  if (draft.length === 0) listError = 'salesSettings:stages.errors.noStages';
  // Before the first save the stages in effect are the built-in ones.
  const current = saved.length ? saved.map((r) => r.key) : DEFAULT_PIPELINE_STAGES.map((s) => s.id);
  const removedWithDeals = current.filter((key) => !kept.has(key) && (openDeals.get(key) ?? 0) > 0);
  if (removedWithDeals.length) listError = 'salesSettings:stages.errors.removedWithDeals';

  const ok = Object.keys(errors).length === 0 && listError === null;
  // Before the first save nothing is stored, so every stage (built-in ids included) is written.
  const byKey = new Map(saved.map((r) => [r.key, r.data]));
  const upserts = rows.filter((r) => !sameStage(byKey.get(r.key), r.data));
  return { ok, errors, listError, upserts: ok ? upserts : [], removals: ok ? removals : [] };
}

function sameStage(a: ReferenceData<'pipelineStage'> | undefined, b: ReferenceData<'pipelineStage'>): boolean {
  return !!a && a.name === b.name && a.order === b.order && a.probability === b.probability && a.active === b.active;
}

/**
 * Whether the draft differs from what is stored, as it would be saved: « ۷۵ » typed in
 * Persian digits is the stored 75, a name with spaces around it is the trimmed name.
 */
export function stagesDirty(original: readonly StageDraft[], draft: readonly StageDraft[]): boolean {
  if (original.length !== draft.length) return true;
  const probability = (text: string) => readProbability(text) ?? text;
  return draft.some((s, i) => {
    const o = original[i]!;
    return o.id !== s.id || o.name.trim() !== s.name.trim() || probability(o.probability) !== probability(s.probability) || o.active !== s.active;
  });
}
