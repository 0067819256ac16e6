import { ActionIcon, Anchor, useDirection } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, weekdayNames, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import { withDigits } from '../../../../shared/text/digits';
import { fullDateLabel, isWeekend, weekStartFor } from '../../ui/date/calendar-view';
import { useDisplayPrefs } from '../../ui/prefs';
import { isOverdue, isTimed, regardingPath } from '../activities/activity-view';
import { calendarKeyAction } from './calendar-keys';
import type { CalendarRange, CalendarView } from './calendar-range';
import classes from './CalendarGrid.module.css';

/** Items a month cell shows before "N more". */
export const MONTH_CELL_ITEMS = 3;

export interface CalendarGridProps {
  view: CalendarView;
  range: CalendarRange;
  /** The day with the keyboard focus (the roving tab stop). */
  focused: IsoDate;
  today: IsoDate;
  itemsByDay: ReadonlyMap<IsoDate, ActivityDoc[]>;
  /** Names of the records the activities are about. */
  names: ReadonlyMap<string, string>;
  /** Id of the element naming the grid (the period title). */
  labelledBy: string;
  onFocusDate(date: IsoDate): void;
  onAdd(date: IsoDate): void;
  /** "N more" in a month cell: show that day's week. */
  onShowDay(date: IsoDate): void;
  /** Move DOM focus to the focused day after a keyboard move. */
  moveFocus?: boolean;
}

/**
 * A week or month of activities in the user's calendar: Saturday first with Persian
 * month names and digits in fa, today marked, Friday (the Iranian weekend) tinted.
 * Meetings sit on their day by start time, tasks on their due date; each item opens its
 * record; every day can take a new activity. The days are one roving tab stop: arrows,
 * Home/End, PageUp/PageDown and T move it, Enter adds an activity on it.
 */
export function CalendarGrid({
  view, range, focused, today, itemsByDay, names, labelledBy, onFocusDate, onAdd, onShowDay, moveFocus,
}: CalendarGridProps) {
  const { t } = useTranslation('calendar');
  const { dir } = useDirection();
  const prefs = useDisplayPrefs();
  const { calendar, language, digits } = prefs;
  const weekStart = weekStartFor(calendar, language);
  const gridRef = useRef<HTMLTableElement>(null);
  const longNames = weekdayNames(language, weekStart, 'long');
  const shortNames = weekdayNames(language, weekStart, view === 'week' ? 'long' : 'short');

  useEffect(() => {
    if (moveFocus) gridRef.current?.querySelector<HTMLElement>(`td[data-date="${focused}"]`)?.focus();
  }, [focused, moveFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    // Keys typed on an item or a button inside a day belong to them, except the day moves.
    const onCell = target.matches('td[data-date]');
    if (!onCell && (event.key === 'Enter' || event.key === ' ')) return;
    const action = calendarKeyAction(event, focused, { dir, calendar, weekStart, view, today });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'add') onAdd(focused);
    else onFocusDate(action.date);
  };

  const time = (instant: string) => formatTime(instant, { digits });

  return (
    <table
      ref={gridRef}
      role="grid"
      aria-labelledby={labelledBy}
      className={`${classes.grid} ${view === 'week' ? classes.week : ''}`}
      onKeyDown={onKeyDown}
      data-testid="calendar-grid"
      data-view={view}
    >
      <thead>
        <tr>
          {shortNames.map((name, i) => (
            <th key={i} scope="col" abbr={longNames[i]} title={longNames[i]} className={classes.weekday}>{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range.weeks.map((week) => (
          <tr key={week[0]!.isoDate}>
            {week.map((cell) => {
              const items = itemsByDay.get(cell.isoDate) ?? [];
              const shown = view === 'month' ? items.slice(0, items.length > MONTH_CELL_ITEMS + 1 ? MONTH_CELL_ITEMS : items.length) : items;
              const hidden = items.length - shown.length;
              const label = fullDateLabel(cell.isoDate, prefs);
              const dayLabel = items.length > 0
                ? t('grid.dayWithItems', { date: label, count: items.length, formatted: withDigits(String(items.length), digits) })
                : label;
              return (
                <td
                  key={cell.isoDate}
                  role="gridcell"
                  className={classes.day}
                  data-date={cell.isoDate}
                  data-testid="calendar-day"
                  tabIndex={cell.isoDate === focused ? 0 : -1}
                  aria-label={dayLabel}
                  aria-current={cell.isoDate === today ? 'date' : undefined}
                  aria-selected={cell.isoDate === focused}
                  data-today={cell.isoDate === today || undefined}
                  data-outside={!cell.inMonth || undefined}
                  data-weekend={isWeekend(cell.dayOfWeek, weekStart) || undefined}
                  onFocus={(e) => { if (e.target === e.currentTarget && cell.isoDate !== focused) onFocusDate(cell.isoDate); }}
                  onDoubleClick={(e) => { if (e.target === e.currentTarget) onAdd(cell.isoDate); }}
                >
                  <div className={classes.dayHead}>
                    <span className={classes.dayNumber} aria-hidden>{withDigits(String(cell.day), digits)}</span>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      className={classes.addButton}
                      aria-label={t('grid.addOn', { date: label })}
                      title={t('grid.addOn', { date: label })}
                      onClick={() => onAdd(cell.isoDate)}
                      tabIndex={-1}
                      data-testid="calendar-add"
                    >
                      <IconPlus size={14} />
                    </ActionIcon>
                  </div>
                  {shown.length > 0 && (
                    <ul className={classes.items}>
                      {shown.map((a) => {
                        const regarding = names.get(a.regardingId);
                        const overdue = isOverdue(a, today);
                        const title = [a.subject, regarding, t(`activities:type.${a.type}`)].filter(Boolean).join(' · ');
                        return (
                          <li key={a.id}>
                            <a
                              href={`#${regardingPath(a.regardingType, a.regardingId)}`}
                              className={classes.item}
                              title={title}
                              data-testid="calendar-item"
                              data-type={a.type}
                              data-status={a.status}
                              data-overdue={overdue || undefined}
                              data-activity-id={a.id}
                            >
                              {isTimed(a) && <span className={classes.time} dir="ltr">{time(a.occurredAt)}</span>}
                              <span className={classes.subject}>
                                <bdi>{a.subject}</bdi>
                                {view === 'week' && regarding && <span className={classes.regarding}> · <bdi>{regarding}</bdi></span>}
                              </span>
                            </a>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {hidden > 0 && (
                    <Anchor component="button" type="button" className={classes.more} onClick={() => onShowDay(cell.isoDate)} data-testid="calendar-more">
                      {t('grid.more', { count: hidden, formatted: withDigits(String(hidden), digits) })}
                    </Anchor>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
