import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../ui/useConfirm';

/** Asks before deleting; the delete itself can still be undone from the notification. */
export function DeleteRecordButton({ name, body, onConfirm, disabled }: { name: string; body?: string; onConfirm: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { confirm, confirmModal } = useConfirm();
  const ask = async () => {
    const yes = await confirm({
      title: t('confirmDeleteTitle'),
      message: [t('confirmDeleteBody', { name: `\u2068${name}\u2069` }), body].filter(Boolean).join(' '),
      confirmLabel: t('delete'),
      danger: true,
    });
    if (yes) onConfirm();
  };
  return (
    <>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => void ask()} disabled={disabled} data-testid="delete-record">
        {t('delete')}
      </Button>
      {confirmModal}
    </>
  );
}
