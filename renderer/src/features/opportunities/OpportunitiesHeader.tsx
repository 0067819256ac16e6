import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { IconLayoutKanban, IconList, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

/** Title, the board/list switch and "new opportunity": the same on both views. */
export function OpportunitiesHeader({ view, countText, extra }: { view: 'board' | 'list'; countText?: string | null; extra?: ReactNode }) {
  const { t } = useTranslation('opportunities');
  const [, navigate] = useLocation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="xs" align="baseline" wrap="nowrap" style={{ minWidth: 0 }}>
        <Title order={2}>{t('title')}</Title>
        {countText && <Text c="dimmed" size="sm" data-testid="opportunities-count">{countText}</Text>}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {extra}
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => navigate(v === 'list' ? '/opportunities/list' : '/opportunities')}
          aria-label={t('view.label')}
          data-testid="view-toggle"
          data={[
            { value: 'board', label: <Group gap={4} wrap="nowrap"><IconLayoutKanban size={14} aria-hidden />{t('view.board')}</Group> },
            { value: 'list', label: <Group gap={4} wrap="nowrap"><IconList size={14} aria-hidden />{t('view.list')}</Group> },
          ]}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/opportunities/new')} data-testid="new-opportunity">
          {t('new')}
        </Button>
      </Group>
    </Group>
  );
}
