import { describe, expect, it } from 'vitest';
import { columnInDirection, planMove, stageStepForKey } from '../../../renderer/src/features/opportunities/move-plan';
import { STAGES } from './fixtures';

describe('planMove', () => {
  it('moves to the stage and sets its default probability; undo restores stage and probability', () => {
    const plan = planMove({ stageId: 'prospecting', probability: 33, status: 'open' }, 'proposal', STAGES);
    expect(plan).toEqual({ ok: true, to: { stageId: 'proposal', probability: 50 }, undo: { stageId: 'prospecting', probability: 33 } });
  });

  it('refuses moves that change nothing or cannot be made', () => {
    const open = { stageId: 'proposal', probability: 50, status: 'open' };
    expect(planMove(open, 'proposal', STAGES)).toEqual({ ok: false, reason: 'sameStage' });
    expect(planMove({ ...open, status: 'won' }, 'closing', STAGES)).toEqual({ ok: false, reason: 'closed' });
    expect(planMove(open, 'nowhere', STAGES)).toEqual({ ok: false, reason: 'unknownStage' });
    const stages = STAGES.map((s) => (s.id === 'closing' ? { ...s, active: false } : s));
    expect(planMove(open, 'closing', stages)).toEqual({ ok: false, reason: 'inactiveStage' });
  });
});

describe('arrow keys follow the screen', () => {
  it('in Persian (RTL) ArrowLeft is the next stage; in English ArrowRight is', () => {
    expect(stageStepForKey('ArrowLeft', 'rtl')).toBe(1);
    expect(stageStepForKey('ArrowRight', 'rtl')).toBe(-1);
    expect(stageStepForKey('ArrowRight', 'ltr')).toBe(1);
    expect(stageStepForKey('ArrowLeft', 'ltr')).toBe(-1);
    expect(stageStepForKey('ArrowUp', 'rtl')).toBe(0);
  });

  const columns = [
    { id: 'prospecting', droppable: true },
    { id: 'needsAnalysis', droppable: false },
    { id: 'proposal', droppable: true },
    { id: 'closing', droppable: true },
  ];

  it('finds the neighbouring column that takes a drop, stepping over those that do not', () => {
    expect(columnInDirection(columns, 'prospecting', 'ArrowLeft', 'rtl')).toBe('proposal');
    expect(columnInDirection(columns, 'prospecting', 'ArrowRight', 'ltr')).toBe('proposal');
    expect(columnInDirection(columns, 'proposal', 'ArrowRight', 'rtl')).toBe('prospecting');
    expect(columnInDirection(columns, 'closing', 'ArrowLeft', 'rtl')).toBeNull();
    expect(columnInDirection(columns, 'prospecting', 'ArrowRight', 'rtl')).toBeNull();
    expect(columnInDirection(columns, 'prospecting', 'ArrowDown', 'rtl')).toBeNull();
    expect(columnInDirection(columns, 'unknown', 'ArrowLeft', 'rtl')).toBeNull();
  });
});
