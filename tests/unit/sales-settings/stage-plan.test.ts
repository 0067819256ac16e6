import { describe, expect, it } from 'vitest';
import {
  canDeleteStage, draftFromStages, moveStage, newStageDraft, planStageSave, readProbability, stagesDirty, type SavedStageRow, type StageDraft,
} from '../../../renderer/src/features/sales-settings/stage-plan';
import { DEFAULT_PIPELINE_STAGES, effectiveStages } from '../../../shared/sales';

const NONE = new Map<string, number>();
// What the settings page shows before any save: the built-in stages, names translated.
const builtInDraft = (): StageDraft[] =>
  draftFromStages(DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s, name: `نام ${s.id}` })));

describe('moveStage', () => {
  it('moves one place up or down and ignores moves off the ends', () => {
    expect(moveStage(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStage(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStage(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStage(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('readProbability', () => {
  it.each([['75', 75], ['۷۵', 75], ['٧٥', 75], ['0', 0], ['100', 100], [' 50 % ', 50], ['۵۰٪', 50]])('reads %j', (text, value) => {
    expect(readProbability(text)).toBe(value);
  });
  it.each(['', '101', '-1', '12.5', 'abc', '1000'])('refuses %j', (text) => {
    expect(readProbability(text)).toBeNull();
  });
});

describe('planStageSave', () => {
  it('writes every built-in stage with its stable id on the first save, in the new order', () => {
    const draft = builtInDraft();
    draft[1] = { ...draft[1]!, name: 'بررسی نیاز مشتری' };
    const reordered = moveStage(draft, 1, -1);
    const plan = planStageSave([], reordered, NONE);
    expect(plan.ok).toBe(true);
    expect(plan.upserts.map((r) => r.key)).toEqual(['needsAnalysis', 'prospecting', 'proposal', 'negotiation', 'closing']);
    expect(plan.upserts[0]!.data).toEqual({ name: 'بررسی نیاز مشتری', order: 10, probability: 25, active: true });
    expect(plan.upserts.map((r) => r.data.order)).toEqual([10, 20, 30, 40, 50]);
    expect(plan.removals).toEqual([]);
    // Saved, the stages read back in the same order and with the same ids.
    expect(effectiveStages(plan.upserts).map((s) => s.id)).toEqual(plan.upserts.map((r) => r.key));
  });

  it('writes only the stages that changed once saved', () => {
    const saved: SavedStageRow[] = planStageSave([], builtInDraft(), NONE).upserts;
    const draft = draftFromStages(effectiveStages(saved));
    draft[4] = { ...draft[4]!, probability: '۹۵' };
    const plan = planStageSave(saved, draft, NONE);
    expect(plan.upserts).toEqual([{ key: 'closing', data: { name: 'نام closing', order: 50, probability: 95, active: true } }]);
  });

  it('adds a new stage with a fresh id and removes a dropped one', () => {
    const saved = planStageSave([], builtInDraft(), NONE).upserts;
    const draft = draftFromStages(effectiveStages(saved)).filter((s) => s.id !== 'negotiation');
    const added = newStageDraft('ارسال پیش‌فاکتور', 60);
    const plan = planStageSave(saved, [...draft, added], NONE);
    expect(plan.ok).toBe(true);
    expect(plan.removals).toEqual(['negotiation']);
    // closing moved from 50 to 40; the new stage comes last.
    expect(plan.upserts.map((r) => [r.key, r.data.order])).toEqual([['closing', 40], [added.id, 50]]);
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to drop a stage that has open deals (saved or still built-in); deactivating is fine', () => {
    const deals = new Map([['proposal', 3]]);
    expect(canDeleteStage({ id: 'proposal' }, deals)).toBe(false);
    expect(canDeleteStage({ id: 'closing' }, deals)).toBe(true);
    const builtIn = builtInDraft();
    const dropped = planStageSave([], builtIn.filter((s) => s.id !== 'proposal'), deals);
    expect(dropped).toMatchObject({ ok: false, listError: 'salesSettings:stages.errors.removedWithDeals', upserts: [], removals: [] });
    const saved = planStageSave([], builtIn, NONE).upserts;
    const droppedSaved = planStageSave(saved, draftFromStages(effectiveStages(saved)).filter((s) => s.id !== 'proposal'), deals);
    expect(droppedSaved.ok).toBe(false);
    const deactivated = draftFromStages(effectiveStages(saved)).map((s) => (s.id === 'proposal' ? { ...s, active: false } : s));
    const plan = planStageSave(saved, deactivated, deals);
    expect(plan.ok).toBe(true);
    expect(plan.upserts).toEqual([{ key: 'proposal', data: { name: 'نام proposal', order: 30, probability: 50, active: false } }]);
  });

  it('gives field errors for an empty or repeated name and a bad probability, and writes nothing', () => {
    const draft = builtInDraft();
    draft[0] = { ...draft[0]!, name: '  ' };
    draft[2] = { ...draft[2]!, name: ' نام   NEGOTIATION ' };
    draft[1] = { ...draft[1]!, probability: '120' };
    draft[3] = { ...draft[3]!, name: 'نام negotiation' };
    const plan = planStageSave([], draft, NONE);
    expect(plan.ok).toBe(false);
    expect(plan.upserts).toEqual([]);
    expect(plan.errors).toEqual({
      prospecting: { name: 'validation:required' },
      needsAnalysis: { probability: 'validation:invalidPercent' },
      negotiation: { name: 'salesSettings:stages.errors.duplicateName' },
    });
  });

  it('keeps at least one active stage', () => {
    const draft = builtInDraft().map((s) => ({ ...s, active: false }));
    expect(planStageSave([], draft, NONE)).toMatchObject({ ok: false, listError: 'salesSettings:stages.errors.noActiveStage' });
    expect(planStageSave([], [], NONE)).toMatchObject({ ok: false, listError: 'salesSettings:stages.errors.noStages' });
  });
});

describe('stagesDirty', () => {
  it('notices a rename, a move, an add and a toggle, not an untouched list', () => {
    const a = builtInDraft();
    expect(stagesDirty(a, builtInDraft())).toBe(false);
    expect(stagesDirty(a, moveStage(a, 0, 1))).toBe(true);
    expect(stagesDirty(a, [...a, newStageDraft()])).toBe(true);
    expect(stagesDirty(a, a.map((s, i) => (i === 2 ? { ...s, active: false } : s)))).toBe(true);
    expect(stagesDirty(a, a.map((s, i) => (i === 2 ? { ...s, name: 'x' } : s)))).toBe(true);
    // What the user typed equals what was saved: not dirty once the save lands.
    expect(stagesDirty(a, a.map((s, i) => (i === 2 ? { ...s, name: ` ${s.name} `, probability: '۵۰' } : s)))).toBe(false);
  });
});
