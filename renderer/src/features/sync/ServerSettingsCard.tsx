import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogin, IconLogout, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { getPlatform, isSecretsUnavailableError } from '../../platform';
import { ltrFieldProps } from '../../ui/ltr-field';
import { PasswordField } from '../../ui/PasswordField';
import { useConfirm } from '../../ui/useConfirm';
import { API_PREFIX } from '../../../../shared/sync/protocol';
import { isSyncHttpError, isValidServerUrl } from './api-client';
import { syncSession } from './app-sync';
import type { HeldAccount } from './device-account';
import { isAccountSwitchRefused, type AccountSwitch, type AccountSwitchRefusedError } from './sync-session';
import { loginErrorKey } from './sync-status';
import { useSyncStore } from './sync-store';

// First Strong Isolate … Pop Directional Isolate: a name or address keeps its own direction inside the sentence.
const isolate = (text: string) => `\u2068${text}\u2069`;
const serverOf = (held: HeldAccount) => isolate(held.serverUrl.endsWith(API_PREFIX) ? held.serverUrl.slice(0, -API_PREFIX.length) : held.serverUrl);

const PLATFORM_KEYS: Record<string, string> = { darwin: 'mac', win32: 'windows', linux: 'linux', web: 'browser' };

/** "Peyvand · Windows", in the user's language: the admin's device list shows it. */
export function defaultDeviceName(platform: string, t: (key: string, options?: Record<string, string>) => string): string {
  const key = PLATFORM_KEYS[platform];
  return t('server.defaultDeviceName', { platform: key ? t(`server.platforms.${key}`) : platform });
}

/** Settings → Server: where a device signs in to the organisation's server, and out again. */
export function ServerSettingsCard() {
  const { t } = useTranslation('sync');
  const store = useSyncStore();
  const fmt = useFormatters();
  const { confirm, confirmModal } = useConfirm();
  const [serverUrl, setServerUrl] = useState(store.serverUrl);
  const [deviceName, setDeviceName] = useState(store.deviceName);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Set when another account keeps the device (its changes are not sent yet). */
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (deviceName) return;
    void getPlatform().appInfo().then((info) => setDeviceName((d) => d || defaultDeviceName(info.platform, t)));
  }, [deviceName, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRefused(false);
    if (!isValidServerUrl(serverUrl)) {
      setUrlError(t('server.invalidUrl'));
      return;
    }
    setUrlError(null);
    if (!username.trim() || !password) {
      setError(t('server.required'));
      return;
    }
    setBusy(true);
    try {
      const outcome = await syncSession.signIn(
        { serverUrl, deviceName: deviceName || 'Peyvand', username, password },
        { confirmSwitch: (change) => confirm(switchQuestion(change)) },
      );
      setPassword('');
      notifications.show(outcome === 'signedIn' ? { color: 'teal', message: t('server.signedIn') } : { message: t('server.switch.cancelled') });
    } catch (err) {
      setRefused(isAccountSwitchRefused(err));
      setError(
        isAccountSwitchRefused(err) ? refusal(err)
          : isSecretsUnavailableError(err) ? t('errors.secretsUnavailable')
            : t(loginErrorKey(isSyncHttpError(err) ? err.code : null)),
      );
    } finally {
      setBusy(false);
    }
  };

  /** The question before another account's synced data leaves the device. */
  const switchQuestion = ({ previous, next, otherServer, openReviewItems }: AccountSwitch) => ({
    title: t('server.switch.title'),
    message: [
      t('server.switch.body', { name: isolate(previous.displayName), username: isolate(previous.username), newName: isolate(next.displayName) }),
      otherServer ? t('server.switch.previousServer', { server: serverOf(previous) }) : '',
      openReviewItems > 0 ? t('server.switch.review', { count: openReviewItems, n: fmt.number(openReviewItems) }) : '',
    ].filter(Boolean).join(' '),
    confirmLabel: t('server.switch.confirm'),
    danger: true,
  });

  /** Why the sign-in was refused: the previous account's changes must reach the server first. */
  const refusal = ({ previous, pending, otherServer }: AccountSwitchRefusedError) =>
    [
      pending === null
        ? t('server.switch.refusedUnknown', { name: isolate(previous.displayName), username: isolate(previous.username) })
        : t('server.switch.refused', { count: pending, n: fmt.number(pending), name: isolate(previous.displayName), username: isolate(previous.username) }),
      otherServer ? t('server.switch.previousServer', { server: serverOf(previous) }) : '',
    ].filter(Boolean).join(' ');

  const signOut = async () => {
    const pending = store.progress?.pending ?? 0;
    const ok = await confirm({
      title: t('server.signOutTitle'),
      message: [t('server.signOutBody'), pending > 0 ? t('server.signOutPending', { count: pending, n: fmt.number(pending) }) : ''].filter(Boolean).join(' '),
      confirmLabel: t('server.signOut'),
    });
    if (ok) await syncSession.signOut();
  };

  return (
    <Paper withBorder p="md" data-testid="server-settings">
      <Stack gap="sm">
        <Title order={4}>{t('server.title')}</Title>
        {store.notice && (
          <Alert color={store.notice === 'revoked' ? 'red' : 'orange'} data-testid="server-notice">
            {t(`server.notice.${store.notice}`)}
          </Alert>
        )}
        {store.tooOld && <Alert color="red">{t('errors.CLIENT_TOO_OLD')}</Alert>}
        {store.user ? (
          <>
            <Text size="sm" data-testid="server-signed-in">
              {t('server.signedInAs', {
                name: `\u2068${store.user.displayName}\u2069`,
                username: `\u2068${store.user.username}\u2069`,
                role: t(`role.${store.user.role}`),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('server.url')}: <bdi dir="ltr">{store.serverUrl}</bdi>
            </Text>
            <Group gap="sm">
              <Button variant="light" leftSection={<IconRefresh size={16} />} onClick={() => syncSession.syncNow()} disabled={!store.running}>
                {t('details.syncNow')}
              </Button>
              <Button variant="default" leftSection={<IconLogout size={16} />} onClick={() => void signOut()} data-testid="server-sign-out">
                {t('server.signOut')}
              </Button>
              <Anchor href="#/sync/review" size="sm">{t('details.openReview')}</Anchor>
            </Group>
          </>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">{t('server.intro')}</Text>
              <TextInput
                label={t('server.url')}
                description={t('server.urlHint')}
                value={serverUrl}
                onChange={(e) => setServerUrl(e.currentTarget.value)}
                error={urlError}
                {...ltrFieldProps('ltr')}
                type="url"
                autoComplete="url"
                required
                data-testid="server-url"
              />
              <TextInput
                label={t('server.deviceName')}
                description={t('server.deviceNameHint')}
                value={deviceName}
                onChange={(e) => setDeviceName(e.currentTarget.value)}
                dir="auto"
                maxLength={100}
                data-testid="server-device-name"
              />
              <Group grow align="flex-start">
                <TextInput label={t('server.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} {...ltrFieldProps('ltr')} autoComplete="username" required data-testid="server-username" />
                <PasswordField label={t('server.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} {...ltrFieldProps('ltr')} autoComplete="current-password" required data-testid="server-password" />
              </Group>
              {error && (
                <Alert color="red" title={refused ? t('server.switch.refusedTitle') : undefined} data-testid="server-error" data-reason={refused ? 'account-switch-refused' : undefined}>
                  {error}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={busy} leftSection={<IconLogin size={16} />} data-testid="server-sign-in">{t('server.signIn')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
      {confirmModal}
    </Paper>
  );
}
