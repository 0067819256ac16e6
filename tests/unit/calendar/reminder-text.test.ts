import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enActivities from '../../../locales/en/activities.json';
import enCalendar from '../../../locales/en/calendar.json';
import faActivities from '../../../locales/fa/activities.json';
import faCalendar from '../../../locales/fa/calendar.json';
import { DEFAULT_PREFS } from '../../../shared/preferences';
import { missedText, reminderText } from '../../../renderer/src/features/calendar/reminder-text';
import { activity } from '../activities/fixtures';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { fa: { calendar: faCalendar, activities: faActivities }, en: { calendar: enCalendar, activities: enActivities } },
  lng: 'fa', ns: ['calendar', 'activities'], interpolation: { escapeValue: false }, initImmediate: false,
} as Parameters<typeof i18n.init>[0]);
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('reminder notification text', () => {
  const meeting = activity({
    type: 'meeting', subject: 'جلسه معرفی محصول', dueDate: '2026-12-02', occurredAt: '2026-12-02T06:30:00.000Z', endsAt: '2026-12-02T07:30:00.000Z', location: 'دفتر مرکزی',
  });

  it('says what, when (today, Persian digits), where and about whom, in Persian', () => {
    const text = reminderText(meeting, 'صنایع غذایی آرین', i18n.getFixedT('fa'), DEFAULT_PREFS.fa, '2026-12-02');
    expect(strip(text.title)).toBe('قرار ملاقات: جلسه معرفی محصول');
    expect(strip(text.body).split('\n')).toEqual(['امروز، ساعت ۱۰:۰۰ تا ۱۱:۰۰', 'مکان: دفتر مرکزی', 'دربارهٔ صنایع غذایی آرین']);
  });

  it('names another day in the user\'s calendar, and a task\'s due date; English too', () => {
    const tomorrow = reminderText(meeting, '', i18n.getFixedT('fa'), DEFAULT_PREFS.fa, '2026-12-01');
    expect(strip(tomorrow.body)).toContain('چهارشنبه ۱۱ آذر ۱۴۰۵');
    const task = activity({ subject: 'Send the quote', dueDate: '2026-12-02' });
    const en = reminderText(task, 'Arian Foods', i18n.getFixedT('en'), DEFAULT_PREFS.en, '2026-12-02');
    expect(strip(en.title)).toBe('Task: Send the quote');
    expect(strip(en.body)).toBe('Due today\nRegarding Arian Foods');
  });

  it('summarises missed reminders in one notification', () => {
    const list = ['الف', 'ب', 'پ', 'ت', 'ث'].map((subject) => activity({ subject }));
    const text = missedText(list, i18n.getFixedT('fa'), DEFAULT_PREFS.fa);
    expect(text.title).toBe('۵ یادآوری در زمانی که برنامه بسته بود');
    expect(strip(text.body)).toBe('الف، ب، پ و ۲ مورد دیگر');
    expect(strip(missedText(list.slice(0, 1), i18n.getFixedT('en'), DEFAULT_PREFS.en).title)).toBe('1 reminder while the app was closed');
  });
});
