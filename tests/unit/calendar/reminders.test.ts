import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CATCH_UP_MS, FIRED_RETENTION_MS, MAX_WAIT_MS, REMINDER_STORAGE_KEY, ReminderScheduler, createReminderStore, nextDelay, planReminders,
  reminderKey, type KeyValueStorage, type Reminder,
} from '../../../renderer/src/features/calendar/reminders';

const MIN = 60_000;
const T = Date.parse('2026-12-02T06:30:00.000Z');

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('planning reminders', () => {
  const state = (fired: string[] = [], since = T - 30 * 24 * 60 * MIN) => ({ fired: new Set(fired), since });

  it('rings what is due now, waits for the next one, and skips what already rang', () => {
    const due = { id: 'a', at: T - 30_000 };
    const later = { id: 'b', at: T + 5 * MIN };
    const rung = { id: 'c', at: T - 10_000 };
    const plan = planReminders([later, due, rung], state([reminderKey(rung)]), T);
    expect(plan.now).toEqual([due]);
    expect(plan.missed).toEqual([]);
    expect(plan.nextAt).toBe(later.at);
  });

  it('collects reminders that passed while the app was closed, for one summary', () => {
    const plan = planReminders([{ id: 'x', at: T - 3 * 60 * MIN }, { id: 'y', at: T - 2 * 24 * 60 * MIN }], state(), T);
    expect(plan.missed.map((r) => r.id)).toEqual(['y', 'x']);
    expect(plan.now).toEqual([]);
  });

  it('drops ones older than the catch-up window and ones from before this device kept reminders', () => {
    const old = { id: 'old', at: T - CATCH_UP_MS - MIN };
    const beforeFirstRun = { id: 'pre', at: T - 60 * MIN };
    const plan = planReminders([old, beforeFirstRun], state([], T - 10 * MIN), T);
    expect(plan.dropped.map((r) => r.id).sort()).toEqual(['old', 'pre']);
    expect(plan.missed).toEqual([]);
  });

  it('rings a moved reminder again at its new time', () => {
    const first = { id: 'a', at: T - MIN };
    const moved = { id: 'a', at: T + 10 * MIN };
    expect(planReminders([moved], state([reminderKey(first)]), T).nextAt).toBe(moved.at);
  });

  it('never sleeps longer than a minute, so sleep and clock changes are noticed', () => {
    expect(nextDelay(null, T)).toBe(MAX_WAIT_MS);
    expect(nextDelay(T + 10 * MIN, T)).toBe(MAX_WAIT_MS);
    expect(nextDelay(T + 5_000, T)).toBe(5_000);
    expect(nextDelay(T - 5_000, T)).toBe(0);
  });
});

describe('the rung-reminder log', () => {
  it('starts its history on first use and claims each key once, across store instances (restarts, tabs)', () => {
    const storage = memoryStorage();
    const a = createReminderStore(storage, () => T);
    expect(a.state().since).toBe(T);
    expect(a.claim(['x@1', 'y@2'])).toEqual(['x@1', 'y@2']);
    const b = createReminderStore(storage, () => T + MIN); // another tab, or after a restart
    expect(b.state().since).toBe(T);
    expect(b.claim(['x@1', 'z@3'])).toEqual(['z@3']);
    expect(a.claim(['z@3'])).toEqual([]);
  });

  it('forgets entries after the retention period', () => {
    const storage = memoryStorage();
    let now = T;
    const store = createReminderStore(storage, () => now);
    store.claim(['old@1']);
    now = T + FIRED_RETENTION_MS + MIN;
    store.claim(['new@2']);
    expect(Object.keys(JSON.parse(storage.data.get(REMINDER_STORAGE_KEY)!).fired)).toEqual(['new@2']);
  });

  it('survives unreadable storage and works in memory when storage is blocked', () => {
    const storage = memoryStorage();
    storage.data.set(REMINDER_STORAGE_KEY, '{not json');
    expect(createReminderStore(storage, () => T).claim(['a@1'])).toEqual(['a@1']);
    const memory = createReminderStore(null, () => T);
    expect(memory.claim(['a@1'])).toEqual(['a@1']);
    expect(memory.claim(['a@1'])).toEqual([]);
  });
});

describe('the reminder scheduler (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T);
  });
  afterEach(() => vi.useRealTimers());

  function setup(candidates: Reminder[], storage = memoryStorage()) {
    const ring = vi.fn();
    const ringMissed = vi.fn();
    const list = { current: candidates };
    const scheduler = new ReminderScheduler({
      candidates: () => list.current,
      store: createReminderStore(storage, Date.now),
      ring,
      ringMissed,
    });
    return { scheduler, ring, ringMissed, list, storage };
  }

  it('rings each reminder at its time, once', () => {
    const a = { id: 'a', at: T + 10 * MIN };
    const b = { id: 'b', at: T + 90 * MIN };
    const { scheduler, ring } = setup([a, b]);
    scheduler.start();
    vi.advanceTimersByTime(10 * MIN - 1);
    expect(ring).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ring.mock.calls).toEqual([[a]]);
    vi.advanceTimersByTime(80 * MIN);
    expect(ring.mock.calls).toEqual([[a], [b]]);
    vi.advanceTimersByTime(24 * 60 * MIN);
    expect(ring).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });

  it('does not ring again after a restart, nor in a second tab sharing the log', () => {
    const a = { id: 'a', at: T + MIN };
    const storage = memoryStorage();
    const first = setup([a], storage);
    first.scheduler.start();
    vi.advanceTimersByTime(MIN);
    expect(first.ring).toHaveBeenCalledOnce();
    first.scheduler.stop();
    const second = setup([a], storage);
    second.scheduler.start();
    vi.advanceTimersByTime(10 * MIN);
    expect(second.ring).not.toHaveBeenCalled();
    expect(second.ringMissed).not.toHaveBeenCalled();
  });

  it('catches up on reminders missed while the app was closed with one summary', () => {
    const storage = memoryStorage();
    // The app ran two days ago (its history starts then) and was closed since.
    createReminderStore(storage, () => T - 2 * 24 * 60 * MIN).state();
    const missed = [{ id: 'm1', at: T - 5 * 60 * MIN }, { id: 'm2', at: T - 24 * 60 * MIN }];
    const onTime = { id: 'now', at: T - 30_000 };
    const { scheduler, ring, ringMissed } = setup([...missed, onTime], storage);
    scheduler.start();
    expect(ring.mock.calls).toEqual([[onTime]]);
    expect(ringMissed.mock.calls).toEqual([[[missed[1], missed[0]]]]);
    scheduler.refresh();
    vi.advanceTimersByTime(5 * MIN);
    expect(ringMissed).toHaveBeenCalledOnce();
    expect(ring).toHaveBeenCalledOnce();
  });

  it('follows changes: a new reminder, a moved one, a completed one', () => {
    const a = { id: 'a', at: T + 30 * MIN };
    const { scheduler, ring, list } = setup([a]);
    scheduler.start();
    // Moved earlier: rings at the new time.
    list.current = [{ id: 'a', at: T + 5 * MIN }];
    scheduler.refresh();
    vi.advanceTimersByTime(5 * MIN);
    expect(ring.mock.calls).toEqual([[{ id: 'a', at: T + 5 * MIN }]]);
    // Another one added, then completed (gone from the candidates) before its time.
    list.current = [{ id: 'b', at: T + 20 * MIN }];
    scheduler.refresh();
    list.current = [];
    scheduler.refresh();
    vi.advanceTimersByTime(60 * MIN);
    expect(ring).toHaveBeenCalledOnce();
  });

  it('notices a reminder that came due while the timers were asleep (a suspended laptop)', () => {
    const a = { id: 'a', at: T + 3 * MIN };
    const { scheduler, ring, ringMissed } = setup([a]);
    scheduler.start();
    // The clock jumps an hour without timers running, then the next tick comes.
    vi.setSystemTime(T + 60 * MIN);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(ring).not.toHaveBeenCalled();
    expect(ringMissed.mock.calls).toEqual([[[a]]]);
  });

  it('keeps going when showing one notification fails', () => {
    const a = { id: 'a', at: T + MIN };
    const b = { id: 'b', at: T + 2 * MIN };
    const { scheduler, ring } = setup([a, b]);
    ring.mockImplementationOnce(() => { throw new Error('no notification server'); });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    scheduler.start();
    vi.advanceTimersByTime(2 * MIN);
    expect(ring).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
