import { Box, Center, Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import classes from './VirtualRecordList.module.css';

interface VirtualRecordListProps<T extends { id: string }> {
  rows: T[];
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
  rowHeight: number;
  renderRow: (row: T) => ReactNode;
  onOpen: (row: T) => void;
  testId: string;
  rowTestId: string;
  ariaLabel: string;
  /** Rows from the cold-start cache, not yet the live query. */
  preview?: boolean;
}

/**
 * Only the visible rows are in the DOM, so 100k contacts scroll like 100. The next page
 * loads as the end comes near. Rows are focusable; Enter opens, arrows move.
 */
export function VirtualRecordList<T extends { id: string }>(props: VirtualRecordListProps<T>) {
  const { rows, hasMore, loading, loadMore, rowHeight } = props;
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - 20) loadMore();
  }, [lastIndex, rows.length, hasMore, loading, loadMore]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const row = rows[index];
    if (event.key === 'Enter' && row) props.onOpen(row);
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, index + delta));
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      parentRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
  };

  return (
    <div ref={parentRef} className={classes.scroller} data-testid={props.testId} data-preview={props.preview || undefined} role="list" aria-label={props.ariaLabel} aria-busy={props.preview || undefined}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <Box
              key={row?.id ?? 'loader'}
              data-index={item.index}
              className={classes.row}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              role="listitem"
              tabIndex={row ? 0 : -1}
              data-testid={row ? props.rowTestId : undefined}
              data-id={row?.id}
              onClick={row ? () => props.onOpen(row) : undefined}
              onKeyDown={(e) => onKeyDown(e, item.index)}
            >
              {row ? props.renderRow(row) : <Center h="100%"><Loader size="sm" /></Center>}
            </Box>
          );
        })}
      </div>
    </div>
  );
}
