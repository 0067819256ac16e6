import { Badge, Group, useDirection, VisuallyHidden } from '@mantine/core';
import {
  closestCenter, DndContext, DragOverlay, PointerSensor, pointerWithin, useDraggable, useDroppable, useSensor, useSensors,
  type Announcements, type CollisionDetection, type DragEndEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  createContext, memo, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEventHandler,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode, FoundRate, Money } from '../../../../shared/money';
import { stageProbability, type PipelineBucket, type PipelineStage } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { MoneyText } from '../../ui/MoneyText';
import { baseEquivalent, ORPHAN_COLUMN_ID, type BoardColumn, type BoardDeal, type MissingRate } from './board-model';
import classes from './board.module.css';
import { columnInDirection } from './move-plan';
import { MoveToStageModal } from './MoveToStageModal';
import { cardLabels, OpportunityCardView, type CardLabels } from './OpportunityCard';
import { useAccountName } from './use-account-name';

const CARD_HEIGHT = 120;
const CARD_GAP = 8;
const SLOT = CARD_HEIGHT + CARD_GAP;

export interface PipelineBoardProps {
  columns: BoardColumn[];
  stages: readonly PipelineStage[];
  /** Column totals; undefined while they are being computed (they follow the cards). */
  byColumn: Record<string, PipelineBucket> | undefined;
  missingByColumn: Record<string, MissingRate[]> | undefined;
  baseCurrency: CurrencyCode;
  rateFor: (currency: CurrencyCode) => FoundRate | null;
  today: string;
  ownerName: (ownerId: string) => string;
  /** Whether the signed-in user may change this deal (the server's own rule). */
  canMove: (deal: BoardDeal) => boolean;
  onMove: (deal: BoardDeal, stageId: string) => void;
  onOpen: (deal: BoardDeal) => void;
  /** Undo the last move; true when there was one. */
  onUndo: () => boolean;
  /** false while only the first deals are in (the rest are being read). */
  complete: boolean;
}

interface ColumnApi {
  scrollToIndex(index: number): void;
}

function cardSelector(id: string) {
  return `[data-testid="opportunity-card"][data-id="${CSS.escape(id)}"]`;
}

/** Focus a card once it is rendered (a virtualized column may first have to scroll to it). */
function focusCardSoon(id: string, tries = 6) {
  requestAnimationFrame(() => {
    const node = document.querySelector<HTMLElement>(cardSelector(id));
    if (node) node.focus({ preventScroll: false });
    else if (tries > 0) focusCardSoon(id, tries - 1);
  });
}

// The column under the pointer, or the nearest one when the pointer is between columns.
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

/**
 * The kanban board: a column per stage, cards dragged with the mouse or moved with the
 * keyboard (Space picks up, the arrow keys choose the stage on that side of the screen,
 * Space or Enter drops, Escape cancels; M opens "move to stage"), every step announced to
 * screen readers.
 */
export function PipelineBoard(props: PipelineBoardProps) {
  const { columns, stages, onMove } = props;
  const { t } = useTranslation('opportunities');
  const count = useFormatters().number;
  const { dir } = useDirection();
  const direction: 'rtl' | 'ltr' = dir === 'rtl' ? 'rtl' : 'ltr';
  const scrollerRef = useRef<HTMLDivElement>(null);
  const columnApis = useRef(new Map<string, ColumnApi>());
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragging = useRef(false);
  const [moveFor, setMoveFor] = useState<BoardDeal | null>(null);
  const justDropped = useRef(0);

  const located = useMemo(() => {
    const map = new Map<string, { deal: BoardDeal; columnId: string; index: number }>();
    for (const column of columns) column.deals.forEach((deal, index) => map.set(deal.id, { deal, columnId: column.id, index }));
    return map;
  }, [columns]);
  /** Keyboard mode: the card picked up with Space and the column it would drop into. */
  const [lift, setLift] = useState<{ id: string; from: string; target: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const columnName = useCallback(
    (id: string) => (id === ORPHAN_COLUMN_ID ? t('column.noStage') : (columns.find((c) => c.id === id)?.stage?.name ?? id)),
    [columns, t],
  );

  // Persian boards start scrolled to the right, where the first stage is.
  useLayoutEffect(() => {
    const node = scrollerRef.current;
    if (node && direction === 'rtl') node.scrollLeft = node.scrollWidth;
  }, [direction]);

  const pointerOptions = useMemo(() => ({ activationConstraint: { distance: 6 } }), []);
  // The mouse (and touch) drag through dnd-kit; the keyboard has its own mode below, whose
  // steps follow the stage order, not pixels, so nothing on the way scrolls the card away.
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions));

  const announcements = useMemo<Announcements>(() => {
    const nameOf = (id: unknown) => located.get(String(id))?.deal.name ?? '';
    const fromOf = (id: unknown) => columnName(located.get(String(id))?.columnId ?? '');
    return {
      onDragStart: ({ active }) => t('dnd.pickedUp', { name: nameOf(active.id), stage: fromOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over ? t('dnd.over', { name: nameOf(active.id), stage: columnName(String(over.id)) }) : t('dnd.notOver', { name: nameOf(active.id) }),
      onDragEnd: ({ active, over }) => {
        const from = located.get(String(active.id))?.columnId;
        if (!over || over.id === from) return t('dnd.droppedBack', { name: nameOf(active.id), stage: fromOf(active.id) });
        return t('dnd.dropped', {
          name: nameOf(active.id),
          stage: columnName(String(over.id)),
          probability: count(stageProbability(stages, String(over.id))),
        });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { name: nameOf(active.id), stage: fromOf(active.id) }),
    };
  }, [columnName, count, located, stages, t]);

  const onDragStart = ({ active }: DragStartEvent) => {
    dragging.current = true;
    setActiveId(String(active.id));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    dragging.current = false;
    setActiveId(null);
    justDropped.current = Date.now();
    const from = located.get(String(active.id));
    if (!from || !over || over.id === from.columnId) return;
    onMove(from.deal, String(over.id));
    // The card is drawn anew at the top of its new column: keep the keyboard on it.
    columnApis.current.get(String(over.id))?.scrollToIndex(0);
    focusCardSoon(from.deal.id);
  };
  const onDragCancel = () => {
    dragging.current = false;
    setActiveId(null);
  };

  const focusCard = (columnId: string, index: number) => {
    const column = columns.find((c) => c.id === columnId);
    const deal = column?.deals[index];
    if (!deal) return;
    columnApis.current.get(columnId)?.scrollToIndex(index);
    focusCardSoon(deal.id);
  };

  const scrollColumnIntoView = (columnId: string) => {
    scrollerRef.current
      ?.querySelector(`[data-testid="pipeline-column"][data-stage="${CSS.escape(columnId)}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /** Keys while a card is picked up: arrows choose the column, Space or Enter drops, Escape cancels. */
  const onLiftedKeyDown = (event: KeyboardEvent<HTMLElement>, deal: BoardDeal, lifted: NonNullable<typeof lift>) => {
    const key = event.key;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      event.preventDefault();
      const next = columnInDirection(columns, lifted.target, key, direction);
      if (!next) return;
      setLift({ ...lifted, target: next });
      scrollColumnIntoView(next);
      setAnnouncement(t('dnd.over', { name: deal.name, stage: columnName(next) }));
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      setLift(null);
      if (lifted.target === lifted.from) {
        setAnnouncement(t('dnd.droppedBack', { name: deal.name, stage: columnName(lifted.from) }));
        return;
      }
      setAnnouncement(t('dnd.dropped', { name: deal.name, stage: columnName(lifted.target), probability: count(stageProbability(stages, lifted.target)) }));
      onMove(deal, lifted.target);
      columnApis.current.get(lifted.target)?.scrollToIndex(0);
      focusCardSoon(deal.id);
    } else if (key === 'Escape' || key === 'Tab') {
      if (key === 'Escape') event.preventDefault();
      setLift(null);
      setAnnouncement(t('dnd.cancelled', { name: deal.name, stage: columnName(lifted.from) }));
    } else if (key === 'ArrowUp' || key === 'ArrowDown') {
      event.preventDefault();
    }
  };

  const onCardKeyDown = (event: KeyboardEvent<HTMLElement>, deal: BoardDeal) => {
    if (dragging.current || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const where = located.get(deal.id);
    if (!where) return;
    if (lift) {
      if (lift.id === deal.id) onLiftedKeyDown(event, deal, lift);
      else setLift(null);
      return;
    }
    if (event.key === ' ') {
      if (!props.canMove(deal)) return;
      event.preventDefault();
      setLift({ id: deal.id, from: where.columnId, target: where.columnId });
      setAnnouncement(t('dnd.pickedUp', { name: deal.name, stage: columnName(where.columnId) }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      props.onOpen(deal);
    } else if (event.code === 'KeyM' || event.key === 'F2') {
      if (!props.canMove(deal)) return;
      event.preventDefault();
      setMoveFor(deal);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusCard(where.columnId, Math.max(0, where.index + (event.key === 'ArrowDown' ? 1 : -1)));
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // Without a card picked up, the side arrows walk between columns that have cards.
      const next = columnInDirection(columns.map((c) => ({ id: c.id, droppable: c.deals.length > 0 })), where.columnId, event.key, direction);
      if (!next) return;
      event.preventDefault();
      focusCard(next, 0);
    }
  };

  // A picked-up card whose deal left the board (closed elsewhere, synced away) is put down.
  useEffect(() => {
    if (lift && !located.has(lift.id)) setLift(null);
  }, [lift, located]);

  const onBoardKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyZ' && !dragging.current) {
      if (props.onUndo()) event.preventDefault();
    }
  };

  const active = activeId ? located.get(activeId)?.deal : undefined;
  // Handlers reach the latest props through a ref, so the card context (and every memoized card) stays put.
  const handlers = useRef({ onCardKeyDown, onOpen: props.onOpen, setMoveFor, lift });
  handlers.current = { onCardKeyDown, onOpen: props.onOpen, setMoveFor, lift };
  const { baseCurrency, rateFor, today, ownerName, canMove } = props;
  const cardContext = useMemo<CardContextValue>(
    () => ({
      labels: cardLabels(t),
      baseCurrency,
      rateFor,
      today,
      ownerName,
      canMove,
      open: (deal) => {
        if (Date.now() - justDropped.current > 250) handlers.current.onOpen(deal);
      },
      keyDown: (event, deal) => handlers.current.onCardKeyDown(event, deal),
      blur: (deal) => {
        if (handlers.current.lift?.id === deal.id) setLift(null);
      },
      moveMenu: (deal) => handlers.current.setMoveFor(deal),
      liftedId: lift?.id ?? null,
    }),
    [t, baseCurrency, rateFor, today, ownerName, canMove, lift?.id],
  );

  return (
    <CardContext.Provider value={cardContext}>
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <div ref={scrollerRef} className={classes.scroller} dir="ltr" onKeyDown={onBoardKeyDown}>
        <div className={`${classes.lane} ${direction === 'rtl' ? classes.laneRtl : ''}`}>
          {columns.map((column) => (
            <Column
              key={column.id}
              column={column}
              title={columnName(column.id)}
              bucket={props.byColumn?.[column.id]}
              missing={props.missingByColumn?.[column.id] ?? []}
              complete={props.complete}
              dir={direction}
              registry={columnApis.current}
              keyboardTarget={lift !== null && lift.target === column.id && lift.target !== lift.from}
            />
          ))}
        </div>
      </div>
      <VisuallyHidden aria-live="assertive" aria-atomic data-testid="board-announcer">{announcement}</VisuallyHidden>
      <DragOverlay dropAnimation={null}>{active ? <div dir={direction}><OverlayCard deal={active} /></div> : null}</DragOverlay>
      <MoveToStageModal
        deal={moveFor}
        stages={stages}
        onClose={() => setMoveFor(null)}
        onMove={(stageId) => {
          const deal = moveFor;
          setMoveFor(null);
          if (!deal) return;
          setAnnouncement(t('dnd.dropped', { name: deal.name, stage: columnName(stageId), probability: count(stageProbability(stages, stageId)) }));
          onMove(deal, stageId);
          columnApis.current.get(stageId)?.scrollToIndex(0);
          setTimeout(() => focusCardSoon(deal.id), 0);
        }}
      />
    </DndContext>
    </CardContext.Provider>
  );
}

function observeSize(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (entry) report({ width: entry.contentRect.width, height: entry.contentRect.height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

interface ColumnProps {
  column: BoardColumn;
  title: string;
  bucket: PipelineBucket | undefined;
  missing: MissingRate[];
  dir: 'rtl' | 'ltr';
  /** Where the board finds each column's scroll, to bring a card into view. */
  registry: Map<string, ColumnApi>;
  complete: boolean;
  /** The keyboard's picked-up card would drop here. */
  keyboardTarget: boolean;
}

function Column({ column, title, bucket, missing, dir, registry, complete, keyboardTarget }: ColumnProps) {
  const { t } = useTranslation('opportunities');
  const count = useFormatters().number;
  const { setNodeRef, isOver } = useDroppable({ id: column.id, disabled: !column.droppable });
  const scrollRef = useRef<HTMLDivElement>(null);
  const { deals } = column;
  const virtualizer = useVirtualizer({
    count: deals.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => SLOT,
    overscan: 4,
    // Cards are drawn in the first commit, before the column has been measured, and the
    // size comes from a ResizeObserver: reading it on mount would force a layout per column.
    initialRect: { width: 252, height: 720 },
    observeElementRect: observeSize,
    getItemKey: useCallback((index: number) => deals[index]?.id ?? index, [deals]),
  });

  useEffect(() => {
    registry.set(column.id, { scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) });
    return () => void registry.delete(column.id);
  }, [registry, column.id, virtualizer]);

  const over = (isOver && column.droppable) || keyboardTarget;
  // '…' while computing; '—' when every deal here lacks a rate (a zero would read as "nothing here").
  const figure = (value: Money | undefined) =>
    !bucket || !value ? '…' : bucket.count === 0 && missing.length > 0 ? '—' : <MoneyText value={value} />;
  const classNames = [classes.column, over && classes.columnOver, !column.droppable && classes.columnInactive].filter(Boolean).join(' ');
  return (
    <section
      ref={setNodeRef}
      className={classNames}
      dir={dir}
      aria-label={title}
      data-testid="pipeline-column"
      data-stage={column.id}
      data-count={deals.length}
      data-drop-target={over || undefined}
    >
      <header className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <div className={classes.columnTitle} title={title}><bdi>{title}</bdi></div>
          <Group gap={4} wrap="nowrap">
            {column.stage && (
              <Badge size="xs" variant="outline" color="gray" title={t('column.defaultProbability')}>
                {t('percent', { value: count(column.stage.probability) })}
              </Badge>
            )}
            <Badge size="sm" variant="light" data-testid="column-count" title={complete ? t('column.count', { count: deals.length, formatted: count(deals.length) }) : undefined}>
              {complete ? count(deals.length) : '…'}
            </Badge>
          </Group>
        </Group>
        {!column.droppable && <div className={classes.missing}>{column.stage ? t('column.inactive') : t('column.noStageHint')}</div>}
        <div className={classes.columnFigures} data-testid="column-total">
          {t('column.total')}: <strong>{figure(bucket?.amount)}</strong>
        </div>
        <div className={classes.columnFigures} data-testid="column-weighted">
          {t('column.weighted')}: <strong>{figure(bucket?.weighted)}</strong>
        </div>
        {missing.map((m) => (
          <div key={m.currency} className={classes.missing} data-testid="column-missing-rate">
            {t('missingRate', { count: m.count, formatted: count(m.count), currency: m.currency })}
          </div>
        ))}
      </header>
      <div ref={scrollRef} className={classes.cards} role="list" aria-label={title}>
        {deals.length === 0 ? (
          <div className={classes.emptyColumn}>{!complete ? '…' : column.droppable ? t('column.empty') : t('column.emptyInactive')}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const deal = deals[item.index]!;
              return (
                <div key={item.key} role="listitem" className={classes.slot} style={{ transform: `translateY(${item.start}px)` }}>
                  <LiveCard deal={deal} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}

interface CardContextValue {
  labels: CardLabels;
  baseCurrency: CurrencyCode;
  rateFor: (currency: CurrencyCode) => FoundRate | null;
  today: string;
  ownerName: (ownerId: string) => string;
  canMove: (deal: BoardDeal) => boolean;
  open: (deal: BoardDeal) => void;
  keyDown: (event: KeyboardEvent<HTMLElement>, deal: BoardDeal) => void;
  blur: (deal: BoardDeal) => void;
  moveMenu: (deal: BoardDeal) => void;
  /** The card picked up with the keyboard, if any. */
  liftedId: string | null;
}

const CardContext = createContext<CardContextValue | null>(null);

function useCardContext(): CardContextValue {
  const value = useContext(CardContext);
  if (!value) throw new Error('Board card outside PipelineBoard');
  return value;
}

/** The card under the pointer while dragging: a picture of it, not a second draggable. */
function OverlayCard({ deal }: { deal: BoardDeal }) {
  const c = useCardContext();
  const accountName = useAccountName(deal.accountId);
  return (
    <OpportunityCardView
      deal={deal} labels={c.labels} accountName={accountName} ownerName={c.ownerName(deal.ownerId)}
      baseValue={baseEquivalent(deal.amount, c.baseCurrency, c.rateFor)} baseCurrency={c.baseCurrency} today={c.today} overlay aria-hidden
    />
  );
}

/** A card in a column; redrawn only when its deal (or the board's settings) change. */
const LiveCard = memo(function LiveCard({ deal }: { deal: BoardDeal }) {
  const { t } = useTranslation('opportunities');
  const c = useCardContext();
  const readOnly = !c.canMove(deal);
  const accountName = useAccountName(deal.accountId);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: deal.id, disabled: readOnly });
  const baseValue = useMemo(() => baseEquivalent(deal.amount, c.baseCurrency, c.rateFor), [deal.amount, c.baseCurrency, c.rateFor]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => c.keyDown(event, deal),
    [c, deal],
  );
  const onClick = useCallback(() => c.open(deal), [c, deal]);
  const onBlur = useCallback(() => c.blur(deal), [c, deal]);
  const lifted = c.liftedId === deal.id;
  const onMoveMenu = useCallback(() => c.moveMenu(deal), [c, deal]);
  return (
    <OpportunityCardView
      ref={setNodeRef}
      {...attributes}
      // Read-only cards still open on Enter or a click: they are not "disabled" buttons.
      aria-disabled={undefined}
      aria-roledescription={readOnly ? t('card.roleReadOnly') : t('card.role')}
      deal={deal}
      labels={c.labels}
      accountName={accountName}
      ownerName={c.ownerName(deal.ownerId)}
      baseValue={baseValue}
      baseCurrency={c.baseCurrency}
      today={c.today}
      readOnly={readOnly}
      dragging={isDragging}
      lifted={lifted}
      aria-pressed={lifted}
      onBlur={onBlur}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLElement> | undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onMoveMenu={readOnly ? undefined : onMoveMenu}
    />
  );
});
