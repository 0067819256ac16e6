import type { SyncState } from './sync-store';

export type IndicatorStatus = 'localOnly' | 'tooOld' | 'offline' | 'resetting' | 'syncing' | 'error' | 'synced';

/** The one word the header shows, from the sync state (pure, so it is tested without a DOM). */
export function indicatorStatus(s: Pick<SyncState, 'user' | 'tooOld' | 'progress'>): IndicatorStatus {
  if (!s.user) return 'localOnly';
  if (s.tooOld) return 'tooOld';
  const p = s.progress;
  if (!p) return 'syncing';
  if (!p.online) return 'offline';
  if (p.resetting) return 'resetting';
  if (p.active) return 'syncing';
  if (p.error) return 'error';
  return 'synced';
}

/** The i18n key (namespace sync) explaining an error code in plain words. */
export function syncErrorKey(code: string | null | undefined): string {
  const known = ['NETWORK', 'UNAUTHORIZED', 'TOKEN_EXPIRED', 'DEVICE_REVOKED', 'RATE_LIMITED', 'CLIENT_TOO_OLD', 'INTERNAL', 'PAYLOAD_TOO_LARGE', 'FORBIDDEN'];
  return code && known.includes(code) ? `errors.${code}` : 'errors.generic';
}

/** The i18n key for a failed sign-in. */
export function loginErrorKey(code: string | null | undefined): string {
  const known = ['UNAUTHORIZED', 'NETWORK', 'CLIENT_TOO_OLD', 'RATE_LIMITED', 'DEVICE_REVOKED'];
  return code && known.includes(code) ? `server.login.${code}` : 'server.login.generic';
}
