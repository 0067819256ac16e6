import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconChecks } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeValue, type SyncLogEntry } from '../../../../shared/sync/conflict-log';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { dismissEntry, lostFields, restoreEntry } from './review-actions';
import { useOpenSyncLog } from './use-sync-log';

const DATE_TIME_FIELDS = new Set(['occurredAt', 'completedAt', 'createdAt', 'updatedAt']);

function kindKey(entry: SyncLogEntry): string {
  if (entry.kind === 'deleted') return entry.loser === 'remote' ? 'review.kind.deletedRemote' : 'review.kind.deletedLocal';
  return `review.kind.${entry.kind}`;
}

/** Collections with a detail screen of their own, by route. */
const RECORD_ROUTES: Partial<Record<SyncLogEntry['collectionName'], string>> = {
  accounts: 'accounts', contacts: 'contacts', leads: 'leads', opportunities: 'opportunities', products: 'products', quotes: 'quotes',
};

function recordPath(entry: SyncLogEntry): string | null {
  const route = RECORD_ROUTES[entry.collectionName];
  return route ? `#/${route}/${entry.docId}` : null;
}

/** The conflict/rejection log in plain words, with "restore my value" and "dismiss". */
export function SyncReviewPage() {
  const { t } = useTranslation('sync');
  const db = useDatabase();
  const entries = useOpenSyncLog(db);
  const fmt = useFormatters();

  useEffect(() => {
    document.title = `${t('review.title')} · ${t('common:appName')}`;
  }, [t]);

  const fieldLabel = (field: string) => t(`field.${field}`, { defaultValue: field });
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <Text span c="dimmed">{t('review.empty')}</Text>;
    if (typeof value === 'boolean') return t(value ? 'review.yes' : 'review.no');
    if (value && typeof value === 'object' && 'amountMinor' in value && 'currency' in value) return fmt.money(value as never);
    if (typeof value === 'string' && DATE_TIME_FIELDS.has(field)) return fmt.dateTime(value);
    if (typeof value === 'string' && field === 'dueDate') return fmt.date(value);
    const text = describeValue(value);
    return <bdi>{text}</bdi>;
  };

  const restore = async (entry: SyncLogEntry) => {
    const result = await restoreEntry(db, entry);
    notifications.show(result.ok ? { color: 'teal', message: t('review.restored') } : { color: 'red', message: t('review.restoreFailed') });
  };

  return (
    <Stack gap="md" maw={920}>
      <Title order={2}>{t('review.title')}</Title>
      <Text size="sm" c="dimmed">{t('review.intro')}</Text>
      {entries.length === 0 ? (
        <Paper withBorder p="md">
          <EmptyState icon={<IconChecks size={32} stroke={1.5} />} title={t('review.emptyTitle')} description={t('review.emptyBody')} />
        </Paper>
      ) : (
        entries.map((entry) => {
          const path = recordPath(entry);
          const rows = entry.kind === 'field' ? [{ field: entry.field, lost: JSON.parse(entry.localJson) as unknown, kept: JSON.parse(entry.remoteJson) as unknown }] : lostFields(entry);
          return (
            <Paper key={entry.id} withBorder p="md" data-testid="review-entry" data-kind={entry.kind}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="xs">
                    <Badge color={entry.kind === 'rejected' ? 'red' : 'orange'} variant="light">{t(kindKey(entry))}</Badge>
                    <Text size="sm" c="dimmed">{t(`review.collection.${entry.collectionName}`)}</Text>
                  </Group>
                  <Text size="xs" c="dimmed">{fmt.dateTime(entry.at)}</Text>
                </Group>
                <Group gap="xs">
                  <Text fw={700} dir="auto">{entry.recordName || t('review.untitled')}</Text>
                  {path && <Anchor href={path} size="sm">{t('review.openRecord')}</Anchor>}
                </Group>
                {entry.kind === 'rejected' && (
                  <Stack gap={2}>
                    <Text size="sm" c="red.8">{t(`review.reason.${entry.code || 'INVALID'}`)}</Text>
                    {Object.entries(JSON.parse(entry.fieldsJson) as Record<string, string>).map(([path, key]) => (
                      <Text key={path} size="sm" c="red.8">{fieldLabel(path.split('.')[0] ?? path)}: {t(key, { defaultValue: t('validation:invalid') })}</Text>
                    ))}
                  </Stack>
                )}
                {rows.length > 0 && (
                  <Table withTableBorder withColumnBorders layout="fixed" fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w="25%" />
                        <Table.Th>{entry.kind === 'field' ? t('review.yourValue') : t('review.lostEdits')}</Table.Th>
                        <Table.Th>{t('review.keptValue')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((row) => (
                        <Table.Tr key={row.field}>
                          <Table.Th scope="row">{fieldLabel(row.field)}</Table.Th>
                          <Table.Td data-testid="review-local">{show(row.field, row.lost)}</Table.Td>
                          <Table.Td data-testid="review-kept">{show(row.field, row.kept)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                <Group gap="sm">
                  {entry.kind !== 'rejected' || entry.code === 'INVALID' ? (
                    <Button size="xs" leftSection={<IconArrowBackUp size={14} />} onClick={() => void restore(entry)} data-testid="review-restore">
                      {entry.kind === 'field' ? t('review.restore') : t('review.restoreRecord')}
                    </Button>
                  ) : null}
                  <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} onClick={() => void dismissEntry(db, entry.id)} data-testid="review-dismiss">
                    {t('review.dismiss')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
