import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SECRETS, SecretsUnavailableError, createSecretStore, type Encryptor } from '../../../electron/secret-store';
import { isSecretsUnavailableError } from '../../../shared/platform/desktop-api';

/** A reversible stand-in for safeStorage: XOR with a key byte, so ciphertext differs from plaintext. */
function fakeSafeStorage({ available = true, backend = 'gnome_libsecret', keyByte = 0x5a } = {}) {
  const xor = (data: Buffer) => Buffer.from(data.map((b) => b ^ keyByte));
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (text: string) => xor(Buffer.from(`v1:${text}`, 'utf8'))),
    decryptStringAsync: vi.fn(async (data: Buffer) => {
      const text = xor(data).toString('utf8');
      if (!text.startsWith('v1:')) throw new Error('bad key');
      return { shouldReEncrypt: false, result: text.slice(3) };
    }),
    getSelectedStorageBackend: vi.fn(() => backend),
  } satisfies Encryptor;
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peyvand-secrets-'));
  file = path.join(dir, 'secrets.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('secret store', () => {
  it('round-trips values through the encryptor and never writes plaintext', async () => {
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    expect(await store.isAvailable()).toBe(true);
    expect(await store.get('sync.refreshToken')).toBeNull();
    await store.set('sync.refreshToken', 'توکن-secret-123');
    expect(await store.get('sync.refreshToken')).toBe('توکن-secret-123');
    const raw = fs.readFileSync(file, 'utf8');
    expect(raw).not.toContain('secret-123');
    expect(JSON.parse(raw)).toEqual({ version: 1, secrets: { 'sync.refreshToken': expect.any(String) } });

    // A new process reads what the previous one stored.
    const reopened = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    expect(await reopened.get('sync.refreshToken')).toBe('توکن-secret-123');
    await reopened.delete('sync.refreshToken');
    expect(await reopened.get('sync.refreshToken')).toBeNull();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).secrets).toEqual({});
  });

  it('refuses to store when OS encryption is unavailable, and writes nothing', async () => {
    const encryptor = fakeSafeStorage({ available: false });
    const store = createSecretStore({ filePath: file, encryptor, platform: 'win32' });
    expect(await store.isAvailable()).toBe(false);
    const error = await store.set('sync.refreshToken', 'tok').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsUnavailableError);
    expect(isSecretsUnavailableError(error)).toBe(true);
    expect(encryptor.encryptStringAsync).not.toHaveBeenCalled();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('counts Linux basic_text (a hard-coded key) as unavailable', async () => {
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage({ backend: 'basic_text' }), platform: 'linux' });
    expect(await store.isAvailable()).toBe(false);
    await expect(store.set('auth.token', 'tok')).rejects.toThrow(/SECRETS_UNAVAILABLE: no OS keyring/);
    // The backend name only matters on Linux.
    const mac = createSecretStore({ filePath: file, encryptor: fakeSafeStorage({ backend: 'basic_text' }), platform: 'darwin' });
    expect(await mac.isAvailable()).toBe(true);
  });

  it('will not read stored secrets once encryption is gone, but can still delete them', async () => {
    await createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' }).set('sync.token', 'tok');
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage({ available: false }), platform: 'linux' });
    await expect(store.get('sync.token')).rejects.toThrow(SecretsUnavailableError);
    await store.delete('sync.token');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).secrets).toEqual({});
  });

  it('drops a value that can no longer be decrypted (another machine or key)', async () => {
    await createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' }).set('sync.token', 'tok');
    const warn = vi.fn();
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage({ keyByte: 0x11 }), platform: 'linux', warn });
    expect(await store.get('sync.token')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).not.toContain('tok"');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).secrets).toEqual({});
  });

  it('re-encrypts when safeStorage asks for it', async () => {
    const encryptor = fakeSafeStorage();
    const store = createSecretStore({ filePath: file, encryptor, platform: 'linux' });
    await store.set('sync.token', 'tok');
    encryptor.decryptStringAsync.mockResolvedValueOnce({ shouldReEncrypt: true, result: 'tok' });
    expect(await store.get('sync.token')).toBe('tok');
    expect(encryptor.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('keeps every entry of concurrent writes', async () => {
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.set(`sync.k${i}`, `v${i}`)));
    const reopened = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    for (let i = 0; i < 10; i++) expect(await reopened.get(`sync.k${i}`)).toBe(`v${i}`);
  });

  it('caps the number of entries', async () => {
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    for (let i = 0; i < MAX_SECRETS; i++) await store.set(`sync.k${i}`, 'v');
    await expect(store.set('sync.one-too-many', 'v')).rejects.toThrow(/At most/);
    await store.set('sync.k0', 'replaced'); // overwriting stays possible
    expect(await store.get('sync.k0')).toBe('replaced');
  });

  it('treats a corrupt file as empty', async () => {
    fs.writeFileSync(file, '{ not json');
    const store = createSecretStore({ filePath: file, encryptor: fakeSafeStorage(), platform: 'linux' });
    expect(await store.get('sync.token')).toBeNull();
    await store.set('sync.token', 'tok');
    expect(await store.get('sync.token')).toBe('tok');
  });
});
