import { describe, expect, it } from 'vitest';
import { gregorianMonthGrid, jalaliMonthGrid, monthGrid, type MonthGridCell } from '../../../../shared/dates';

const inMonthDays = (grid: MonthGridCell[][]) => grid.flat().filter((c) => c.inMonth).map((c) => c.day);

describe('month grids', () => {
  it('draws Esfand 1403 (30 days, leap) starting on a Wednesday, Saturday first', () => {
    const grid = jalaliMonthGrid(1403, 12, 'saturday');
    expect(grid).toHaveLength(5);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(inMonthDays(grid)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const first = grid[0]!;
    expect(first.map((c) => c.dayOfWeek)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(first[4]).toEqual({ isoDate: '2025-02-19', day: 1, inMonth: true, dayOfWeek: 3 });
    expect(first.slice(0, 4).map((c) => [c.day, c.inMonth])).toEqual([[27, false], [28, false], [29, false], [30, false]]);
    const lastWeek = grid[4]!;
    expect(lastWeek[5]).toEqual({ isoDate: '2025-03-20', day: 30, inMonth: true, dayOfWeek: 4 });
    expect(lastWeek[6]).toEqual({ isoDate: '2025-03-21', day: 1, inMonth: false, dayOfWeek: 5 });
  });

  it('draws Esfand 1404 with 29 days', () => {
    expect(inMonthDays(jalaliMonthGrid(1404, 12, 'saturday'))).toHaveLength(29);
  });

  it('moves the lead days with the week start', () => {
    const mondayFirst = jalaliMonthGrid(1403, 12, 'monday');
    expect(mondayFirst[0]!.findIndex((c) => c.inMonth)).toBe(2);
    const sundayFirst = jalaliMonthGrid(1403, 12, 'sunday');
    expect(sundayFirst[0]!.findIndex((c) => c.inMonth)).toBe(3);
  });

  it('draws Gregorian months', () => {
    const feb2026 = gregorianMonthGrid(2026, 2, 'sunday');
    expect(feb2026).toHaveLength(4); // 1 Feb 2026 is a Sunday: four full weeks
    expect(feb2026.flat().every((c) => c.inMonth)).toBe(true);
    expect(inMonthDays(gregorianMonthGrid(2024, 2, 'monday'))).toHaveLength(29);
    const march2025 = gregorianMonthGrid(2025, 3, 'monday');
    expect(march2025).toHaveLength(6);
    expect(march2025[0]![5]).toMatchObject({ isoDate: '2025-03-01', day: 1, inMonth: true });
  });

  it('can always give six weeks', () => {
    const grid = monthGrid('gregorian', 2026, 2, 'sunday', { fixedWeeks: true });
    expect(grid).toHaveLength(6);
    expect(grid[5]![6]).toMatchObject({ isoDate: '2026-03-14', inMonth: false });
  });

  it('lays out consecutive days with no gaps', () => {
    for (let jm = 1; jm <= 12; jm += 1) {
      const cells = jalaliMonthGrid(1404, jm, 'saturday').flat();
      for (let i = 1; i < cells.length; i += 1) {
        const previous = new Date(`${cells[i - 1]!.isoDate}T00:00:00Z`).getTime();
        expect(new Date(`${cells[i]!.isoDate}T00:00:00Z`).getTime() - previous).toBe(86_400_000);
      }
      expect(cells[0]!.dayOfWeek).toBe(6);
    }
  });
});
