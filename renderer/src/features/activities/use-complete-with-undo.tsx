import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ActivityDoc } from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { restoreStatus, setActivityStatus } from './activity-actions';

const UNDO_WINDOW_MS = 10_000;

/**
 * Ticks an activity off (or reopens it). Completing offers "undo" for a few seconds,
 * since the item then leaves the agenda it was ticked in.
 */
export function useCompleteWithUndo() {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  return async (activity: ActivityDoc, done: boolean) => {
    const actor = currentActor();
    const result = await setActivityStatus(db, activity, done ? 'done' : 'open', actor);
    if (!result.ok) {
      notifications.show({ color: 'red', message: t('statusChangeFailed') });
      return;
    }
    if (!done) return;
    const id = `completed-${activity.id}`;
    const undo = () =>
      void restoreStatus(db, activity, actor).then((restored) => {
        notifications.hide(id);
        if (restored.ok) notifications.show({ color: 'teal', message: t('reopened', { name: activity.subject }) });
      });
    notifications.show({
      id,
      autoClose: UNDO_WINDOW_MS,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t(activity.type === 'meeting' ? 'markedHeld' : 'markedDone', { name: activity.subject })}</Text>
          <Button size="xs" variant="light" onClick={undo} data-testid="undo-complete">{t('common:undo')}</Button>
        </Group>
      ),
    });
  };
}
