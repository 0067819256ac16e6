import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, Timeline as MantineTimeline, Title, Tooltip } from '@mantine/core';
import {
  IconCalendarCheck, IconEdit, IconFileText, IconMail, IconMessage, IconNote, IconPhone, IconSpeakerphone, IconTrash, IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { ActivityDoc, ActivityType, RegardingType } from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useKeysetList } from '../records/use-keyset-list';
import { ActivityComposer } from './ActivityComposer';
import { ActivityDetails, otherAssignee } from './ActivityDetails';
import { ActivityEditModal } from './ActivityEditModal';
import { isComposerType, isCompletable, isOverdue, type ComposerType } from './activity-view';
import { assigneeLabel, useAssignees } from './use-assignees';
import { useCompleteWithUndo } from './use-complete-with-undo';

export const ACTIVITY_ICONS: Record<ActivityType, typeof IconNote> = {
  note: IconNote, call: IconPhone, task: IconCalendarCheck, meeting: IconUsers, email: IconMail,
  letter: IconFileText, sms: IconMessage, campaignResponse: IconSpeakerphone,
};

export interface TimelineProps {
  /** Any record type: account, contact, lead, opportunity, quote… */
  regardingType: RegardingType;
  regardingId: string;
  /** The composer's first type (e.g. 'call' on a lead). */
  defaultType?: ComposerType;
  /** Hide the composer (a read-only record). */
  readOnly?: boolean;
}

/** Every activity regarding a record, newest first (index-backed by an inverted time key). */
export function Timeline({ regardingType, regardingId, defaultType, readOnly }: TimelineProps) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const remove = useDeleteWithUndo();
  const complete = useCompleteWithUndo();
  const assignees = useAssignees();
  const [editing, setEditing] = useState<ActivityDoc | null>(null);
  const selector = useMemo(() => ({ regardingId }), [regardingId]);
  const list = useKeysetList<ActivityDoc>(db.activities, 'timelineKey', selector, 30);
  const today = todayIso();
  const me = currentActor().userId;

  return (
    <Stack gap="sm">
      <Title order={4}>{t('timeline')}</Title>
      {!readOnly && <ActivityComposer regardingType={regardingType} regardingId={regardingId} defaultType={defaultType} />}
      {!list.loading && list.rows.length === 0 && <Text c="dimmed" size="sm" data-testid="timeline-empty">{t('emptyTimeline')}</Text>}
      <MantineTimeline bulletSize={26} lineWidth={2} data-testid="timeline">
        {list.rows.map((a) => {
          const Icon = ACTIVITY_ICONS[a.type];
          const overdue = isOverdue(a, today);
          const finished = a.status === 'done' && (a.type === 'task' || a.dueDate !== '');
          const body = a.type === 'note' || a.type === 'sms' ? a.body.split('\n').slice(1).join('\n').trim() : a.body;
          return (
            <MantineTimeline.Item key={a.id} bullet={<Icon size={14} />} data-testid="timeline-item" data-type={a.type} data-status={a.status} data-overdue={overdue || undefined}>
              <Paper withBorder p="xs" bg={overdue ? 'red.0' : undefined} style={overdue ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                    {!readOnly && isCompletable(a) && (
                      <Checkbox
                        checked={a.status === 'done'}
                        onChange={(e) => void complete(a, e.currentTarget.checked)}
                        aria-label={a.status === 'done' ? t('reopen') : t(a.type === 'meeting' ? 'markHeld' : 'completeTask')}
                        data-testid="task-complete"
                        mt={3}
                      />
                    )}
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} td={finished ? 'line-through' : undefined} dir="auto">{a.subject}</Text>
                      {body && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{body}</Text>}
                      {a.type === 'call' && a.outcome && <Text size="sm" c="dimmed" dir="auto">{t('outcomeIs', { outcome: a.outcome })}</Text>}
                      <ActivityDetails activity={a} today={today} assigneeLabel={otherAssignee(a, me, (v) => assigneeLabel(assignees, v))} />
                    </div>
                  </Group>
                  {!readOnly && (
                    <Group gap={2} wrap="nowrap">
                      {isComposerType(a.type) && (
                        <Tooltip label={t('common:edit')}>
                          <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(a)} aria-label={t('common:edit')} data-testid="activity-edit">
                            <IconEdit size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      <Tooltip label={t('common:delete')}>
                        <ActionIcon variant="subtle" color="gray" onClick={() => void remove(db.activities, a.id, a.subject)} aria-label={t('common:delete')} data-testid="activity-delete">
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Group>
              </Paper>
            </MantineTimeline.Item>
          );
        })}
      </MantineTimeline>
      {list.hasMore && list.rows.length > 0 && (
        <Button variant="subtle" size="xs" onClick={list.loadMore} loading={list.loading}>{t('showMore')}</Button>
      )}
      <ActivityEditModal activity={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
