/**
 * Reminder timing, without a clock, a database or a browser: which reminders ring now,
 * which were missed while the app was closed (one summary), when to look next, and a
 * record of what already rang so a restart or a second tab never rings one twice.
 */

export interface Reminder {
  /** The activity's id. */
  id: string;
  /** When to ring, epoch ms. */
  at: number;
}

/** Within this after its time a reminder still rings on its own; later, it was missed. */
export const ON_TIME_MS = 2 * 60_000;
/** Missed reminders older than this are no longer worth a notification. */
export const CATCH_UP_MS = 7 * 24 * 60 * 60_000;
/** How long a rung reminder is remembered. */
export const FIRED_RETENTION_MS = 60 * 24 * 60 * 60_000;
/** Timers are re-armed at least this often, so a sleep or a clock change is noticed. */
export const MAX_WAIT_MS = 60_000;

/** A reminder rings once per time: moving it to a new time rings it again. */
export function reminderKey(r: Reminder): string {
  return `${r.id}@${r.at}`;
}

export interface ReminderPlan<R extends Reminder> {
  /** Due now: one notification each, in time order. */
  now: R[];
  /** Passed while the app was closed or the machine asleep: one summary notification. */
  missed: R[];
  /** Too old, or from before this device kept reminders: remembered as done, not shown. */
  dropped: R[];
  /** The next future reminder's time, or null. */
  nextAt: number | null;
}

export interface FiredState {
  fired: ReadonlySet<string>;
  /** When this device started keeping reminders (its first run): older ones are not "missed" here. */
  since: number;
}

export function planReminders<R extends Reminder>(candidates: readonly R[], state: FiredState, now: number): ReminderPlan<R> {
  const plan: ReminderPlan<R> = { now: [], missed: [], dropped: [], nextAt: null };
  const seen = new Set<string>();
  for (const r of candidates) {
    const key = reminderKey(r);
    if (state.fired.has(key) || seen.has(key)) continue;
    seen.add(key);
    if (r.at > now) {
      plan.nextAt = plan.nextAt === null ? r.at : Math.min(plan.nextAt, r.at);
      continue;
    }
    const late = now - r.at;
    if (late <= ON_TIME_MS && r.at >= state.since - ON_TIME_MS) plan.now.push(r);
    else if (r.at < state.since || late > CATCH_UP_MS) plan.dropped.push(r);
    else plan.missed.push(r);
  }
  plan.now.sort((a, b) => a.at - b.at);
  plan.missed.sort((a, b) => a.at - b.at);
  return plan;
}

/** How long to wait before looking again. */
export function nextDelay(nextAt: number | null, now: number, maxWait = MAX_WAIT_MS): number {
  if (nextAt === null) return maxWait;
  return Math.max(0, Math.min(nextAt - now, maxWait));
}

// ---- What already rang -----------------------------------------------------------------

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const REMINDER_STORAGE_KEY = 'peyvand.reminders';

interface StoredState {
  since: number;
  /** reminderKey → when it rang. */
  fired: Record<string, number>;
}

export interface ReminderStore {
  state(): FiredState;
  /**
   * Marks these as rung and returns the ones that were not already: the caller rings only
   * those. Reads storage afresh first, so another tab's marks count.
   */
  claim(keys: readonly string[]): string[];
}

function readStored(storage: KeyValueStorage | null, memory: StoredState | null): StoredState | null {
  if (!storage) return memory;
  try {
    const raw = storage.getItem(REMINDER_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredState>;
    if (typeof parsed.since !== 'number' || typeof parsed.fired !== 'object' || parsed.fired === null) return null;
    return { since: parsed.since, fired: parsed.fired };
  } catch {
    return null; // unreadable: start over rather than break reminders
  }
}

/**
 * The rung-reminder log, in localStorage (shared by the tabs of one browser profile, kept
 * across restarts); in memory when storage is blocked. The first use records `since`.
 */
export function createReminderStore(storage: KeyValueStorage | null, now: () => number): ReminderStore {
  let memory: StoredState | null = null;
  const load = (): StoredState => {
    const stored = readStored(storage, memory);
    if (stored) return stored;
    const fresh = { since: now(), fired: {} };
    write(fresh);
    return fresh;
  };
  const write = (value: StoredState) => {
    memory = value;
    try {
      storage?.setItem(REMINDER_STORAGE_KEY, JSON.stringify(value));
    } catch {
      // full or blocked: memory still prevents repeats in this tab
    }
  };
  return {
    state() {
      const { since, fired } = load();
      return { since, fired: new Set(Object.keys(fired)) };
    },
    claim(keys) {
      if (keys.length === 0) return [];
      const current = load();
      const at = now();
      const fired: Record<string, number> = {};
      for (const [key, when] of Object.entries(current.fired)) if (at - when < FIRED_RETENTION_MS) fired[key] = when;
      const claimed = keys.filter((k) => !(k in fired));
      for (const k of claimed) fired[k] = at;
      write({ since: current.since, fired });
      return claimed;
    },
  };
}

// ---- The timer ---------------------------------------------------------------------------

export interface SchedulerDeps<R extends Reminder> {
  /** The reminders to watch now (open activities of the user, with a time). */
  candidates(): readonly R[];
  store: ReminderStore;
  /** One reminder, on time. */
  ring(reminder: R): void;
  /** Several (or one) missed while the app was closed, in one notification. */
  ringMissed(reminders: R[]): void;
  now?(): number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  maxWaitMs?: number;
}

/**
 * Rings reminders at their time while the app is open. It sleeps until the next one (at
 * most MAX_WAIT_MS, so a suspended laptop or a changed clock is noticed), and looks again
 * whenever the candidates change (refresh).
 */
export class ReminderScheduler<R extends Reminder> {
  private timer: unknown = null;
  private running = false;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: SchedulerDeps<R>) {
    this.now = deps.now ?? Date.now;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** The candidates changed (an activity was added, moved, completed). */
  refresh(): void {
    if (this.running) this.tick();
  }

  private tick(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (!this.running) return;
    const now = this.now();
    const plan = planReminders(this.deps.candidates(), this.deps.store.state(), now);
    const settled = [...plan.now, ...plan.missed, ...plan.dropped];
    const claimed = new Set(this.deps.store.claim(settled.map(reminderKey)));
    const missed = plan.missed.filter((r) => claimed.has(reminderKey(r)));
    try {
      for (const r of plan.now) if (claimed.has(reminderKey(r))) this.deps.ring(r);
      if (missed.length > 0) this.deps.ringMissed(missed);
    } catch (error) {
      console.error('reminder notification failed', error); // the next ones must still ring
    }
    this.timer = this.setTimer(() => this.tick(), nextDelay(plan.nextAt, now, this.deps.maxWaitMs));
  }
}
