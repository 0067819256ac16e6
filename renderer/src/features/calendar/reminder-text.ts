import type { TFunction } from 'i18next';
import { formatDate, formatTime, instantToBusinessDate, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import type { DisplayPrefs } from '../../../../shared/preferences';
import { withDigits } from '../../../../shared/text/digits';
import { activityDay, isTimed } from '../activities/activity-view';

export interface NotificationText {
  title: string;
  body: string;
}

// First Strong Isolate … Pop Directional Isolate: a Latin name in a Persian line keeps its order.
const isolate = (text: string) => `\u2068${text}\u2069`;

function dayWords(day: IsoDate, today: IsoDate, t: TFunction, prefs: DisplayPrefs): string {
  if (day === today) return t('calendar:reminder.today');
  return formatDate(day, { ...prefs, style: 'long' });
}

/** The notification of one reminder: what, when, where and about whom. */
export function reminderText(a: ActivityDoc, regardingName: string, t: TFunction, prefs: DisplayPrefs, today: IsoDate): NotificationText {
  const title = t('calendar:reminder.title', { type: t(`activities:type.${a.type}`), subject: isolate(a.subject) });
  const lines: string[] = [];
  const day = activityDay(a);
  if (isTimed(a)) {
    const start = formatTime(a.occurredAt, { digits: prefs.digits });
    const when = a.endsAt ? t('activities:timeRange', { start, end: formatTime(a.endsAt, { digits: prefs.digits }) }) : start;
    lines.push(t('calendar:reminder.at', { day: dayWords(instantToBusinessDate(a.occurredAt), today, t, prefs), time: when }));
  } else if (day) {
    lines.push(t('calendar:reminder.due', { day: dayWords(day, today, t, prefs) }));
  }
  if (a.location) lines.push(t('calendar:reminder.place', { place: isolate(a.location) }));
  if (regardingName) lines.push(t('calendar:reminder.regarding', { name: isolate(regardingName) }));
  return { title, body: lines.join('\n') };
}

const LISTED = 3;

/** One notification for the reminders that passed while the app was closed. */
export function missedText(activities: readonly ActivityDoc[], t: TFunction, prefs: DisplayPrefs): NotificationText {
  const count = activities.length;
  const title = t('calendar:reminder.missedTitle', { count, formatted: withDigits(String(count), prefs.digits) });
  const names = activities.slice(0, LISTED).map((a) => isolate(a.subject)).join(t('calendar:reminder.listSeparator'));
  const more = count - LISTED;
  const body = more > 0
    ? t('calendar:reminder.missedMore', { names, count: more, formatted: withDigits(String(more), prefs.digits) })
    : names;
  return { title, body };
}
