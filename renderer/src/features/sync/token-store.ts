import type { PlatformSecrets } from '../../platform/types';
import type { TokenStore, Tokens } from './api-client';

const KEYS = { accessToken: 'sync.accessToken', refreshToken: 'sync.refreshToken', deviceId: 'sync.deviceId' } as const;

/** Tokens in the platform secret store (OS keychain on the desktop), namespace `sync.`. */
export function secretTokenStore(secrets: PlatformSecrets): TokenStore {
  let cache: Tokens | null | undefined;
  return {
    async get() {
      if (cache !== undefined) return cache;
      const [accessToken, refreshToken, deviceId] = await Promise.all([
        secrets.get(KEYS.accessToken), secrets.get(KEYS.refreshToken), secrets.get(KEYS.deviceId),
      ]);
      cache = accessToken && refreshToken ? { accessToken, refreshToken, deviceId: deviceId ?? '' } : null;
      return cache;
    },
    async set(tokens) {
      cache = tokens;
      await secrets.set(KEYS.accessToken, tokens.accessToken);
      await secrets.set(KEYS.refreshToken, tokens.refreshToken);
      await secrets.set(KEYS.deviceId, tokens.deviceId);
    },
    async clear() {
      cache = null;
      await Promise.all(Object.values(KEYS).map((k) => secrets.delete(k)));
    },
  };
}
