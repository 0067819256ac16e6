import { describe, expect, it } from 'vitest';
import {
  INVOKE_CHANNELS,
  IPC,
  MENU_COMMANDS,
  MENU_SHORTCUTS,
  invokePayloadSchemas,
  isSecretsUnavailableError,
  secretKeySchema,
} from '../../../shared/platform/desktop-api';

describe('desktop API contract', () => {
  it('has unique, namespaced channels, each invoke channel with a payload schema', () => {
    const channels = Object.values(IPC);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^peyvand:/);
    const mainToRenderer: string[] = [IPC.menuCommand, IPC.notificationClick];
    expect(INVOKE_CHANNELS.sort()).toEqual(channels.filter((c) => !mainToRenderer.includes(c)).sort());
    for (const channel of mainToRenderer) expect(Object.keys(invokePayloadSchemas)).not.toContain(channel);
  });

  it('accepts secret keys only in the known namespaces', () => {
    for (const key of ['sync.refreshToken', 'auth.access_token', 'sync.device-1']) expect(secretKeySchema.safeParse(key).success).toBe(true);
    for (const key of ['refreshToken', 'other.token', 'sync.', 'sync.a.b', 'sync.a b', 'SYNC.token', 'sync.توکن', ` sync.token`, 'constructor']) {
      expect(secretKeySchema.safeParse(key).success, key).toBe(false);
    }
  });

  it('gives every menu command a shortcut entry and distinct shortcuts', () => {
    expect(Object.keys(MENU_SHORTCUTS).sort()).toEqual([...MENU_COMMANDS].sort());
    const keys = Object.values(MENU_SHORTCUTS)
      .filter((s) => s !== null)
      .map((s) => `${s.shift ? 'shift+' : ''}${s.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('recognises the secrets-unavailable error after it crossed IPC (message only)', () => {
    const crossed = new Error("Error invoking remote method 'peyvand:secrets:set': SecretsUnavailableError: SECRETS_UNAVAILABLE: no OS keyring");
    expect(isSecretsUnavailableError(crossed)).toBe(true);
    expect(isSecretsUnavailableError(new Error('other'))).toBe(false);
    expect(isSecretsUnavailableError('SECRETS_UNAVAILABLE')).toBe(false);
  });
});

describe('notification payloads', () => {
  it('take an optional activity id, an id and nothing else', async () => {
    const { IPC: channels, invokePayloadSchemas: schemas, notificationClickSchema } = await import('../../../shared/platform/desktop-api');
    const notify = schemas[channels.notify];
    expect(notify.safeParse({ title: 't', body: 'b' }).success).toBe(true);
    expect(notify.safeParse({ title: 't', body: 'b', activityId: 'Ab_9-x' }).success).toBe(true);
    for (const activityId of ['', 'a b', 'a/b', '#/contacts/1', 'x'.repeat(65), null]) {
      expect(notify.safeParse({ title: 't', body: 'b', activityId }).success, String(activityId)).toBe(false);
    }
    expect(notificationClickSchema.safeParse({ activityId: null }).success).toBe(true);
    expect(notificationClickSchema.safeParse({ activityId: 'act-1' }).success).toBe(true);
    expect(notificationClickSchema.safeParse({}).success).toBe(false);
    expect(notificationClickSchema.safeParse({ activityId: 'javascript:alert(1)' }).success).toBe(false);
  });
});
