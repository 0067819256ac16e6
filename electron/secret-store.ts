import * as z from 'zod';
import { SECRETS_UNAVAILABLE } from '../shared/platform/desktop-api';
import { readJsonFile, writeJsonFile } from './json-file';

/** The part of Electron's safeStorage we use (injectable, so tests use a fake). */
export interface Encryptor {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend(): string;
}

export interface SecretStore {
  isAvailable(): Promise<boolean>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class SecretsUnavailableError extends Error {
  constructor(reason: string) {
    super(`${SECRETS_UNAVAILABLE}: ${reason}`);
    this.name = 'SecretsUnavailableError';
  }
}

/** Far above what the key pattern's namespaces need; stops the file growing without bound. */
export const MAX_SECRETS = 64;

const fileSchema = z.object({
  version: z.literal(1),
  secrets: z.record(z.string(), z.string()),
});
type SecretsFile = z.infer<typeof fileSchema>;

export interface SecretStoreOptions {
  filePath: string;
  encryptor: Encryptor;
  platform: NodeJS.Platform;
  warn?: (message: string) => void;
}

/**
 * Secrets (sync tokens) encrypted with the OS keychain through safeStorage, stored as
 * base64 in a JSON file in userData. When the OS offers no real encryption we refuse to
 * store or read them (SecretsUnavailableError) rather than keep tokens in plaintext: on
 * Linux without a keyring safeStorage falls back to "basic_text", a hard-coded key, which
 * we count as unavailable. The user then signs in again after each start.
 */
export function createSecretStore({ filePath, encryptor, platform, warn = console.warn }: SecretStoreOptions): SecretStore {
  let cache: SecretsFile | null = null;
  // Writes are serialized so two concurrent set() calls cannot lose one another's entry.
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): SecretsFile => (cache ??= readJsonFile(filePath, fileSchema) ?? { version: 1, secrets: {} });

  const isAvailable = async (): Promise<boolean> => {
    if (!(await encryptor.isAsyncEncryptionAvailable())) return false;
    if (platform === 'linux') {
      const backend = encryptor.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') return false;
    }
    return true;
  };

  const requireEncryption = async () => {
    if (!(await isAvailable())) {
      throw new SecretsUnavailableError(
        platform === 'linux'
          ? 'no OS keyring (GNOME Keyring/KWallet) is available, so secrets are not stored'
          : 'OS encryption is not available, so secrets are not stored',
      );
    }
  };

  const mutate = (change: (file: SecretsFile) => Promise<void>) => {
    const run = queue.then(async () => {
      const file = load();
      await change(file);
      await writeJsonFile(filePath, file);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    isAvailable,

    async get(key) {
      const secrets = load().secrets;
      if (!Object.hasOwn(secrets, key)) return null;
      const stored = secrets[key] as string;
      await requireEncryption();
      try {
        const { result, shouldReEncrypt } = await encryptor.decryptStringAsync(Buffer.from(stored, 'base64'));
        if (shouldReEncrypt) await this.set(key, result);
        return result;
      } catch {
        // Encrypted under another key (e.g. profile copied from another machine): the
        // value is unrecoverable, so drop it and let the user sign in again.
        warn(`Secret "${key}" could not be decrypted and was removed.`);
        await this.delete(key);
        return null;
      }
    },

    async set(key, value) {
      await requireEncryption();
      const encrypted = (await encryptor.encryptStringAsync(value)).toString('base64');
      await mutate(async (file) => {
        if (!Object.hasOwn(file.secrets, key) && Object.keys(file.secrets).length >= MAX_SECRETS) {
          throw new Error(`At most ${MAX_SECRETS} secrets can be stored.`);
        }
        file.secrets[key] = encrypted;
      });
    },

    // Deleting needs no encryption: signing out must work on every machine.
    async delete(key) {
      if (!Object.hasOwn(load().secrets, key)) return;
      await mutate(async (file) => {
        delete file.secrets[key];
      });
    },
  };
}
