import type { PlatformSecrets } from '../../platform/types';
import type { PeyvandDatabase } from '../../db/database';
import { SyncApi, type FatalCondition, type TokenStore } from './api-client';
import { SyncEngine, type NetworkMonitor } from './sync-engine';
import { useSyncStore } from './sync-store';
import { secretTokenStore } from './token-store';

export interface SyncSessionDeps {
  /** The app's local database (opened lazily; sync never delays the first screen). */
  openDb(): Promise<PeyvandDatabase>;
  secrets: PlatformSecrets;
  /** Tests pass a token store directly. */
  tokens?: TokenStore;
  fetch?: typeof fetch;
  network?: NetworkMonitor;
  live?: boolean;
  retryTimeMs?: number;
  /** Local caches outside the database: first-page cache, saved list views, search index. */
  clearCaches(): void;
  /** After a wipe: the app returns to Settings → Server (the browser edition reloads). */
  afterWipe(): void;
  /** After a reset replaced the synced collections: views must reopen them. */
  onCollectionsReplaced(): void | Promise<void>;
}

/**
 * Signed-in state and the running replication. One per app; the UI calls signIn/signOut/
 * syncNow, the app calls boot() once after the first paint.
 */
export class SyncSession {
  private engine: SyncEngine | null = null;
  private api: SyncApi | null = null;
  private readonly tokens: TokenStore;

  constructor(private readonly deps: SyncSessionDeps) {
    this.tokens = deps.tokens ?? secretTokenStore(deps.secrets);
  }

  get currentApi(): SyncApi | null {
    return this.api;
  }
  get currentEngine(): SyncEngine | null {
    return this.engine;
  }

  private makeApi(serverUrl: string): SyncApi {
    return new SyncApi({ serverUrl, tokens: this.tokens, fetch: this.deps.fetch, onFatal: (c) => void this.handleFatal(c) });
  }

  /** Starts syncing when a user signed in earlier and their tokens are still stored. */
  async boot(): Promise<void> {
    const { user, serverUrl } = useSyncStore.getState();
    if (!user || !serverUrl || this.engine) return;
    if (!(await this.tokens.get())) {
      useSyncStore.setState({ user: null });
      return;
    }
    this.api = this.makeApi(serverUrl);
    await this.startEngine();
  }

  async signIn(input: { serverUrl: string; deviceName: string; username: string; password: string }): Promise<void> {
    await this.stopEngine();
    const api = this.makeApi(input.serverUrl);
    const result = await api.login(input.username.trim(), input.password, input.deviceName.trim());
    this.api = api;
    useSyncStore.setState({ serverUrl: input.serverUrl.trim(), deviceName: input.deviceName.trim(), user: result.user, notice: null, tooOld: false });
    await this.startEngine();
  }

  /** Stops syncing and forgets the tokens; local data stays (unsynced changes wait for the next sign-in). */
  async signOut(): Promise<void> {
    await this.stopEngine();
    try {
      await this.api?.logout();
    } catch {
      // offline or already invalid: the tokens are cleared anyway
    }
    await this.tokens.clear();
    this.api = null;
    useSyncStore.setState({ user: null, progress: null, running: false });
  }

  syncNow(): void {
    this.engine?.reSync();
  }

  private async startEngine() {
    const { user } = useSyncStore.getState();
    if (!user || !this.api) return;
    const db = await this.deps.openDb();
    const engine = new SyncEngine({
      db,
      api: this.api,
      user,
      identifier: `${this.api.baseUrl}|${user.id}`,
      network: this.deps.network,
      live: this.deps.live,
      retryTimeMs: this.deps.retryTimeMs,
      onProgress: (progress) => useSyncStore.setState((s) => ({ progress, lastSyncAt: progress.lastSyncAt ?? s.lastSyncAt })),
      onUserChanged: (me) =>
        useSyncStore.setState((s) => ({ user: { id: me.id, username: me.username, displayName: me.displayName, role: me.role, teamId: me.teamId, ...(s.user?.active !== undefined ? { active: s.user.active } : {}) } })),
      onCollectionsReplaced: async () => {
        this.deps.clearCaches();
        await this.deps.onCollectionsReplaced();
      },
    });
    this.engine = engine;
    useSyncStore.setState({ running: true });
    await engine.start();
  }

  private async stopEngine() {
    const engine = this.engine;
    this.engine = null;
    useSyncStore.setState({ running: false });
    await engine?.stop();
  }

  async handleFatal(condition: FatalCondition): Promise<void> {
    if (condition === 'DEVICE_REVOKED') return this.wipe();
    await this.stopEngine();
    if (condition === 'CLIENT_TOO_OLD') {
      useSyncStore.setState({ tooOld: true });
      return;
    }
    // The session ended on the server (password reset, user deactivated): sign in again; data stays.
    await this.tokens.clear();
    useSyncStore.setState({ user: null, notice: 'sessionExpired', progress: null });
  }

  /** A revoked device removes every local trace of the organisation's data. */
  async wipe(): Promise<void> {
    await this.stopEngine();
    try {
      const db = await this.deps.openDb();
      await db.remove();
    } finally {
      this.deps.clearCaches();
      await this.tokens.clear();
      this.api = null;
      useSyncStore.setState({ user: null, notice: 'revoked', progress: null, lastSyncAt: null });
      this.deps.afterWipe();
    }
  }
}
