import { Center, Loader, useDirection } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { gridColumns, gridKeyTarget, gridRowCount } from './grid-layout';
import { ProductCardContent } from './ProductCard';
import type { ProductSummary } from './product-summary';
import classes from './products.module.css';

const MIN_CARD = 190;
const GAP = 12;
const CARD_HEIGHT = 288;

interface VirtualProductGridProps {
  rows: ProductSummary[];
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
  onOpen: (product: ProductSummary) => void;
  baseCurrency: string | undefined;
  ariaLabel: string;
  testId: string;
}

/**
 * The visual catalog: cards in as many columns as fit, virtualized by rows of cards so
 * 10k products keep a few dozen cards in the DOM. Arrow keys move between cards as they
 * appear on screen (RTL-aware), Enter opens one, the next page loads near the end.
 */
export function VirtualProductGrid({ rows, hasMore, loading, loadMore, onOpen, baseCurrency, ariaLabel, testId }: VirtualProductGridProps) {
  const { dir } = useDirection();
  const { ref: sizeRef, width } = useElementSize();
  const parentRef = useRef<HTMLDivElement>(null);
  const ref = useMergedRef(parentRef, sizeRef);
  const columns = gridColumns(width - 2 * GAP, MIN_CARD, GAP);
  const rowCount = gridRowCount(rows.length, columns);
  const virtualizer = useVirtualizer({
    count: rowCount + (hasMore ? 1 : 0),
    getScrollElement: () => parentRef.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  const lastRow = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && (lastRow + 4) * columns >= rows.length) loadMore();
  }, [lastRow, columns, rows.length, hasMore, loading, loadMore]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const product = rows[index];
    if ((event.key === 'Enter' || event.key === ' ') && product) {
      event.preventDefault();
      onOpen(product);
      return;
    }
    const next = gridKeyTarget(index, event.key, columns, rows.length, dir === 'rtl');
    if (next === null) return;
    event.preventDefault();
    virtualizer.scrollToIndex(Math.floor(next / columns));
    requestAnimationFrame(() => parentRef.current?.querySelector<HTMLElement>(`[data-card-index="${next}"]`)?.focus());
  };

  return (
    <div ref={ref} className={classes.scroller} role="list" aria-label={ariaLabel} data-testid={testId} data-columns={columns}>
      <div style={{ height: virtualizer.getTotalSize() + GAP, position: 'relative' }}>
        {items.map((item) => {
          if (item.index >= rowCount) {
            return (
              <Center key="loader" className={classes.gridRow} style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
                <Loader size="sm" />
              </Center>
            );
          }
          const start = item.index * columns;
          const cards = rows.slice(start, start + columns);
          return (
            <div
              key={item.index}
              className={classes.gridRow}
              style={{ height: item.size, transform: `translateY(${item.start}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
            >
              {cards.map((product, i) => (
                <div
                  key={product.id}
                  className={classes.card}
                  style={{ height: CARD_HEIGHT }}
                  role="listitem"
                  tabIndex={0}
                  aria-label={product.name}
                  data-card-index={start + i}
                  data-testid="product-card"
                  data-id={product.id}
                  data-inactive={!product.active || undefined}
                  onClick={() => onOpen(product)}
                  onKeyDown={(e) => onKeyDown(e, start + i)}
                >
                  <ProductCardContent product={product} baseCurrency={baseCurrency} />
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
