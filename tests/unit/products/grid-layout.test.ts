import { describe, expect, it } from 'vitest';
import { gridColumns, gridKeyTarget, gridRowCount } from '../../../renderer/src/features/products/grid-layout';

describe('grid layout', () => {
  it('fits as many cards as the width allows, at least one', () => {
    expect(gridColumns(1000, 190, 12)).toBe(5);
    expect(gridColumns(190, 190, 12)).toBe(1);
    expect(gridColumns(100, 190, 12)).toBe(1);
    expect(gridColumns(0, 190, 12)).toBe(1);
    expect(gridRowCount(10, 4)).toBe(3);
    expect(gridRowCount(0, 4)).toBe(0);
  });

  it('moves with the arrows as the cards appear: in RTL the next card is to the left', () => {
    // 10 cards in rows of 4.
    expect(gridKeyTarget(1, 'ArrowLeft', 4, 10, true)).toBe(2);
    expect(gridKeyTarget(1, 'ArrowRight', 4, 10, true)).toBe(0);
    expect(gridKeyTarget(1, 'ArrowRight', 4, 10, false)).toBe(2);
    expect(gridKeyTarget(0, 'ArrowRight', 4, 10, true)).toBeNull();
    expect(gridKeyTarget(1, 'ArrowDown', 4, 10, true)).toBe(5);
    expect(gridKeyTarget(5, 'ArrowUp', 4, 10, true)).toBe(1);
    expect(gridKeyTarget(2, 'ArrowUp', 4, 10, true)).toBe(2);
  });

  it('ArrowDown into a short last row lands on its last card; Home and End jump', () => {
    expect(gridKeyTarget(7, 'ArrowDown', 4, 10, true)).toBe(9);
    expect(gridKeyTarget(9, 'ArrowDown', 4, 10, true)).toBe(9);
    expect(gridKeyTarget(5, 'Home', 4, 10, true)).toBe(0);
    expect(gridKeyTarget(5, 'End', 4, 10, true)).toBe(9);
    expect(gridKeyTarget(0, 'PageDown', 4, 10, true)).toBe(9);
    expect(gridKeyTarget(0, 'x', 4, 10, true)).toBeNull();
    expect(gridKeyTarget(0, 'ArrowDown', 4, 0, true)).toBeNull();
  });
});
