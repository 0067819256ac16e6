import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Stack, Text, Timeline as MantineTimeline, Title, Tooltip } from '@mantine/core';
import {
  IconCalendarCheck, IconMail, IconMessage, IconNote, IconPhone, IconTrash, IconUsers, IconFileText,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDoc, ActivityType, RegardingType } from '../../../../shared/entities';
import { todayIso } from '../../../../shared/dates';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useKeysetList } from '../records/use-keyset-list';
import { ActivityComposer } from './ActivityComposer';
import { setTaskDone } from './activity-actions';

const ICONS: Record<ActivityType, typeof IconNote> = {
  note: IconNote, call: IconPhone, task: IconCalendarCheck, meeting: IconUsers, email: IconMail,
  letter: IconFileText, sms: IconMessage, campaignResponse: IconMessage,
};

/** Every activity regarding a record, newest first (index-backed by an inverted time key). */
export function Timeline({ regardingType, regardingId }: { regardingType: RegardingType; regardingId: string }) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const fmt = useFormatters();
  const remove = useDeleteWithUndo();
  const selector = useMemo(() => ({ regardingId }), [regardingId]);
  const list = useKeysetList<ActivityDoc>(db.activities, 'timelineKey', selector, 30);
  const today = todayIso();

  return (
    <Stack gap="sm">
      <Title order={4}>{t('timeline')}</Title>
      <ActivityComposer regardingType={regardingType} regardingId={regardingId} />
      {!list.loading && list.rows.length === 0 && <Text c="dimmed" size="sm" data-testid="timeline-empty">{t('emptyTimeline')}</Text>}
      <MantineTimeline bulletSize={26} lineWidth={2} data-testid="timeline">
        {list.rows.map((a) => {
          const Icon = ICONS[a.type];
          const overdue = a.type === 'task' && a.status === 'open' && a.dueDate !== '' && a.dueDate < today;
          return (
            <MantineTimeline.Item key={a.id} bullet={<Icon size={14} />} data-testid="timeline-item" data-type={a.type} data-status={a.status}>
              <Paper withBorder p="xs" bg={overdue ? 'red.0' : undefined}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                    {a.type === 'task' && (
                      <Checkbox
                        checked={a.status === 'done'}
                        onChange={(e) => void setTaskDone(db, a, e.currentTarget.checked, currentActor())}
                        aria-label={a.status === 'done' ? t('reopenTask') : t('completeTask')}
                        data-testid="task-complete"
                        mt={3}
                      />
                    )}
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} td={a.status === 'done' && a.type === 'task' ? 'line-through' : undefined} dir="auto">{a.subject}</Text>
                      {a.body && a.type !== 'note' && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Text>}
                      {a.type === 'note' && a.body.includes('\n') && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{a.body.split('\n').slice(1).join('\n')}</Text>}
                      <Group gap={6} mt={4}>
                        <Badge size="xs" variant="light">{t(`type.${a.type}`)}</Badge>
                        {a.type === 'call' && a.direction && <Badge size="xs" variant="outline">{t(`direction.${a.direction}`)}</Badge>}
                        {a.type === 'call' && a.durationMinutes !== null && <Text size="xs" c="dimmed">{t('minutes', { count: a.durationMinutes, formatted: fmt.number(a.durationMinutes) })}</Text>}
                        {a.type === 'task' && a.dueDate && (
                          <Text size="xs" c={overdue ? 'red' : 'dimmed'} data-testid="task-due">
                            {overdue ? t('overdueSince', { date: fmt.date(a.dueDate) }) : t('dueOn', { date: fmt.date(a.dueDate) })}
                          </Text>
                        )}
                        {a.type === 'task' && a.priority === 'high' && <Badge size="xs" color="red">{t('priority.high')}</Badge>}
                        {a.status === 'done' && a.type === 'task' && <Badge size="xs" color="teal" data-testid="task-done-badge">{t('status.done')}</Badge>}
                        <Text size="xs" c="dimmed">{fmt.dateTime(a.occurredAt)}</Text>
                      </Group>
                    </div>
                  </Group>
                  <Tooltip label={t('common:delete')}>
                    <ActionIcon variant="subtle" color="gray" onClick={() => void remove(db.activities, a.id, a.subject)} aria-label={t('common:delete')}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            </MantineTimeline.Item>
          );
        })}
      </MantineTimeline>
      {list.hasMore && list.rows.length > 0 && (
        <Button variant="subtle" size="xs" onClick={list.loadMore} loading={list.loading}>{t('showMore')}</Button>
      )}
    </Stack>
  );
}
