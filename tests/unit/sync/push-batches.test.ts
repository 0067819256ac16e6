import { describe, expect, it } from 'vitest';
import { PUSH_BODY_CHARS_MAX, PUSH_ROWS_MAX, pushBatches } from '../../../shared/sync/protocol';

describe('pushBatches', () => {
  it('keeps every request under the row cap and the body size, in order, losing nothing', () => {
    const picture = 'A'.repeat(190_000);
    const rows = Array.from({ length: 120 }, (_, i) => ({ newDocumentState: { id: `p${i}`, image: picture } }));
    const batches = pushBatches(rows);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(JSON.stringify(b).length).toBeLessThanOrEqual(PUSH_BODY_CHARS_MAX);
    expect(batches.flat()).toEqual(rows);
  });

  it('splits small rows by count only', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: i }));
    expect(pushBatches(rows).map((b) => b.length)).toEqual([PUSH_ROWS_MAX, PUSH_ROWS_MAX, 500]);
    expect(pushBatches([])).toEqual([]);
  });

  it('sends a single row larger than the budget alone rather than never', () => {
    const huge = { id: 'x', blob: 'B'.repeat(PUSH_BODY_CHARS_MAX) };
    expect(pushBatches([{ id: 'a' }, huge, { id: 'b' }])).toEqual([[{ id: 'a' }], [huge], [{ id: 'b' }]]);
  });
});
