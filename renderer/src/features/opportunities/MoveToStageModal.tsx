import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';

interface MoveToStageModalProps {
  /** The deal being moved; null: closed. */
  deal: { name: string; stageId: string } | null;
  stages: readonly PipelineStage[];
  onMove: (stageId: string) => void;
  onClose: () => void;
}

/** The keyboard and screen-reader way to move a card: a list of the stages, the current one marked. */
export function MoveToStageModal({ deal, stages, onMove, onClose }: MoveToStageModalProps) {
  const { t } = useTranslation('opportunities');
  const count = useFormatters().number;
  const active = stages.filter((s) => s.active);
  return (
    <Modal opened={deal !== null} onClose={onClose} title={deal ? t('moveDialog.title', { name: `\u2068${deal.name}\u2069` }) : ''} centered size="sm">
      <Stack gap={6} data-testid="move-dialog">
        <Text size="sm" c="dimmed">{t('moveDialog.hint')}</Text>
        {active.map((stage, index) => {
          const current = deal?.stageId === stage.id;
          return (
            <Button
              key={stage.id}
              variant={current ? 'light' : 'default'}
              justify="space-between"
              fullWidth
              disabled={current}
              data-autofocus={index === 0 && !current ? true : undefined}
              onClick={() => onMove(stage.id)}
              data-testid="move-dialog-stage"
              data-stage={stage.id}
              rightSection={<Badge variant="light" size="sm">{t('percent', { value: count(stage.probability) })}</Badge>}
            >
              <Group gap={6} wrap="nowrap">
                {current && <IconCheck size={14} aria-hidden />}
                <span>{current ? t('moveDialog.current', { stage: stage.name }) : stage.name}</span>
              </Group>
            </Button>
          );
        })}
      </Stack>
    </Modal>
  );
}
