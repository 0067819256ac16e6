import { ActionIcon, Button, useDirection } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconChevronsLeft, IconChevronsRight } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, isIsoDate, monthGrid, todayIso, weekdayNames, type IsoDate } from '../../../shared/dates';
import { withDigits } from '../../../shared/text/digits';
import { useDisplayPrefs } from './prefs';
import classes from './CalendarPanel.module.css';
import { fullDateLabel, isWeekend, monthOf, monthTitle, weekStartFor } from './date/calendar-view';
import { gridKeyAction } from './date/date-grid-keyboard';

export interface CalendarPanelProps {
  /** The selected date, 'YYYY-MM-DD' or '' for none. */
  value: string;
  onSelect(date: IsoDate): void;
  /** Shows a "clear" button when given. */
  onClear?(): void;
  /** Escape pressed anywhere in the panel. */
  onClose?(): void;
  /** Injectable for tests; default today in the business time zone. */
  today?: IsoDate;
}

/**
 * A month grid in the user's calendar (Jalali: Saturday first, Persian month names),
 * navigable by mouse and keyboard. Our own because @mantine/dates cannot draw a Jalali
 * month. One piece of state: the focused day; the month shown is always its month.
 */
export function CalendarPanel({ value, onSelect, onClear, onClose, today: todayProp }: CalendarPanelProps) {
  const { t } = useTranslation('ui');
  const { dir } = useDirection();
  const prefs = useDisplayPrefs();
  const { calendar, language, digits } = prefs;
  const today = todayProp ?? todayIso();
  const [focused, setFocused] = useState<IsoDate>(() => (isIsoDate(value) ? value : today));
  const gridRef = useRef<HTMLTableElement>(null);
  // Set by keyboard moves only: paging with the header buttons must not pull focus off them.
  const focusCellNext = useRef(false);
  const titleId = useId();

  const weekStart = weekStartFor(calendar, language);
  const view = monthOf(focused, calendar);
  const weeks = useMemo(
    () => monthGrid(calendar, view.year, view.month, weekStart, { fixedWeeks: true }),
    [calendar, view.year, view.month, weekStart],
  );
  const longWeekdays = weekdayNames(language, weekStart, 'long');
  const shortWeekdays = weekdayNames(language, weekStart, language === 'fa' ? 'narrow' : 'short');

  useEffect(() => {
    if (!focusCellNext.current) return;
    focusCellNext.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const page = (months: number) => {
    try {
      setFocused(addMonths(focused, months, calendar));
    } catch {
      // past the supported years: stay on this month
    }
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const action = gridKeyAction(event, focused, { dir, calendar, weekStart });
    if (!action || action.kind === 'close') return; // Escape is the panel's
    event.preventDefault();
    if (action.kind === 'select') {
      onSelect(focused);
    } else {
      focusCellNext.current = true;
      setFocused(action.date);
    }
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !onClose) return;
    // Stop here so an enclosing Modal does not close as well.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const navButton = (label: string, months: number, icon: ReactNode) => (
    <ActionIcon variant="subtle" color="gray" aria-label={label} title={label} onClick={() => page(months)}>
      {icon}
    </ActionIcon>
  );

  return (
    <div className={classes.panel} onKeyDown={onPanelKeyDown}>
      <div className={classes.header}>
        {/* Chevrons point the way time runs: mantine-rotate-rtl mirrors them in RTL. */}
        {navButton(t('date.prevYear'), -12, <IconChevronsLeft size={16} className="mantine-rotate-rtl" />)}
        {navButton(t('date.prevMonth'), -1, <IconChevronLeft size={16} className="mantine-rotate-rtl" />)}
        <div id={titleId} className={classes.title} aria-live="polite">
          {monthTitle(view, calendar, language, digits)}
        </div>
        {navButton(t('date.nextMonth'), 1, <IconChevronRight size={16} className="mantine-rotate-rtl" />)}
        {navButton(t('date.nextYear'), 12, <IconChevronsRight size={16} className="mantine-rotate-rtl" />)}
      </div>

      <table ref={gridRef} role="grid" aria-labelledby={titleId} className={classes.grid} onKeyDown={onGridKeyDown}>
        <thead>
          <tr>
            {shortWeekdays.map((name, i) => (
              <th key={i} scope="col" abbr={longWeekdays[i]} title={longWeekdays[i]} className={classes.weekday}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.isoDate}>
              {week.map((cell) => {
                const isFocused = cell.isoDate === focused;
                return (
                  <td
                    key={cell.isoDate}
                    role="gridcell"
                    className={classes.day}
                    data-date={cell.isoDate}
                    tabIndex={isFocused ? 0 : -1}
                    // The popover's focus trap lands here on open.
                    data-autofocus={isFocused || undefined}
                    aria-selected={cell.isoDate === value}
                    aria-current={cell.isoDate === today ? 'date' : undefined}
                    aria-label={fullDateLabel(cell.isoDate, prefs)}
                    data-selected={cell.isoDate === value || undefined}
                    data-today={cell.isoDate === today || undefined}
                    data-outside={!cell.inMonth || undefined}
                    data-weekend={isWeekend(cell.dayOfWeek, weekStart) || undefined}
                    onClick={() => onSelect(cell.isoDate)}
                  >
                    {withDigits(String(cell.day), digits)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <div className={classes.footer}>
        <Button variant="subtle" size="compact-sm" onClick={() => onSelect(today)}>
          {t('date.today')}
        </Button>
        {onClear && (
          <Button variant="subtle" color="gray" size="compact-sm" onClick={onClear}>
            {t('date.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
