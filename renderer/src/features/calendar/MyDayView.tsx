import { Alert, Anchor, Badge, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconPhone, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import { withDigits } from '../../../../shared/text/digits';
import { EmptyState } from '../../ui/EmptyState';
import { useDisplayPrefs } from '../../ui/prefs';
import { ActivityDetails } from '../activities/ActivityDetails';
import { regardingPath } from '../activities/activity-view';
import type { Agenda, AgendaItem } from './agenda';
import { isAgendaEmpty } from './agenda';

export type AgendaSection = 'overdue' | 'meetings' | 'calls' | 'tasks';

export interface MyDayViewProps {
  agenda: Agenda;
  today: IsoDate;
  loading: boolean;
  /** More open work than was read: the lists show the first part. */
  truncated: boolean;
  names: ReadonlyMap<string, string>;
  /** Label of the assignee of an item when it is not the user ('' for the user). */
  assigneeOf(a: ActivityDoc): string;
  onComplete(a: ActivityDoc, done: boolean): void;
  onAdd(): void;
}

const SECTIONS: { key: AgendaSection; icon: typeof IconUsers; color?: string }[] = [
  { key: 'overdue', icon: IconAlertTriangle, color: 'red' },
  { key: 'meetings', icon: IconUsers },
  { key: 'calls', icon: IconPhone },
  { key: 'tasks', icon: IconCalendarCheck },
];

/** "My day": today's meetings in time order, calls to make, tasks due today, and overdue work in red. */
export function MyDayView({ agenda, today, loading, truncated, names, assigneeOf, onComplete, onAdd }: MyDayViewProps) {
  const { t } = useTranslation('calendar');
  const { digits } = useDisplayPrefs();
  const count = (n: number) => withDigits(String(n), digits);

  if (loading) return <Group justify="center" py="xl"><Loader /></Group>;
  if (isAgendaEmpty(agenda)) {
    return (
      <Paper withBorder p="md">
        <EmptyState
          icon={<IconCalendarCheck size={32} stroke={1.5} />}
          title={t('myDay.emptyTitle')}
          description={t('myDay.emptyBody')}
          action={{ label: t('newActivity'), onClick: onAdd }}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="md" data-testid="my-day">
      <Text size="sm" c="dimmed" data-testid="my-day-summary">
        {agenda.openCount > 0 ? t('myDay.openCount', { count: agenda.openCount, formatted: count(agenda.openCount) }) : t('myDay.allDone')}
      </Text>
      {truncated && <Alert color="yellow" variant="light" data-testid="my-day-truncated">{t('myDay.truncated')}</Alert>}
      {SECTIONS.map(({ key, icon: Icon, color }) => {
        const items = agenda[key];
        if (items.length === 0) return null;
        return (
          <Paper key={key} withBorder p="sm" data-testid={`agenda-${key}`} style={color ? { borderColor: `var(--mantine-color-${color}-4)` } : undefined}>
            <Group gap="xs" mb="xs">
              <Icon size={18} color={color ? `var(--mantine-color-${color}-7)` : undefined} aria-hidden />
              <Title order={3} size="h5" c={color ? `${color}.8` : undefined}>{t(`myDay.section.${key}`)}</Title>
              <Badge size="sm" variant="light" color={color ?? 'gray'}>{count(items.length)}</Badge>
            </Group>
            <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <AgendaRow key={item.activity.id} item={item} section={key} today={today} regarding={names.get(item.activity.regardingId) ?? ''}
                  assignee={assigneeOf(item.activity)} onComplete={onComplete} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function AgendaRow({ item, section, today, regarding, assignee, onComplete }: {
  item: AgendaItem; section: AgendaSection; today: IsoDate; regarding: string; assignee: string;
  onComplete(a: ActivityDoc, done: boolean): void;
}) {
  const { t } = useTranslation('calendar');
  const { digits } = useDisplayPrefs();
  const a = item.activity;
  const done = a.status === 'done';
  const late = item.daysLate > 0;
  const startTime = section === 'meetings' || section === 'calls'
    ? <Text span fw={700} size="sm" dir="ltr" style={{ unicodeBidi: 'isolate', minInlineSize: '3rem' }}>{formatTime(a.occurredAt, { digits })}</Text>
    : null;
  const link: ReactNode = (
    <Anchor href={`#${regardingPath(a.regardingType, a.regardingId)}`} fw={600} size="sm" td={done ? 'line-through' : undefined} c={late ? 'red.8' : undefined} data-testid="agenda-open">
      <bdi>{a.subject}</bdi>
    </Anchor>
  );
  return (
    <li
      data-testid="agenda-item"
      data-section={section}
      data-type={a.type}
      data-status={a.status}
      data-overdue={late || undefined}
      data-activity-id={a.id}
      style={late ? { background: 'var(--mantine-color-red-0)', borderRadius: 4, padding: 6 } : { padding: 6 }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Checkbox
          checked={done}
          onChange={(e) => onComplete(a, e.currentTarget.checked)}
          aria-label={done ? t('activities:reopen') : t(a.type === 'meeting' ? 'activities:markHeld' : 'activities:completeTask')}
          data-testid="agenda-complete"
          mt={2}
          color={late ? 'red' : undefined}
        />
        {startTime}
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap">
            {link}
            {regarding && <Text size="sm" c="dimmed">· <bdi>{regarding}</bdi></Text>}
          </Group>
          <ActivityDetails activity={a} today={today} assigneeLabel={assignee} hideDay={!late} />
        </div>
      </Group>
    </li>
  );
}
