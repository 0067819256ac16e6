import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ServerUser } from './api-client';
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
  /** Not persisted. */
  progress: SyncProgress | null;
  /** The server refused this app version (426): syncing stops until the app is updated. */
  tooOld: boolean;
  running: boolean;
}

export const INITIAL_SYNC_STATE: SyncState = {
  serverUrl: '', deviceName: '', user: null, lastSyncAt: null, notice: null, progress: null, tooOld: false, running: false,
};

export const useSyncStore = create<SyncState>()(
  persist(() => ({ ...INITIAL_SYNC_STATE }), {
    name: 'peyvand.sync',
    version: 1,
    partialize: (s) => ({ serverUrl: s.serverUrl, deviceName: s.deviceName, user: s.user, lastSyncAt: s.lastSyncAt, notice: s.notice }),
  }),
);
