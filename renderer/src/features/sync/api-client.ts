import type { CollectionName } from '../../../../shared/entities';
import type { Role } from '../../../../shared/sync/access';
import {
  API_PREFIX, PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION, type ErrorBody, type ErrorCode, type PullResponse, type PushRow,
  type SyncCheckpoint, type WireDocument,
} from '../../../../shared/sync/protocol';

/**
 * The HTTP client of the sync server (shared/sync/protocol.ts). Every request carries the
 * protocol header; an expired access token is refreshed once for all requests in flight
 * (the server rotates refresh tokens, so two parallel refreshes would log the device out);
 * 426 and a revoked device are reported once through `onFatal`.
 */

export interface ServerUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teamId: string;
  active?: boolean;
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  user: ServerUser;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
}

export interface TokenStore {
  get(): Promise<Tokens | null>;
  set(tokens: Tokens): Promise<void>;
  clear(): Promise<void>;
}

export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let tokens = initial;
  return {
    get: async () => tokens,
    set: async (t) => void (tokens = t),
    clear: async () => void (tokens = null),
  };
}

/** A failure the UI can explain: the server's code, or NETWORK when it was not reached. */
export type SyncErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

export function isSyncHttpError(error: unknown, code?: SyncErrorCode): error is SyncHttpError {
  return error instanceof SyncHttpError && (code === undefined || error.code === code);
}

/** Conditions after which syncing must stop until the user acts. */
export type FatalCondition = 'DEVICE_REVOKED' | 'CLIENT_TOO_OLD' | 'UNAUTHORIZED';

/** `https://crm.example.com` or `…/api/v1` → the API base without a trailing slash. */
export function apiBaseUrl(serverUrl: string): string {
  const trimmed = serverUrl.trim().replace(/\/+$/, '');
  return trimmed.endsWith(API_PREFIX) ? trimmed : `${trimmed}${API_PREFIX}`;
}

/** Only absolute http(s) URLs with a host. */
export function isValidServerUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export interface SyncApiOptions {
  serverUrl: string;
  tokens: TokenStore;
  fetch?: typeof fetch;
  onFatal?: (condition: FatalCondition) => void;
}

interface RequestOptions {
  body?: unknown;
  /** Default true: send the access token (and refresh it when expired). */
  auth?: boolean;
  signal?: AbortSignal;
}

export class SyncApi {
  readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private refreshing: Promise<string> | null = null;
  /** Counts refresh requests actually sent (tests check single flight). */
  refreshCount = 0;
  private fatalReported = false;

  constructor(private readonly options: SyncApiOptions) {
    this.baseUrl = apiBaseUrl(options.serverUrl);
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  get tokens(): TokenStore {
    return this.options.tokens;
  }

  // ---- auth ----------------------------------------------------------------------------

  async login(username: string, password: string, deviceName: string): Promise<LoginResult> {
    const result = await this.request<LoginResult>('POST', '/auth/login', { body: { username, password, deviceName }, auth: false });
    await this.options.tokens.set({ accessToken: result.accessToken, refreshToken: result.refreshToken, deviceId: result.deviceId });
    this.fatalReported = false;
    return result;
  }

  async logout(): Promise<void> {
    try {
      await this.request('POST', '/auth/logout', {});
    } finally {
      await this.options.tokens.clear();
    }
  }

  me(): Promise<ServerUser & { deviceId: string }> {
    return this.request('GET', '/me');
  }

  /** One refresh for everyone waiting; resolves with the new access token. */
  refresh(): Promise<string> {
    this.refreshing ??= (async () => {
      try {
        const tokens = await this.options.tokens.get();
        if (!tokens) throw new SyncHttpError(401, 'UNAUTHORIZED', 'Not signed in.');
        this.refreshCount += 1;
        const next = await this.request<{ accessToken: string; refreshToken: string }>('POST', '/auth/refresh', {
          body: { refreshToken: tokens.refreshToken },
          auth: false,
        });
        await this.options.tokens.set({ ...tokens, accessToken: next.accessToken, refreshToken: next.refreshToken });
        return next.accessToken;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  // ---- sync ----------------------------------------------------------------------------

  pull(collection: CollectionName, checkpoint: SyncCheckpoint | null | undefined, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
    return this.request('GET', `/sync/${collection}/pull?${query}`);
  }

  push(collection: CollectionName, rows: PushRow[]): Promise<WireDocument[]> {
    return this.request('POST', `/sync/${collection}/push`, { body: rows });
  }

  /**
   * Opens the live stream (SSE). The access token goes in the query (EventSource-style
   * clients cannot send headers); an expired one is refreshed first.
   */
  async openStream(signal: AbortSignal): Promise<Response> {
    try {
      return await this.withAuth(async (token) => {
        const response = await this.send('GET', `/sync/stream?access_token=${encodeURIComponent(token)}`, { signal, accept: 'text/event-stream' });
        if (!response.ok) throw await this.errorOf(response);
        return response;
      });
    } catch (error) {
      this.reportFatal(error, false);
      throw error;
    }
  }

  // ---- admin ---------------------------------------------------------------------------

  listTeams(): Promise<{ teams: Array<{ id: string; name: string }> }> {
    return this.request('GET', '/admin/teams');
  }
  createTeam(name: string): Promise<{ id: string; name: string }> {
    return this.request('POST', '/admin/teams', { body: { name } });
  }
  renameTeam(id: string, name: string): Promise<{ id: string; name: string }> {
    return this.request('PATCH', `/admin/teams/${encodeURIComponent(id)}`, { body: { name } });
  }
  listUsers(): Promise<{ users: ServerUser[] }> {
    return this.request('GET', '/admin/users');
  }
  createUser(input: { username: string; password: string; displayName: string; role: Role; teamId: string }): Promise<ServerUser> {
    return this.request('POST', '/admin/users', { body: input });
  }
  updateUser(id: string, patch: Partial<{ displayName: string; role: Role; teamId: string; password: string; active: boolean }>): Promise<ServerUser> {
    return this.request('PATCH', `/admin/users/${encodeURIComponent(id)}`, { body: patch });
  }
  listDevices(): Promise<{ devices: AdminDevice[] }> {
    return this.request('GET', '/admin/devices');
  }
  revokeDevice(id: string): Promise<AdminDevice> {
    return this.request('DELETE', `/admin/devices/${encodeURIComponent(id)}`);
  }

  // ---- plumbing ------------------------------------------------------------------------

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const run = async (token: string | null) => {
      const response = await this.send(method, path, { ...options, token });
      if (!response.ok) throw await this.errorOf(response);
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      try {
        return (text ? JSON.parse(text) : undefined) as T;
      } catch {
        throw new SyncHttpError(response.status, 'BAD_RESPONSE', 'The server sent something that is not JSON.');
      }
    };
    try {
      return options.auth === false ? await run(null) : await this.withAuth(run);
    } catch (error) {
      this.reportFatal(error, options.auth === false && path !== '/auth/refresh');
      throw error;
    }
  }

  /** Runs `call` with the access token; on TOKEN_EXPIRED refreshes once and retries once. */
  private async withAuth<T>(call: (token: string) => Promise<T>): Promise<T> {
    const tokens = await this.options.tokens.get();
    if (!tokens) throw new SyncHttpError(401, 'UNAUTHORIZED', 'Not signed in.');
    try {
      return await call(tokens.accessToken);
    } catch (error) {
      if (!isSyncHttpError(error, 'TOKEN_EXPIRED')) throw error;
      // Someone else may have refreshed while this request was in flight.
      const now = await this.options.tokens.get();
      const token = now && now.accessToken !== tokens.accessToken ? now.accessToken : await this.refresh();
      return call(token);
    }
  }

  private async send(method: string, path: string, options: RequestOptions & { token?: string | null; accept?: string }): Promise<Response> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION), accept: options.accept ?? 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    try {
      return await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new SyncHttpError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
  }

  private async errorOf(response: Response): Promise<SyncHttpError> {
    let body: Partial<ErrorBody> = {};
    try {
      body = (await response.json()) as ErrorBody;
    } catch {
      // not JSON (a proxy's error page): classify by status below
    }
    const fallback: SyncErrorCode =
      response.status === 426 ? 'CLIENT_TOO_OLD' : response.status === 429 ? 'RATE_LIMITED' : response.status === 401 ? 'UNAUTHORIZED'
        : response.status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
    return new SyncHttpError(response.status, body.error?.code ?? fallback, body.error?.message ?? response.statusText, body.error?.fields);
  }

  /** A revoked device, an outdated app or a dead session stop syncing; reported once. */
  private reportFatal(error: unknown, isLogin: boolean) {
    if (!(error instanceof SyncHttpError) || isLogin) return;
    const condition: FatalCondition | null =
      error.code === 'DEVICE_REVOKED' ? 'DEVICE_REVOKED' : error.code === 'CLIENT_TOO_OLD' ? 'CLIENT_TOO_OLD' : error.status === 401 && error.code === 'UNAUTHORIZED' ? 'UNAUTHORIZED' : null;
    if (!condition || this.fatalReported) return;
    this.fatalReported = true;
    this.options.onFatal?.(condition);
  }
}

export interface AdminDevice {
  id: string;
  userId: string;
  username: string;
  name: string;
  createdAt: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
}
