import { now as rxNow } from 'rxdb';
import type { PlatformSecrets } from '../../platform/types';
import type { PeyvandDatabase } from '../../db/database';
import { SyncApi, type FatalCondition, type ServerUser, type TokenStore } from './api-client';
import {
  accountIdentifier, countChangesSince, countOpenReviewItems, normalizeServerUrl, purgeAccountData, sameAccount, type HeldAccount,
} from './device-account';
import { SyncEngine, type NetworkMonitor, type PendingCount } from './sync-engine';
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

/** What the user confirms before another account's synced data leaves the device. */
export interface AccountSwitch {
  /** The account whose data the device holds. */
  previous: HeldAccount;
  /** The account signing in (the server accepted its credentials). */
  next: ServerUser;
  /** The previous account is on another server (same username or not). */
  otherServer: boolean;
  /** The previous account's open conflict-log entries, removed with its data. */
  openReviewItems: number;
}

/**
 * Another account's changes on this device have not reached the server (or their number is
 * unknown): it keeps the device until it signs in and sends them. Nothing was removed, and the
 * new session was ended on the server.
 */
export class AccountSwitchRefusedError extends Error {
  constructor(
    readonly previous: HeldAccount,
    /** null: unknown. */
    readonly pending: number | null,
    readonly otherServer: boolean,
  ) {
    super(`This device holds ${pending ?? 'an unknown number of'} unsent change(s) of ${previous.username} on ${previous.serverUrl}.`);
    this.name = 'AccountSwitchRefusedError';
  }
}

export function isAccountSwitchRefused(error: unknown): error is AccountSwitchRefusedError {
  return error instanceof AccountSwitchRefusedError;
}

export interface SignInOptions {
  /** Asked before another account's synced data is removed from the device; without it the sign-in is cancelled. */
  confirmSwitch?(change: AccountSwitch): Promise<boolean>;
}

export type SignInResult = 'signedIn' | 'cancelled';

/**
 * Signed-in state and the running replication. One per app; the UI calls signIn/signOut/
 * syncNow, the app calls boot() once after the first paint.
 */
export class SyncSession {
  private engine: SyncEngine | null = null;
  private engineAccount: Pick<HeldAccount, 'serverUrl' | 'userId'> | null = null;
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
    const { user, serverUrl, holder } = useSyncStore.getState();
    if (!user || !serverUrl || this.engine) return;
    if (!(await this.tokens.get())) {
      useSyncStore.setState({ user: null });
      return;
    }
    this.api = this.makeApi(serverUrl);
    // Signed in before the holder was recorded: this user holds the device, unsent count unknown until counted.
    if (!holder) useSyncStore.setState({ holder: { ...accountOf(this.api, user), pending: null, countedAt: 0 } });
    await this.startEngine();
  }

  /**
   * Signs in. When the device holds another account's synced data (another user, or the same
   * username on another server), that account must have nothing unsent (else
   * AccountSwitchRefusedError), and `confirmSwitch` must agree before its synced records are
   * removed; records made while nobody was signed in are kept and become the new user's.
   * A refused or cancelled switch ends the new session on the server and changes nothing.
   */
  async signIn(
    input: { serverUrl: string; deviceName: string; username: string; password: string },
    options: SignInOptions = {},
  ): Promise<SignInResult> {
    await this.stopEngine();
    const api = this.makeApi(input.serverUrl);
    const result = await api.login(input.username.trim(), input.password, input.deviceName.trim());
    const next: HeldAccount = { ...accountOf(api, result.user), pending: 0, countedAt: rxNow() };
    const held = useSyncStore.getState().holder;
    const takeOver = held !== null && !sameAccount(held, next);
    try {
      if (takeOver && !(await this.mayTakeOver(held, next, result.user, options))) {
        await endSession(api);
        return 'cancelled';
      }
    } catch (error) {
      await endSession(api);
      throw error;
    }
    this.api = api;
    const base = { serverUrl: input.serverUrl.trim(), deviceName: input.deviceName.trim(), notice: null, tooOld: false } as const;
    if (takeOver || held?.purgingFrom) {
      const from = [held.purgingFrom, takeOver ? accountIdentifier(held) : null].filter((x): x is string => Boolean(x));
      try {
        await this.takeOver(next, from);
      } catch (error) {
        // Resumed at the next sign-in (the holder records the purge); this session ends now.
        this.api = null;
        await endSession(api);
        throw error;
      }
      // Tokens are stored and the user recorded: after a reload (browser edition) boot() signs them in.
      useSyncStore.setState({ ...base, user: result.user, holder: next, lastSyncAt: null, progress: null });
      await this.deps.onCollectionsReplaced();
    } else {
      useSyncStore.setState({ ...base, user: result.user, holder: held ? { ...held, username: next.username, displayName: next.displayName } : next });
    }
    await this.startEngine();
    return 'signedIn';
  }

  /** Whether the device's previous account may be replaced: nothing unsent, and the user agreed. */
  private async mayTakeOver(held: HeldAccount, account: HeldAccount, next: ServerUser, options: SignInOptions): Promise<boolean> {
    const db = await this.deps.openDb();
    const otherServer = held.serverUrl !== account.serverUrl;
    // An interrupted take-over already removed (part of) the data: nothing of the holder's is left to send.
    const unsent = held.purgingFrom ? 0 : await unsentOf(held, db);
    if (unsent === null || unsent > 0) throw new AccountSwitchRefusedError(held, unsent, otherServer);
    const openReviewItems = await countOpenReviewItems(db).catch(() => 0);
    return (await options.confirmSwitch?.({ previous: held, next, otherServer, openReviewItems })) ?? false;
  }

  /** Removes the previous account's synced data and the replication state of both identifiers. */
  private async takeOver(next: HeldAccount, from: string[]) {
    // Recorded first: an interruption resumes the purge at the next sign-in instead of counting its deletions as unsent.
    useSyncStore.setState({ user: null, holder: { ...next, purgingFrom: from[0] ?? accountIdentifier(next) } });
    const db = await this.deps.openDb();
    await purgeAccountData(db, [...from, accountIdentifier(next)]);
    this.deps.clearCaches();
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
    const account = accountOf(this.api, user);
    this.engineAccount = account;
    const engine = new SyncEngine({
      db,
      api: this.api,
      user,
      identifier: accountIdentifier(accountOf(this.api, user)),
      network: this.deps.network,
      live: this.deps.live,
      retryTimeMs: this.deps.retryTimeMs,
      onProgress: (progress) =>
        useSyncStore.setState((s) => ({
          progress,
          lastSyncAt: progress.lastSyncAt ?? s.lastSyncAt,
          ...(progress.pendingCountedAt !== undefined && s.holder && sameAccount(s.holder, account) && s.holder.countedAt !== progress.pendingCountedAt
            ? { holder: withCount(s.holder, { count: progress.pending, capped: progress.pendingCapped, countedAt: progress.pendingCountedAt }) }
            : {}),
        })),
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

  /** Stops syncing and keeps the account's count of unsent changes with the holder (unknown if it could not be counted). */
  private async stopEngine() {
    const engine = this.engine;
    const account = this.engineAccount;
    this.engine = null;
    this.engineAccount = null;
    useSyncStore.setState({ running: false });
    if (!engine) return;
    const wasRunning = engine.isRunning;
    const final = await engine.stop();
    if (!wasRunning || !account) return;
    useSyncStore.setState((s) =>
      s.holder && sameAccount(s.holder, account) ? { holder: final ? withCount(s.holder, final) : { ...s.holder, pending: null } } : {},
    );
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
      useSyncStore.setState({ user: null, notice: 'revoked', progress: null, lastSyncAt: null, holder: null });
      this.deps.afterWipe();
    }
  }
}

function accountOf(api: SyncApi, user: Pick<ServerUser, 'id' | 'username' | 'displayName'>) {
  return { serverUrl: normalizeServerUrl(api.baseUrl), userId: user.id, username: user.username, displayName: user.displayName };
}

function withCount(holder: HeldAccount, count: PendingCount): HeldAccount {
  // A capped count is a lower bound: still more than zero, which is all a take-over needs.
  return { ...holder, pending: count.count, countedAt: count.countedAt };
}

/** The holder's unsent changes: the last count plus writes to its records since; null when unknown. */
async function unsentOf(held: HeldAccount, db: PeyvandDatabase): Promise<number | null> {
  if (held.pending === null) return null;
  try {
    return held.pending + (await countChangesSince(db, held.countedAt));
  } catch (error) {
    console.error('Could not count unsent changes', error);
    return null;
  }
}

/** Ends a session on the server, best effort (offline: it expires there); the tokens are forgotten anyway. */
async function endSession(api: SyncApi) {
  try {
    await api.logout();
  } catch {
    // api.logout() cleared the tokens
  }
}
