import { Button, Chip, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const SUGGESTIONS = ['noBudget', 'noNeed', 'competitor', 'noAnswer', 'wrongContact'] as const;

/** Asks why a lead is disqualified: the reason is required (the schema refuses an empty one). */
export function DisqualifyModal({ opened, onClose, onConfirm }: {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<boolean> | boolean;
}) {
  const { t } = useTranslation('leads');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const close = () => {
    setReason('');
    setError(undefined);
    onClose();
  };
  const confirm = async () => {
    if (!reason.trim()) {
      setError(t('validation:reasonRequired'));
      return;
    }
    setSaving(true);
    const ok = await onConfirm(reason.trim());
    setSaving(false);
    if (ok) close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('disqualify.title')} centered data-testid="disqualify-modal">
      <Stack gap="sm">
        <Text size="sm">{t('disqualify.body')}</Text>
        <Group gap={6}>
          {SUGGESTIONS.map((key) => (
            <Chip key={key} size="xs" checked={reason === t(`disqualify.suggestion.${key}`)} onChange={() => { setReason(t(`disqualify.suggestion.${key}`)); setError(undefined); }}>
              {t(`disqualify.suggestion.${key}`)}
            </Chip>
          ))}
        </Group>
        <Textarea
          label={t('fields.disqualifyReason')} value={reason} onChange={(e) => { setReason(e.currentTarget.value); setError(undefined); }}
          dir="auto" autosize minRows={2} withAsterisk error={error} data-autofocus data-testid="disqualify-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common:cancel')}</Button>
          <Button color="red" onClick={() => void confirm()} loading={saving} data-testid="disqualify-confirm">{t('disqualify.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
