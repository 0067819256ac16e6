// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({}) }));
vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});

import enActivities from '../../../locales/en/activities.json';
import enCalendar from '../../../locales/en/calendar.json';
import faActivities from '../../../locales/fa/activities.json';
import faCalendar from '../../../locales/fa/calendar.json';
import faCommon from '../../../locales/fa/common.json';
import enCommon from '../../../locales/en/common.json';
import type { ActivityDoc } from '../../../shared/entities';
import { CalendarGrid } from '../../../renderer/src/features/calendar/CalendarGrid';
import { buildAgenda } from '../../../renderer/src/features/calendar/agenda';
import { placeOnDays, viewRange, type CalendarView } from '../../../renderer/src/features/calendar/calendar-range';
import { MyDayView } from '../../../renderer/src/features/calendar/MyDayView';
import { NotificationPermissionView } from '../../../renderer/src/features/calendar/NotificationPermissionNote';
import { count, render } from '../ui/render';
import { activity } from '../activities/fixtures';

const extra = {
  fa: { calendar: faCalendar, activities: faActivities, common: faCommon },
  en: { calendar: enCalendar, activities: enActivities, common: enCommon },
};
const noop = () => undefined;
const today = '2026-12-02';

const meeting = activity({
  type: 'meeting', subject: 'جلسه معرفی محصول', dueDate: today, occurredAt: '2026-12-02T06:30:00.000Z', endsAt: '2026-12-02T07:30:00.000Z', location: 'دفتر مرکزی',
}, 'meeting-1');
const overdueTask = activity({ subject: 'ارسال پیش‌فاکتور', dueDate: '2026-11-29' }, 'task-late');

function grid(view: CalendarView, language: 'fa' | 'en', activities: ActivityDoc[] = [meeting, overdueTask]) {
  const calendar = language === 'fa' ? 'jalali' : 'gregorian';
  const range = viewRange(view, today, calendar, language === 'fa' ? 'saturday' : 'sunday');
  return render(
    <CalendarGrid
      view={view} range={range} focused={today} today={today} itemsByDay={placeOnDays(activities, range)}
      names={new Map([['c1', 'علی کریمی']])} labelledBy="title" onFocusDate={noop} onAdd={noop} onShowDay={noop}
    />,
    language, {}, extra,
  );
}

const headers = (html: string) => [...html.matchAll(/<th [^>]*abbr="([^"]+)"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
const dayNumbers = (html: string) => [...html.matchAll(/<span class="[^"]*dayNumber[^"]*" aria-hidden="true">([^<]+)<\/span>/g)].map((m) => m[1]);

describe('month and week grids', () => {
  it('fa: a Jalali month, Saturday first, Persian digits and names, today marked, items on their days', () => {
    const html = grid('month', 'fa');
    expect(html).toContain('role="grid"');
    expect(headers(html)).toEqual(['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']);
    expect(count(html, 'role="gridcell"')).toBe(35);
    // 30 Aban (spill-over), then 1 Azar… in Persian digits.
    expect(dayNumbers(html).slice(0, 3)).toEqual(['۳۰', '۱', '۲']);
    expect(html).not.toMatch(/dayNumber[^>]*>\d/);
    const todayCell = /<td[^>]*data-date="2026-12-02"[^>]*>/.exec(html)![0];
    expect(todayCell).toContain('aria-current="date"');
    expect(todayCell).toContain('data-today="true"');
    expect(todayCell).toContain('tabindex="0"');
    expect(todayCell).toContain('aria-label="چهارشنبه ۱۱ آذر ۱۴۰۵، ۱ فعالیت"');
    // The meeting sits on today's cell with its start time as an LTR island; it links to its record.
    const cell = html.slice(html.indexOf('data-date="2026-12-02"'), html.indexOf('data-date="2026-12-03"'));
    expect(cell).toContain('data-testid="calendar-item"');
    expect(cell).toContain('href="#/contacts/c1"');
    expect(cell).toMatch(/dir="ltr">۱۰:۰۰</);
    expect(cell).toContain('جلسه معرفی محصول');
    // Friday is the weekend.
    expect(/<td[^>]*data-date="2026-12-04"[^>]*>/.exec(html)![0]).toContain('data-weekend="true"');
  });

  it('fa: an overdue task is highlighted on its day', () => {
    const html = grid('month', 'fa');
    const cell = html.slice(html.indexOf('data-date="2026-11-29"'), html.indexOf('data-date="2026-11-30"'));
    expect(cell).toMatch(/data-testid="calendar-item"[^>]*data-overdue="true"/);
  });

  it('en: a Gregorian month, Sunday first, Latin digits, no weekend tint', () => {
    const html = grid('month', 'en');
    expect(headers(html)).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(dayNumbers(html).slice(0, 4)).toEqual(['29', '30', '1', '2']);
    expect(html).toContain('aria-label="Wednesday, 2 December 2026, 1 activity"');
    expect(html).not.toContain('data-weekend');
    expect(html).toMatch(/dir="ltr">10:00</);
  });

  it('a week shows seven days with every item and the record\'s name', () => {
    const html = grid('week', 'fa');
    expect(count(html, 'role="gridcell"')).toBe(7);
    expect(dayNumbers(html)).toEqual(['۷', '۸', '۹', '۱۰', '۱۱', '۱۲', '۱۳']);
    expect(html).toContain('علی کریمی');
  });

  it('a busy month day shows three items and "N more"', () => {
    const many = Array.from({ length: 6 }, (_, i) => activity({ subject: `کار ${i}`, dueDate: '2026-12-10' }, `busy-${i}`));
    const html = grid('month', 'fa', many);
    expect(count(html, 'data-testid="calendar-item"')).toBe(3);
    expect(html).toContain('۳ مورد دیگر');
  });
});

describe('my day', () => {
  const view = (activities: ActivityDoc[]) => render(
    <MyDayView
      agenda={buildAgenda(activities, today)} today={today} loading={false} truncated={false}
      names={new Map([['c1', 'علی کریمی']])} assigneeOf={() => ''} onComplete={noop} onAdd={noop}
    />,
    'fa', {}, extra,
  );

  it('lists today\'s meeting with its time and the overdue task in red with the days late', () => {
    const html = view([meeting, overdueTask]);
    expect(html).toContain('data-testid="agenda-meetings"');
    expect(html).toContain('data-testid="agenda-overdue"');
    const late = html.slice(html.indexOf('data-activity-id="task-late"'));
    expect(html).toMatch(/data-testid="agenda-item" data-section="overdue" data-type="task" data-status="open" data-overdue="true" data-activity-id="task-late"/);
    expect(late).toContain('۳ روز تأخیر');
    expect(html).toContain('سررسید گذشته');
    expect(html).toContain('۱۰:۰۰');
    expect(html).toContain('href="#/contacts/c1"');
    expect(html).toContain('۲ کار باز برای امروز');
    expect(count(html, 'data-testid="agenda-complete"')).toBe(2);
  });

  it('says so when there is nothing for today, with a way to add', () => {
    const html = view([]);
    expect(html).toContain('data-testid="empty-state"');
    expect(html).toContain('برای امروز کاری در برنامه نیست');
    expect(html).toContain('فعالیت جدید');
  });
});

describe('notification permission', () => {
  const note = (permission: 'granted' | 'denied' | 'default' | 'unsupported') =>
    render(<NotificationPermissionView permission={permission} onRequest={noop} />, 'fa', {}, extra);

  it('offers a button only while undecided, explains a refusal, and is silent when granted', () => {
    expect(note('default')).toContain('data-testid="enable-notifications"');
    expect(note('denied')).not.toContain('enable-notifications');
    expect(note('denied')).toContain('درون برنامه');
    expect(note('granted')).not.toContain('data-testid="notification-permission"');
  });
});
