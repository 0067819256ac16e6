import { stageProbability, type PipelineStage } from '../../../../shared/sales';

export interface StagePosition {
  stageId: string;
  probability: number;
}

export type MoveRefusal = 'sameStage' | 'closed' | 'unknownStage' | 'inactiveStage';

export type MovePlan =
  | { ok: true; to: StagePosition; undo: StagePosition }
  | { ok: false; reason: MoveRefusal };

/**
 * Moving a deal to another stage sets its probability to the stage's default (the owner
 * can adjust it afterwards); undo puts back both the stage and the probability it had.
 */
export function planMove(
  deal: { stageId: string; probability: number; status: string },
  targetStageId: string,
  stages: readonly PipelineStage[],
): MovePlan {
  if (deal.status !== 'open') return { ok: false, reason: 'closed' };
  if (deal.stageId === targetStageId) return { ok: false, reason: 'sameStage' };
  const stage = stages.find((s) => s.id === targetStageId);
  if (!stage) return { ok: false, reason: 'unknownStage' };
  if (!stage.active) return { ok: false, reason: 'inactiveStage' };
  return {
    ok: true,
    to: { stageId: targetStageId, probability: stageProbability(stages, targetStageId) },
    undo: { stageId: deal.stageId, probability: deal.probability },
  };
}

/**
 * Which way an arrow key moves a card through the stages, as the user sees the board.
 * Stages flow in the reading direction: right to left in Persian, so ArrowLeft goes to
 * the NEXT stage there and to the previous one in English. Other keys: 0.
 */
export function stageStepForKey(key: string, direction: 'rtl' | 'ltr'): -1 | 0 | 1 {
  if (key === 'ArrowLeft') return direction === 'rtl' ? 1 : -1;
  if (key === 'ArrowRight') return direction === 'rtl' ? -1 : 1;
  return 0;
}

/**
 * The column an arrow key leads to from `fromId` among the droppable columns in board
 * order, or null at either end (or for other keys). Columns that cannot take a drop are
 * stepped over.
 */
export function columnInDirection(
  columns: readonly { id: string; droppable: boolean }[],
  fromId: string,
  key: string,
  direction: 'rtl' | 'ltr',
): string | null {
  const step = stageStepForKey(key, direction);
  if (step === 0) return null;
  const from = columns.findIndex((c) => c.id === fromId);
  if (from < 0) return null;
  for (let i = from + step; i >= 0 && i < columns.length; i += step) {
    if (columns[i]!.droppable) return columns[i]!.id;
  }
  return null;
}
