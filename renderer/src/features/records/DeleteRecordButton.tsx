import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Asks before deleting; the delete itself can still be undone from the notification. */
export function DeleteRecordButton({ name, body, onConfirm }: { name: string; body?: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={open} data-testid="delete-record">
        {t('delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('confirmDeleteTitle')} centered>
        <Text size="sm">{t('confirmDeleteBody', { name })}</Text>
        {body && <Text size="sm" c="dimmed" mt="xs">{body}</Text>}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>{t('cancel')}</Button>
          <Button color="red" onClick={() => { close(); onConfirm(); }} data-testid="confirm-delete">{t('delete')}</Button>
        </Group>
      </Modal>
    </>
  );
}
