import type { Random } from './random';

export const DAY = 86_400_000;
export const TEHRAN_OFFSET_MIN = 210; // Iran has kept UTC+03:30 all year since 2022

/** The Tehran calendar date of an instant, 'YYYY-MM-DD'. */
export function businessDate(ms: number): string {
  return new Date(ms + TEHRAN_OFFSET_MIN * 60_000).toISOString().slice(0, 10);
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** A working-hours instant (Sat–Thu, 08:00–18:00 Tehran) near `ms`, never after `now`. */
export function makeWorkTime(rng: Random, now: number): (ms: number) => number {
  return (ms) => {
    let day = Math.floor(ms / DAY) * DAY;
    if (new Date(day).getUTCDay() === 5) day -= DAY; // Friday is the weekend
    const minutes = 8 * 60 + rng.int(0, 10 * 60 - 1) - TEHRAN_OFFSET_MIN;
    const t = day + minutes * 60_000 + rng.int(0, 59_999);
    return Math.min(t, now - rng.int(60_000, 3_600_000));
  };
}

/** Spread n creations evenly over [from, to] so ids (time-ordered) come out ascending. */
export function spreadOver(rng: Random, i: number, n: number, from: number, to: number): number {
  return from + ((to - from) * (i + rng.float())) / Math.max(n, 1);
}
