import { describe, expect, it, vi } from 'vitest';
import { apiBaseUrl, isValidServerUrl, memoryTokenStore, SyncApi, SyncHttpError } from '../../../renderer/src/features/sync/api-client';
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../../shared/sync';
import { FakeServer } from './fake-server';

function api(server: FakeServer, onFatal = vi.fn()) {
  const tokens = memoryTokenStore({ accessToken: server.accessToken, refreshToken: server.refreshToken, deviceId: 'd1' });
  return { api: new SyncApi({ serverUrl: 'http://fake.test/', tokens, fetch: (i, init) => server.fetch(i, init), onFatal }), tokens, onFatal };
}

describe('SyncApi', () => {
  it('normalises and validates the server URL', () => {
    expect(apiBaseUrl('https://crm.example.com/')).toBe('https://crm.example.com/api/v1');
    expect(apiBaseUrl('http://127.0.0.1:8080/api/v1')).toBe('http://127.0.0.1:8080/api/v1');
    expect(isValidServerUrl('https://crm.example.com')).toBe(true);
    expect(isValidServerUrl('http://10.0.0.5:3000')).toBe(true);
    for (const bad of ['', 'crm.example.com', 'ftp://x.y', 'javascript:alert(1)', 'http://user:pw@x.y']) expect(isValidServerUrl(bad), bad).toBe(false);
  });

  it('sends the protocol header on every request', async () => {
    const server = new FakeServer();
    const seen: Array<Record<string, string>> = [];
    const { api: client } = api(server);
    (client as unknown as { fetchImpl: typeof fetch }).fetchImpl = (input, init) => {
      seen.push(init?.headers as Record<string, string>);
      return server.fetch(input, init);
    };
    await client.pull('contacts', null, 10);
    await client.login('u', 'secret-password', 'dev');
    expect(seen.map((h) => h[PROTOCOL_HEADER])).toEqual([String(SYNC_PROTOCOL_VERSION), String(SYNC_PROTOCOL_VERSION)]);
  });

  it('refreshes an expired token once for all requests in flight (rotation-safe single flight)', async () => {
    const server = new FakeServer();
    const { api: client, tokens } = api(server);
    server.expireAccessToken();
    const results = await Promise.all(Array.from({ length: 6 }, () => client.pull('contacts', null, 10)));
    expect(results).toHaveLength(6);
    expect(server.refreshCalls).toBe(1);
    expect(client.refreshCount).toBe(1);
    expect((await tokens.get())?.refreshToken).toBe(server.refreshToken);
    // Later expiry: one more refresh, with the rotated refresh token.
    server.expireAccessToken();
    await client.push('contacts', []);
    expect(server.refreshCalls).toBe(2);
  });

  it('reports a revoked device once, from any request, and throws DEVICE_REVOKED', async () => {
    const server = new FakeServer();
    const { api: client, onFatal } = api(server);
    server.revoked = true;
    await expect(client.pull('contacts', null, 10)).rejects.toMatchObject({ code: 'DEVICE_REVOKED' });
    await expect(client.push('contacts', [])).rejects.toBeInstanceOf(SyncHttpError);
    expect(onFatal).toHaveBeenCalledTimes(1);
    expect(onFatal).toHaveBeenCalledWith('DEVICE_REVOKED');
  });

  it('reports a revoked device found while refreshing', async () => {
    const server = new FakeServer();
    const { api: client, onFatal } = api(server);
    server.expireAccessToken();
    const real = server.fetch;
    server.fetch = async (input, init) => {
      if (String(input).endsWith('/auth/refresh')) server.revoked = true;
      return real(input, init);
    };
    await expect(client.pull('contacts', null, 10)).rejects.toMatchObject({ code: 'DEVICE_REVOKED' });
    expect(onFatal).toHaveBeenCalledWith('DEVICE_REVOKED');
  });

  it('426 → CLIENT_TOO_OLD, reported as fatal', async () => {
    const server = new FakeServer();
    const { api: client, onFatal } = api(server);
    server.tooOld = true;
    await expect(client.pull('contacts', null, 10)).rejects.toMatchObject({ status: 426, code: 'CLIENT_TOO_OLD' });
    expect(onFatal).toHaveBeenCalledWith('CLIENT_TOO_OLD');
  });

  it('a failed login is an error for the form, not a fatal condition; network failures read NETWORK', async () => {
    const server = new FakeServer();
    const { api: client, onFatal } = api(server);
    await expect(client.login('u', 'wrong', 'dev')).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    server.failNext = 1;
    await expect(client.pull('contacts', null, 10)).rejects.toMatchObject({ code: 'NETWORK' });
    expect(onFatal).not.toHaveBeenCalled();
  });

  it('login stores the tokens', async () => {
    const server = new FakeServer();
    const tokens = memoryTokenStore();
    const client = new SyncApi({ serverUrl: 'http://fake.test', tokens, fetch: server.fetch });
    const result = await client.login('rep1', 'secret-password', 'Laptop');
    expect(result.user).toMatchObject({ id: 'u1', teamId: 't1' });
    expect(await tokens.get()).toEqual({ accessToken: server.accessToken, refreshToken: server.refreshToken, deviceId: 'd1' });
  });
});
