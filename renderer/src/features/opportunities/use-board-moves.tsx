import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import type { BoardDeal } from './board-model';
import { planMove, type MovePlan, type StagePosition } from './move-plan';
import { patchOpportunity } from './opportunity-actions';

const UNDO_WINDOW_MS = 10_000;
const MAX_UNDO = 20;
/** Each move's undo function, so undoing it from the notification also takes it off the stack. */
const undoFor = new WeakMap<object, () => void>();

/**
 * Moves deals between stages with an "undo" notification. A moved card shows in its new
 * column at once (`pending`) until the database reports the change; undo puts back the
 * stage and probability it had, and only those fields, so edits made since are kept.
 */
export function useBoardMoves(stages: readonly PipelineStage[] | undefined, deals: readonly BoardDeal[] | undefined) {
  const { t } = useTranslation('opportunities');
  const count = useFormatters().number;
  const db = useDatabase();
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Moves of this visit that can still be undone, latest last (Ctrl/Cmd+Z takes them back in turn).
  const undoStack = useRef<{ id: string; undo: () => void }[]>([]);
  // Undo belongs to this visit of the board: its notices go when the board does, instead of
  // covering the next page's buttons for the rest of their ten seconds.
  const shownNotices = useRef(new Set<string>());
  const onBoard = useRef(true);
  useEffect(() => {
    const shown = shownNotices.current;
    onBoard.current = true;
    return () => {
      onBoard.current = false;
      for (const id of shown) notifications.hide(id);
      shown.clear();
    };
  }, []);

  // A pending move is done once the live query shows the deal in its new stage (or gone).
  useEffect(() => {
    if (!deals || pending.size === 0) return;
    const byId = new Map(deals.map((d) => [d.id, d]));
    const settled = [...pending].filter(([id, stageId]) => byId.get(id)?.stageId === stageId || !byId.has(id));
    if (settled.length === 0) return;
    setPending((p) => {
      const next = new Map(p);
      for (const [id] of settled) next.delete(id);
      return next;
    });
  }, [deals, pending]);

  const stageName = useCallback((id: string) => stages?.find((s) => s.id === id)?.name ?? id, [stages]);

  const undoMove = useCallback(
    async (deal: BoardDeal, plan: Extract<MovePlan, { ok: true }>) => {
      const notificationId = `moved-${deal.id}`;
      notifications.hide(notificationId);
      undoStack.current = undoStack.current.filter((entry) => entry.undo !== undoFor.get(plan));
      const current = await db.opportunities.findOne(deal.id).exec();
      if (!current || current.status !== 'open' || current.stageId !== plan.to.stageId) {
        notifications.show({ color: 'orange', message: t('move.undoStale', { name: deal.name }) });
        return;
      }
      const result = await patchOpportunity(db, deal.id, plan.undo, currentActor());
      notifications.show(
        result.ok
          ? { color: 'teal', message: t('move.undone', { name: deal.name, stage: stageName(plan.undo.stageId) }) }
          : { color: 'red', message: t('move.failed', { name: deal.name }) },
      );
    },
    [db, stageName, t],
  );
  const move = useCallback(
    async (deal: BoardDeal, toStageId: string): Promise<MovePlan> => {
      if (!stages) return { ok: false, reason: 'unknownStage' };
      const plan = planMove(deal, toStageId, stages);
      if (!plan.ok) return plan;
      setPending((p) => new Map(p).set(deal.id, toStageId));
      const result = await patchOpportunity(db, deal.id, plan.to satisfies StagePosition, currentActor());
      if (!result.ok) {
        setPending((p) => {
          const next = new Map(p);
          next.delete(deal.id);
          return next;
        });
        notifications.show({ color: 'red', message: t('move.failed', { name: deal.name }) });
        return plan;
      }
      const undo = () => void undoMove(deal, plan);
      undoFor.set(plan, undo);
      undoStack.current = [...undoStack.current.slice(1 - MAX_UNDO), { id: deal.id, undo }];
      // The write finished after the user left the board: the move stands, the notice would not belong.
      if (!onBoard.current) return plan;
      shownNotices.current.add(`moved-${deal.id}`);
      notifications.show({
        id: `moved-${deal.id}`,
        autoClose: UNDO_WINDOW_MS,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="move-notification">
            <Text size="sm">
              {t('move.done', { name: deal.name, stage: stageName(toStageId), probability: count(plan.to.probability) })}
            </Text>
            <Button size="xs" variant="light" onClick={undo} data-testid="undo-move">{t('common:undo')}</Button>
          </Group>
        ),
      });
      return plan;
    },
    [db, count, stageName, stages, t, undoMove],
  );

  /** Ctrl/Cmd+Z on the board: undo the latest move of this visit not yet undone. */
  const undoLast = useCallback(() => {
    const last = undoStack.current.at(-1);
    last?.undo();
    return Boolean(last);
  }, []);

  return { move, pending, undoLast };
}
