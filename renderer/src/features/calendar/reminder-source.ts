import type { MangoQuery } from 'rxdb';
import type { Subscription } from 'rxjs';
import { addDays, instantMillis, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import type { Actor } from '../../db/records';
import { isAssignedTo } from '../activities/activity-view';
import { dayKey } from './activity-queries';
import type { Reminder } from './reminders';

export interface ActivityReminder extends Reminder {
  activity: ActivityDoc;
}

/** Open work overdue by more than this is not read for reminders at start (its reminders are long past). */
export const REMINDER_LOOKBACK_DAYS = 30;
const PAGE = 1000;

/** One page of open activities from a dueKey on, by the [status, dueKey] index. */
export function reminderScanQuery(afterKey: string): MangoQuery<ActivityDoc> {
  return { selector: { status: 'open', dueKey: { $gt: afterKey } }, sort: [{ status: 'asc' }, { dueKey: 'asc' }], limit: PAGE };
}

/** The reminder an activity asks for, for this user; null when none. */
export function reminderOf(doc: ActivityDoc & { _deleted?: boolean }, actor: Actor): ActivityReminder | null {
  if (doc._deleted || doc.status !== 'open' || !doc.remindAt || !isAssignedTo(doc, actor)) return null;
  try {
    return { id: doc.id, at: instantMillis(doc.remindAt), activity: doc };
  } catch {
    return null;
  }
}

/**
 * The user's pending reminders, in memory: read once at start (open activities due from
 * a month ago on, plus undated ones, in index pages) and then kept current from the
 * collection's change stream. A few hundred small entries, never the whole collection.
 */
export class ReminderSource {
  private byId = new Map<string, ActivityReminder>();
  private sub: Subscription | null = null;
  private stopped = false;

  constructor(
    private readonly db: PeyvandDatabase,
    private readonly actor: () => Actor,
    private readonly onChange: () => void,
  ) {}

  async start(today: IsoDate): Promise<void> {
    // Subscribe first, so a change during the scan is not lost; the newer version wins.
    this.sub = this.db.activities.$.subscribe((event) => {
      if (this.apply(event.documentData as ActivityDoc & { _deleted?: boolean })) this.onChange();
    });
    let after = dayKey(addDays(today, -REMINDER_LOOKBACK_DAYS));
    for (;;) {
      if (this.stopped) return;
      const docs = await this.db.activities.find(reminderScanQuery(after)).exec();
      for (const d of docs) this.apply(d.toJSON() as ActivityDoc, true);
      if (docs.length < PAGE) break;
      after = docs[docs.length - 1]!.dueKey;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.onChange();
  }

  stop(): void {
    this.stopped = true;
    this.sub?.unsubscribe();
  }

  candidates(): ActivityReminder[] {
    return [...this.byId.values()];
  }

  get(id: string): ActivityDoc | null {
    return this.byId.get(id)?.activity ?? null;
  }

  /** Returns whether the candidates changed. */
  private apply(doc: ActivityDoc & { _deleted?: boolean }, fromScan = false): boolean {
    const known = this.byId.get(doc.id);
    if (fromScan && known && known.activity.updatedAt > doc.updatedAt) return false;
    const reminder = reminderOf(doc, this.actor());
    if (!reminder) return this.byId.delete(doc.id);
    this.byId.set(doc.id, reminder);
    return !known || known.at !== reminder.at || known.activity.updatedAt !== doc.updatedAt;
  }
}
