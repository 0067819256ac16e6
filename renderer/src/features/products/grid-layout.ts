/** How many cards of at least `minCard` px fit a row `width` px wide with `gap` between them. */
export function gridColumns(width: number, minCard: number, gap: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minCard + gap)));
}

/** Rows of the virtual grid for `count` cards. */
export function gridRowCount(count: number, columns: number): number {
  return Math.ceil(count / Math.max(1, columns));
}

/**
 * The card a key moves focus to, or null when the key does not move it. Arrows follow what
 * the user sees: in RTL the first card is at the right, so ArrowLeft goes to the next one.
 */
export function gridKeyTarget(index: number, key: string, columns: number, count: number, rtl: boolean): number | null {
  if (count === 0) return null;
  let next: number;
  switch (key) {
    case 'ArrowRight': next = index + (rtl ? -1 : 1); break;
    case 'ArrowLeft': next = index + (rtl ? 1 : -1); break;
    case 'ArrowDown': next = index + columns; break;
    case 'ArrowUp': next = index - columns; break;
    case 'PageDown': next = index + columns * 3; break;
    case 'PageUp': next = index - columns * 3; break;
    case 'Home': next = 0; break;
    case 'End': next = count - 1; break;
    default: return null;
  }
  if (key === 'ArrowDown' || key === 'PageDown') next = Math.min(next, count - 1);
  if (key === 'ArrowUp' || key === 'PageUp') next = Math.max(next, index % columns);
  return next >= 0 && next < count ? next : null;
}
