import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WriteRefusal } from '../../../../shared/sync/access';

/** Says, in plain words, why a record's Edit and Delete are unavailable to this user. */
export function ReadOnlyNote({ refusal }: { refusal: WriteRefusal | null }) {
  const { t } = useTranslation('sync');
  if (!refusal) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="read-only" data-reason={refusal}>
      <IconLock size={16} aria-hidden color="var(--mantine-color-dimmed)" />
      <Text size="sm" c="dimmed">{t(`readOnly.${refusal}`)}</Text>
    </Group>
  );
}
