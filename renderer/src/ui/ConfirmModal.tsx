import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmOptions {
  title: ReactNode;
  message?: ReactNode;
  /** Default «تأیید» / "Confirm". */
  confirmLabel?: ReactNode;
  /** Default «انصراف» / "Cancel". */
  cancelLabel?: ReactNode;
  /** Red confirm button, for deletions and other losses. */
  danger?: boolean;
}

export interface ConfirmModalProps extends ConfirmOptions {
  opened: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Shows a spinner on the confirm button while the caller works. */
  loading?: boolean;
}

/** A yes/no question. Cancel has the initial focus, so Enter never destroys anything by accident. */
export function ConfirmModal({
  opened,
  onConfirm,
  onCancel,
  loading,
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger,
}: ConfirmModalProps) {
  const { t } = useTranslation('ui');
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      {message && <Text size="sm">{message}</Text>}
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus data-testid="confirm-cancel">
          {cancelLabel ?? t('confirm.cancel')}
        </Button>
        <Button color={danger ? 'red' : undefined} loading={loading} onClick={onConfirm} data-testid="confirm-accept">
          {confirmLabel ?? t('confirm.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
