import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayIso } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import { usePreferences, selectDisplayPrefs } from '../../app/preferences-store';
import { currentActor } from '../../app/session';
import { openAppDatabase } from '../../db/DatabaseProvider';
import type { PeyvandDatabase } from '../../db/database';
import { i18next } from '../../i18n/i18n';
import { getPlatform, type Platform } from '../../platform';
import { regardingPath } from '../activities/activity-view';
import { regardingNames } from '../activities/use-regarding-names';
import { missedText, reminderText, type NotificationText } from './reminder-text';
import { ReminderSource, type ActivityReminder } from './reminder-source';
import { ReminderScheduler, createReminderStore, type KeyValueStorage } from './reminders';

/** Only one tab of a browser profile rings reminders; the others wait for its lock. */
const LEADER_LOCK = 'peyvand.reminders';

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function openPath(path: string) {
  window.location.hash = `#${path}`;
}

/** Opens the record an activity is about (or the agenda when there is no single activity). */
async function openActivity(activityId: string | null) {
  if (!activityId) return openPath('/calendar');
  const db = await openAppDatabase();
  const doc = await db.activities.findOne(activityId).exec();
  openPath(doc ? regardingPath(doc.regardingType, doc.regardingId) : '/calendar');
}

/**
 * Without permission for system notifications (a browser that was not allowed), the
 * reminder still shows, inside the app, until dismissed.
 */
function showInApp(text: NotificationText, activityId: string | null) {
  notifications.show({
    id: `reminder-${activityId ?? 'missed'}-${Date.now()}`,
    autoClose: false,
    color: 'orange',
    title: text.title,
    message: (
      <Stack gap={4} data-testid="in-app-reminder">
        {text.body.split('\n').map((line, i) => <Text key={i} size="sm">{line}</Text>)}
        <Anchor component="button" type="button" size="sm" onClick={() => void openActivity(activityId)}>
          {i18next.t('calendar:reminder.open')}
        </Anchor>
      </Stack>
    ),
  });
}

async function deliver(platform: Platform, text: NotificationText, activityId: string | null) {
  if (platform.notificationPermission() === 'granted') {
    await platform.notify(text.title, text.body, activityId ? { activityId } : undefined);
  } else {
    showInApp(text, activityId);
  }
}

function prefs() {
  return selectDisplayPrefs(usePreferences.getState());
}

async function ring(db: PeyvandDatabase, platform: Platform, r: ActivityReminder) {
  const names = await regardingNames(db, [r.activity]);
  const text = reminderText(r.activity, names.get(r.activity.regardingId) ?? '', i18next.t, prefs(), todayIso());
  await deliver(platform, text, r.id);
}

async function ringMissed(platform: Platform, reminders: ActivityReminder[]) {
  const activities: ActivityDoc[] = reminders.map((r) => r.activity);
  // One missed reminder opens its own record; several open the agenda.
  await deliver(platform, missedText(activities, i18next.t, prefs()), activities.length === 1 ? activities[0]!.id : null);
}

let stopService: (() => void) | null = null;

/**
 * Rings the user's reminders while the app is open, in one tab at a time. Idempotent;
 * returns the stop function. Clicks on notifications open the activity's record in any tab.
 */
export function startReminderService(): () => void {
  if (stopService) return stopService;
  const platform = getPlatform();
  const unsubscribeClicks = platform.onNotificationClick((activityId) => void openActivity(activityId));
  let stopped = false;
  let source: ReminderSource | null = null;
  let scheduler: ReminderScheduler<ActivityReminder> | null = null;
  let releaseLock: (() => void) | null = null;

  const run = async () => {
    const db = await openAppDatabase();
    if (stopped) return;
    const report = (error: unknown) => console.error('reminder failed', error);
    scheduler = new ReminderScheduler<ActivityReminder>({
      candidates: () => source?.candidates() ?? [],
      store: createReminderStore(localStorageOrNull(), Date.now),
      ring: (r) => void ring(db, platform, r).catch(report),
      ringMissed: (rs) => void ringMissed(platform, rs).catch(report),
    });
    source = new ReminderSource(db, currentActor, () => scheduler?.refresh());
    await source.start(todayIso());
    if (!stopped) scheduler.start();
  };

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    void locks.request(LEADER_LOCK, () => new Promise<void>((release) => {
      releaseLock = release;
      if (stopped) return release();
      void run().catch((error: unknown) => console.error('reminders did not start', error));
    }));
  } else {
    void run().catch((error: unknown) => console.error('reminders did not start', error));
  }

  stopService = () => {
    stopped = true;
    unsubscribeClicks();
    scheduler?.stop();
    source?.stop();
    releaseLock?.();
    stopService = null;
  };
  return stopService;
}
