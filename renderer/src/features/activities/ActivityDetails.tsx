import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconBell, IconMapPin, IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { activityDay, daysLate, isTimed } from './activity-view';
import { assigneeValue } from './activity-draft';

/** "۱۴:۳۰" in the business zone and the user's digits. */
export function useTimeFormat() {
  const fmt = useFormatters();
  return (instant: string) => formatTime(instant, { digits: fmt.prefs.digits });
}

export interface ActivityDetailsProps {
  activity: ActivityDoc;
  today: IsoDate;
  /** Label of whom it is assigned to, when that is not the current user. */
  assigneeLabel?: string;
  /** Hide the date (a list already grouped by day). */
  hideDay?: boolean;
}

/** The line of facts under an activity's subject: its type's own fields, status, reminder and assignee. */
export function ActivityDetails({ activity: a, today, assigneeLabel, hideDay }: ActivityDetailsProps) {
  const { t } = useTranslation('activities');
  const fmt = useFormatters();
  const time = useTimeFormat();
  const late = daysLate(a, today);
  const day = activityDay(a);
  const timed = isTimed(a);

  return (
    <Group gap={6} mt={4} wrap="wrap">
      <Badge size="xs" variant="light">{t(`type.${a.type}`)}</Badge>
      {a.type === 'call' && a.direction && <Badge size="xs" variant="outline">{t(`direction.${a.direction}`)}</Badge>}
      {(a.type === 'email' || a.type === 'letter' || a.type === 'sms') && a.direction && (
        <Badge size="xs" variant="outline">{t(`messageDirection.${a.direction}`)}</Badge>
      )}
      {a.type === 'call' && a.durationMinutes !== null && (
        <Text size="xs" c="dimmed">{t('minutes', { count: a.durationMinutes, formatted: fmt.number(a.durationMinutes) })}</Text>
      )}
      {timed && day && !(hideDay && !a.endsAt) && (
        <Text size="xs" c={late ? 'red' : 'dimmed'} data-testid="activity-when">
          {hideDay ? '' : `${fmt.date(day)} · `}
          <bdi>{a.endsAt ? t('timeRange', { start: time(a.occurredAt), end: time(a.endsAt) }) : time(a.occurredAt)}</bdi>
        </Text>
      )}
      {a.type === 'meeting' && a.location && (
        <Group gap={2} wrap="nowrap"><IconMapPin size={12} aria-hidden /><Text size="xs" c="dimmed" dir="auto" data-testid="activity-location-text">{a.location}</Text></Group>
      )}
      {!timed && a.dueDate && (
        <Text size="xs" c={late ? 'red' : 'dimmed'} fw={late ? 600 : undefined} data-testid="task-due">
          {late ? t('overdueSince', { date: fmt.date(a.dueDate) }) : t('dueOn', { date: fmt.date(a.dueDate) })}
        </Text>
      )}
      {late > 0 && (
        <Badge size="xs" color="red" variant="filled" data-testid="days-late">{t('daysLate', { count: late, formatted: fmt.number(late) })}</Badge>
      )}
      {a.type === 'task' && a.priority === 'high' && <Badge size="xs" color="red" variant="outline">{t('priority.high')}</Badge>}
      {a.type === 'task' && a.priority === 'low' && <Badge size="xs" color="gray" variant="outline">{t('priority.low')}</Badge>}
      {a.status === 'done' && (a.type === 'task' || timed) && (
        <Badge size="xs" color="teal" data-testid="task-done-badge">{t(a.type === 'meeting' ? 'status.held' : 'status.done')}</Badge>
      )}
      {a.status === 'cancelled' && <Badge size="xs" color="gray">{t('status.cancelled')}</Badge>}
      {a.remindAt && a.status === 'open' && (
        <Tooltip label={t('reminderAt', { when: fmt.dateTime(a.remindAt) })}>
          <Group gap={2} wrap="nowrap" data-testid="activity-reminder-badge" aria-label={t('reminderAt', { when: fmt.dateTime(a.remindAt) })}>
            <IconBell size={12} aria-hidden /><Text size="xs" c="dimmed"><bdi>{time(a.remindAt)}</bdi></Text>
          </Group>
        </Tooltip>
      )}
      {assigneeLabel && (
        <Group gap={2} wrap="nowrap"><IconUserShare size={12} aria-hidden /><Text size="xs" c="dimmed" data-testid="activity-assignee-text">{t('assignedTo', { name: assigneeLabel })}</Text></Group>
      )}
      {!timed && !a.dueDate && <Text size="xs" c="dimmed">{fmt.dateTime(a.occurredAt)}</Text>}
    </Group>
  );
}

/** The assignee's name when it is someone else (or a team); '' for the current user. */
export function otherAssignee(a: ActivityDoc, me: string, label: (value: string) => string): string {
  if (a.assigneeType === 'user' && a.assigneeId === me) return '';
  return label(assigneeValue(a.assigneeType, a.assigneeId)) || a.assigneeId;
}
