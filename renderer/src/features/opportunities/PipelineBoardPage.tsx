import { Center, Loader } from '@mantine/core';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { todayIso } from '../../../../shared/dates';
import { writeRefusal } from '../../../../shared/sync/access';
import { useFormatters } from '../../app/formatters';
import { ScreenSnapshotPreview } from '../../app/ScreenSnapshotPreview';
import { useScreenSnapshot } from '../../app/use-screen-snapshot';
import { EmptyState } from '../../ui/EmptyState';
import { useExchangeRates, usePipelineStages, useSetting } from '../sales-settings/sales-reference';
import { useUserOptions } from '../settings/use-users';
import { useSyncStore } from '../sync/sync-store';
import { boardSummary, buildColumns, rateLookup, ratesInForce, type BoardDeal } from './board-model';
import classes from './board.module.css';
import { BoardSummaryBar } from './BoardSummaryBar';
import { OpportunitiesHeader } from './OpportunitiesHeader';
import { PipelineBoard } from './PipelineBoard';
import { useBoardMoves } from './use-board-moves';
import { useOpenDeals } from './use-open-deals';

/** /opportunities: the pipeline board of every open deal. */
export function PipelineBoardPage() {
  const { t } = useTranslation('opportunities');
  const formatCount = useFormatters().number;
  const [, navigate] = useLocation();
  const stages = usePipelineStages();
  const baseCurrency = useSetting('baseCurrency');
  const rates = useExchangeRates();
  const open = useOpenDeals();
  const deals = open?.deals;
  const complete = open?.complete ?? false;
  const owners = useUserOptions();
  const user = useSyncStore((s) => s.user);
  const { move, pending, undoLast } = useBoardMoves(stages, deals);
  const today = todayIso();

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const columns = useMemo(() => (stages && deals ? buildColumns(stages, deals, pending) : undefined), [stages, deals, pending]);
  const inForce = useMemo(() => (rates ? ratesInForce(rates, today) : undefined), [rates, today]);
  // Totals over thousands of deals are exact (bigint) arithmetic: they follow in a background
  // render right after the cards are on screen, instead of holding the cards back.
  const columnsForTotals = useDeferredValue(complete ? columns : undefined);
  const summary = useMemo(() => {
    if (!columnsForTotals || !baseCurrency || !inForce) return undefined;
    const started = performance.now();
    const result = boardSummary(columnsForTotals, { baseCurrency, rates: inForce, onDate: today });
    performance.measure('peyvand:board-totals', { start: started, end: performance.now() });
    return result;
  }, [columnsForTotals, baseCurrency, inForce, today]);
  const rateFor = useMemo(() => (baseCurrency && inForce ? rateLookup(inForce, baseCurrency, today) : undefined), [baseCurrency, inForce, today]);
  const ownerNames = useMemo(() => new Map(owners.map((o) => [o.value, o.label])), [owners]);
  const ownerName = useCallback((id: string) => ownerNames.get(id) ?? id, [ownerNames]);
  const canMove = useCallback(
    (deal: BoardDeal) => !user || writeRefusal({ id: user.id, role: user.role, teamId: user.teamId }, 'opportunities', deal, deal) === null,
    [user],
  );
  const onMove = useCallback((deal: BoardDeal, stageId: string) => void move(deal, stageId), [move]);
  const onOpen = useCallback((deal: BoardDeal) => navigate(`/opportunities/${deal.id}`), [navigate]);

  /*
   * data-ready marks the first commit that shows cards (the board benchmark times it);
   * data-complete, the one where every open deal is in and the totals are computed. Set on
   * the element, not through state: announcing them must not cost the board another render.
   */
  const loaded = Boolean(columns && rateFor && stages && baseCurrency);
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = boardRef.current;
    if (!loaded || !node) return;
    if (!node.dataset.ready) {
      node.dataset.ready = 'true';
      performance.mark('peyvand:board-ready');
    }
    if (summary && !node.dataset.complete) {
      node.dataset.complete = 'true';
      performance.mark('peyvand:board-complete');
    }
  });

  // The next start paints this board at once (columns, first cards, totals) from a snapshot.
  useScreenSnapshot(loaded && Boolean(summary), summary);

  const count = deals?.length ?? 0;
  const header = <OpportunitiesHeader view="board" countText={complete ? t('openCount', { count, formatted: formatCount(count) }) : null} />;
  if (!loaded || !columns || !rateFor || !stages || !baseCurrency) {
    // Loading: at start, the snapshot of this whole page (header included) stands in for it.
    return (
      <ScreenSnapshotPreview
        fallback={<div className={classes.page}>{header}<Center flex={1}><Loader /></Center></div>}
      />
    );
  }
  return (
    <div className={classes.page}>
      {header}
      {complete && count === 0 ? (
        <div ref={boardRef} data-testid="pipeline-board" data-empty>
          <EmptyState
            icon={<IconLayoutKanban size={36} stroke={1.5} />}
            title={t('board.emptyTitle')}
            description={t('board.emptyBody')}
            action={{ label: t('new'), onClick: () => navigate('/opportunities/new') }}
          />
        </div>
      ) : (
        <>
          <BoardSummaryBar summary={summary} openCount={complete ? count : null} ownerName={ownerName} />
          <div
            ref={boardRef}
            data-testid="pipeline-board"
            style={{ display: 'flex', flex: 1, minHeight: 0 }}
            aria-label={t('board.label')}
            role="region"
          >
            <PipelineBoard
              columns={columns}
              stages={stages}
              byColumn={summary?.byColumn}
              missingByColumn={summary?.missingByColumn}
              baseCurrency={baseCurrency}
              rateFor={rateFor}
              today={today}
              ownerName={ownerName}
              canMove={canMove}
              onMove={onMove}
              onOpen={onOpen}
              onUndo={undoLast}
              complete={complete}
            />
          </div>
        </>
      )}
    </div>
  );
}
