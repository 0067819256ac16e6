import { Alert, Anchor, Badge, Button, Group, Loader, Popover, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle, IconCloud, IconCloudCheck, IconCloudOff, IconDeviceLaptop, IconRefresh,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { syncSession } from './app-sync';
import { indicatorStatus, syncErrorKey, type IndicatorStatus } from './sync-status';
import { useSyncStore } from './sync-store';
import { useAppDatabaseLater, useOpenSyncLog } from './use-sync-log';

const ICONS: Record<IndicatorStatus, React.ReactNode> = {
  localOnly: <IconDeviceLaptop size={18} aria-hidden />,
  tooOld: <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-red-7)" />,
  offline: <IconCloudOff size={18} aria-hidden color="var(--mantine-color-gray-6)" />,
  resetting: <Loader size={14} aria-hidden />,
  syncing: <Loader size={14} aria-hidden />,
  error: <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-7)" />,
  synced: <IconCloudCheck size={18} aria-hidden color="var(--mantine-color-teal-7)" />,
};

/**
 * The header's sync status: one word and an icon anyone can read (on this device only,
 * offline, syncing, up to date, a problem), the number of changes waiting, and on click
 * the details with "sync now". A plain button + popover: reachable and operable by keyboard.
 */
export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const fmt = useFormatters();
  const state = useSyncStore();
  const [opened, setOpened] = useState(false);
  const db = useAppDatabaseLater();
  const review = useOpenSyncLog(db);
  const status = indicatorStatus(state);
  const label = t(`indicator.${status}`);
  const p = state.progress;
  const pending = p?.pending ?? 0;
  const counted = (key: string, count: number) => t(key, { count, n: fmt.number(count) });
  const initial = p?.initial ?? null;
  const percent = initial && initial.expected > 0 ? Math.floor((100 * initial.received) / initial.expected) : 0;

  return (
    <Popover opened={opened} onChange={setOpened} width={340} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={[t('indicator.label', { status: label }), pending > 0 ? counted('details.pending', pending) : '', review.length > 0 ? counted('details.review', review.length) : ''].filter(Boolean).join('. ')}
          aria-expanded={opened}
          data-testid="sync-indicator"
          data-status={status}
        >
          <Group gap={6} px="xs" py={4} wrap="nowrap" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
            {ICONS[status]}
            <Text size="sm" visibleFrom="sm">{label}</Text>
            {initial && status === 'syncing' && (
              <Text size="sm" c="dimmed" data-testid="sync-initial-percent">{t('indicator.percent', { n: fmt.number(percent) })}</Text>
            )}
            {pending > 0 && (
              <Badge size="sm" variant="light" color="blue" data-testid="sync-pending-badge">
                {counted('indicator.waiting', pending)}
              </Badge>
            )}
            {review.length > 0 && (
              <Badge size="sm" variant="light" color="orange" data-testid="sync-review-badge">
                {counted('indicator.toReview', review.length)}
              </Badge>
            )}
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="sync-details">
        <Stack gap="xs">
          <Group gap="xs" wrap="nowrap">
            {status === 'synced' ? <IconCloud size={18} aria-hidden /> : ICONS[status]}
            <Text fw={700}>{t('details.title')}</Text>
          </Group>
          {status === 'localOnly' && <Text size="sm">{t('details.localOnlyBody')}</Text>}
          {status === 'offline' && <Text size="sm">{t('details.offlineBody')}</Text>}
          {status === 'tooOld' && <Alert color="red" p="xs"><Text size="sm">{t('errors.CLIENT_TOO_OLD')}</Text></Alert>}
          {status === 'error' && p?.error && <Alert color="orange" p="xs"><Text size="sm">{t(syncErrorKey(p.error))}</Text></Alert>}
          {state.user && (
            <>
              <Text size="sm">{t('details.signedInAs', { name: `\u2068${state.user.displayName}\u2069` })}</Text>
              <Text size="sm" data-testid="sync-pending">
                {p?.pendingCapped
                  ? counted('details.pendingMore', pending)
                  : pending > 0
                    ? counted('details.pending', pending)
                    : t('details.pendingNone')}
              </Text>
              {initial ? (
                <Stack gap={4} data-testid="sync-initial">
                  <Text size="sm" c="dimmed">{t('details.receivedOf', { n: fmt.number(initial.received), m: fmt.number(initial.expected), count: initial.expected })}</Text>
                  <Progress value={percent} size="sm" aria-label={t('details.firstSync')} animated />
                </Stack>
              ) : (p?.received ?? 0) > 0 && (
                <Group gap={6}>
                  {status === 'syncing' && <Loader size={12} aria-hidden />}
                  <Text size="sm" c="dimmed" data-testid="sync-received">
                    {counted('details.received', p!.received)}
                  </Text>
                </Group>
              )}
              <Text size="sm" c="dimmed" data-testid="sync-last">
                {state.lastSyncAt ? t('details.lastSync', { time: fmt.dateTime(state.lastSyncAt) }) : t('details.never')}
              </Text>
              <Button
                size="xs"
                leftSection={<IconRefresh size={14} />}
                onClick={() => syncSession.syncNow()}
                disabled={!state.running || status === 'offline'}
                data-testid="sync-now"
              >
                {t('details.syncNow')}
              </Button>
            </>
          )}
          {(review.length > 0 || state.user) && (
            <Anchor href="#/sync/review" size="sm" onClick={() => setOpened(false)} data-testid="sync-review-link">
              {t('details.openReview')}{review.length > 0 ? ` · ${counted('details.review', review.length)}` : ''}
            </Anchor>
          )}
          <Anchor href="#/settings" size="sm" onClick={() => setOpened(false)}>{t('details.openSettings')}</Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
