import type { CollectionName } from '../../../shared/entities/collections';
import type { Queryable } from '../db/database';

/**
 * One NOTIFY channel carries everything the stream fan-out of every server process must
 * hear about. Sent inside the writing transaction, so PostgreSQL delivers it on commit.
 */
export const CHANGES_CHANNEL = 'peyvand_changes';

export type ChangeNotice =
  | { type: 'docs'; collection: CollectionName; seq: number }
  /** The user's access changed (team, role, deactivated): their streams start over. */
  | { type: 'user'; userId: string }
  /** The device was revoked: its stream ends. */
  | { type: 'device'; deviceId: string };

export async function notify(tx: Queryable, notice: ChangeNotice): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)]);
}

export function parseNotice(payload: string): ChangeNotice | null {
  try {
    const notice = JSON.parse(payload) as ChangeNotice;
    return notice && typeof notice === 'object' && typeof notice.type === 'string' ? notice : null;
  } catch {
    return null;
  }
}
