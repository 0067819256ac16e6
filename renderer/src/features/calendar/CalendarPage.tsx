import { ActionIcon, Alert, Button, Group, SegmentedControl, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarEvent, IconCalendarMonth, IconCalendarWeek, IconChevronLeft, IconChevronRight, IconListCheck, IconPlus } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { IsoDate } from '../../../../shared/dates';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { monthOf, monthTitle, weekStartFor } from '../../ui/date/calendar-view';
import { useRegardingNames } from '../activities/use-regarding-names';
import { rangeQueries, type AgendaScope } from './activity-queries';
import { anchorFromParam, placeOnDays, shiftAnchor, viewRange, type CalendarView } from './calendar-range';
import { useCalendarPrefs, useToday } from './calendar-store';
import { CalendarGrid } from './CalendarGrid';
import { MyDay } from './MyDay';
import { NewActivityModal } from './NewActivityModal';
import { NotificationPermissionNote } from './NotificationPermissionNote';
import { startReminderService } from './reminder-service';
import { useLiveActivities } from './use-live-activities';

type PageView = 'day' | CalendarView;

export const calendarPath = (view: PageView, date?: IsoDate) => (view === 'day' ? '/calendar' : `/calendar/${view}${date ? `/${date}` : ''}`);

/** The calendar screen: "my day" (default), a week or a month, with "new activity". */
function CalendarPage({ view }: { view: PageView }) {
  const { t } = useTranslation('calendar');
  const fmt = useFormatters();
  const params = useParams<{ date?: string }>();
  const [, navigate] = useLocation();
  const today = useToday();
  const scope = useCalendarPrefs((s) => s.scope);
  const setScope = useCalendarPrefs((s) => s.setScope);
  const [adding, setAdding] = useState<IsoDate | null>(null);
  const anchor = anchorFromParam(params.date, today);

  // Reminders ring while the app is open (started once; the app shell may start it too).
  useEffect(() => void startReminderService(), []);
  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm" data-testid="calendar-today">{fmt.date(today, 'long')}</Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            value={scope}
            onChange={(v) => setScope(v as AgendaScope)}
            data={[{ value: 'mine', label: t('scope.mine') }, { value: 'all', label: t('scope.all') }]}
            aria-label={t('scope.label')}
            data-testid="calendar-scope"
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(view === 'day' ? today : anchor)} data-testid="calendar-new-activity">
            {t('newActivity')}
          </Button>
        </Group>
      </Group>
      <Tabs value={view} onChange={(v) => v && navigate(calendarPath(v as PageView, v === 'day' ? undefined : anchor))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="day" leftSection={<IconListCheck size={16} />} data-testid="tab-day">{t('tabs.day')}</Tabs.Tab>
          <Tabs.Tab value="week" leftSection={<IconCalendarWeek size={16} />} data-testid="tab-week">{t('tabs.week')}</Tabs.Tab>
          <Tabs.Tab value="month" leftSection={<IconCalendarMonth size={16} />} data-testid="tab-month">{t('tabs.month')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <NotificationPermissionNote />
      {view === 'day'
        ? <MyDay scope={scope} today={today} onAdd={() => setAdding(today)} />
        : <CalendarPeriod view={view} anchor={anchor} today={today} scope={scope} onAdd={setAdding} />}
      <NewActivityModal date={adding} onClose={() => setAdding(null)} />
    </Stack>
  );
}

function CalendarPeriod({ view, anchor, today, scope, onAdd }: {
  view: CalendarView; anchor: IsoDate; today: IsoDate; scope: AgendaScope; onAdd(date: IsoDate): void;
}) {
  const { t } = useTranslation('calendar');
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const { calendar, language, digits } = fmt.prefs;
  const weekStart = weekStartFor(calendar, language);
  const titleId = useId();
  const interacted = useRef(false);
  const range = useMemo(() => viewRange(view, anchor, calendar, weekStart), [view, anchor, calendar, weekStart]);
  const actor = currentActor();
  const queries = useMemo(() => rangeQueries(range.from, range.to, scope, actor), [range.from, range.to, scope, actor.userId, actor.teamId]); // eslint-disable-line react-hooks/exhaustive-deps
  const live = useLiveActivities(queries, scope);
  const itemsByDay = useMemo(() => placeOnDays(live.rows, range), [live.rows, range]);
  const names = useRegardingNames(live.rows);

  const go = (date: IsoDate, nextView: CalendarView = view) => navigate(`/calendar/${nextView}/${date}`, { replace: true });
  const page = (delta: number) => {
    try {
      go(shiftAnchor(view, anchor, delta, calendar));
    } catch {
      // beyond the calendars' years: stay
    }
  };
  const title = view === 'month'
    ? monthTitle(monthOf(anchor, calendar), calendar, language, digits)
    : t('weekTitle', { from: fmt.date(range.from), to: fmt.date(range.to) });
  const prevLabel = t(view === 'month' ? 'nav.prevMonth' : 'nav.prevWeek');
  const nextLabel = t(view === 'month' ? 'nav.nextMonth' : 'nav.nextWeek');

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          {/* Chevrons point the way time runs: mantine-rotate-rtl mirrors them in RTL. */}
          <Tooltip label={prevLabel}>
            <ActionIcon variant="default" size="lg" onClick={() => page(-1)} aria-label={prevLabel} data-testid="calendar-prev">
              <IconChevronLeft size={18} className="mantine-rotate-rtl" />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => go(today)} leftSection={<IconCalendarEvent size={16} />} data-testid="calendar-today-button">{t('nav.today')}</Button>
          <Tooltip label={nextLabel}>
            <ActionIcon variant="default" size="lg" onClick={() => page(1)} aria-label={nextLabel} data-testid="calendar-next">
              <IconChevronRight size={18} className="mantine-rotate-rtl" />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Title order={3} size="h4" id={titleId} aria-live="polite" data-testid="calendar-title">{title}</Title>
        <Text size="xs" c="dimmed" visibleFrom="md">{t('keyboardHint')}</Text>
      </Group>
      {live.truncated && <Alert color="yellow" variant="light">{t('rangeTruncated')}</Alert>}
      <CalendarGrid
        view={view}
        range={range}
        focused={anchor}
        today={today}
        itemsByDay={itemsByDay}
        names={names}
        labelledBy={titleId}
        moveFocus={interacted.current}
        onFocusDate={(date) => { interacted.current = true; go(date); }}
        onAdd={onAdd}
        onShowDay={(date) => go(date, 'week')}
      />
    </Stack>
  );
}

export const MyDayPage = () => <CalendarPage view="day" />;
export const WeekPage = () => <CalendarPage view="week" />;
export const MonthPage = () => <CalendarPage view="month" />;
