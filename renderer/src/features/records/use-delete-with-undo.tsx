import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { RxCollection } from 'rxdb';
import { removeRecord } from '../../db/records';

const UNDO_WINDOW_MS = 10_000;

/** Deletes softly and offers "undo" for a few seconds in a notification. */
export function useDeleteWithUndo() {
  const { t } = useTranslation();
  return async <D extends { id: string }>(collection: RxCollection<D>, id: string, name: string) => {
    const undo = await removeRecord(collection, id);
    if (!undo) return;
    const notificationId = `deleted-${id}`;
    const restore = () =>
      void undo().then(() => {
        notifications.hide(notificationId);
        notifications.show({ color: 'teal', message: t('restored', { name }) });
      });
    notifications.show({
      id: notificationId,
      autoClose: UNDO_WINDOW_MS,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('deleted', { name })}</Text>
          <Button size="xs" variant="light" onClick={restore} data-testid="undo-delete">{t('undo')}</Button>
        </Group>
      ),
    });
  };
}
