import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ServerUser } from './api-client';
import { normalizeServerUrl, type HeldAccount } from './device-account';
import type { SyncProgress } from './sync-engine';

/** Why the user is looking at the sign-in form again. */
export type SyncNotice = 'revoked' | 'sessionExpired' | null;

export interface SyncState {
  /** Persisted (never tokens: those live in the platform secret store). */
  serverUrl: string;
  deviceName: string;
  user: ServerUser | null;
  lastSyncAt: string | null;
  notice: SyncNotice;
  /** Persisted: the account whose synced data this device holds, also after sign-out (device-account.ts). */
  holder: HeldAccount | null;
  /** Not persisted. */
  progress: SyncProgress | null;
  /** The server refused this app version (426): syncing stops until the app is updated. */
  tooOld: boolean;
  running: boolean;
}

export const INITIAL_SYNC_STATE: SyncState = {
  serverUrl: '', deviceName: '', user: null, lastSyncAt: null, notice: null, holder: null, progress: null, tooOld: false, running: false,
};

type Persisted = Pick<SyncState, 'serverUrl' | 'deviceName' | 'user' | 'lastSyncAt' | 'notice' | 'holder'>;

/**
 * Version 1 did not record the holder: a signed-in user is the holder, with an unknown count
 * of unsent changes until their sync counts them. (A device signed out under version 1 holds
 * data of an account it cannot name: it is treated as holding none.)
 */
export function migrateSyncState(persisted: unknown, version: number): Persisted {
  const state = { ...INITIAL_SYNC_STATE, ...(persisted as Partial<Persisted>) };
  if (version < 2 && !state.holder && state.user && state.serverUrl) {
    state.holder = {
      serverUrl: normalizeServerUrl(state.serverUrl), userId: state.user.id, username: state.user.username,
      displayName: state.user.displayName, pending: null, countedAt: 0,
    };
  }
  return { serverUrl: state.serverUrl, deviceName: state.deviceName, user: state.user, lastSyncAt: state.lastSyncAt, notice: state.notice, holder: state.holder ?? null };
}

export const useSyncStore = create<SyncState>()(
  persist(() => ({ ...INITIAL_SYNC_STATE }), {
    name: 'peyvand.sync',
    version: 2,
    migrate: migrateSyncState,
    partialize: (s): Persisted => ({ serverUrl: s.serverUrl, deviceName: s.deviceName, user: s.user, lastSyncAt: s.lastSyncAt, notice: s.notice, holder: s.holder }),
  }),
);
