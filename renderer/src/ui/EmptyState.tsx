import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateAction {
  label: ReactNode;
  onClick(): void;
  icon?: ReactNode;
}

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** Default: an inbox. */
  icon?: ReactNode;
  /** The one button that gets the user out of the empty state ("new contact"). */
  action?: EmptyStateAction;
  /** Same as `action`, as separate props. */
  actionLabel?: ReactNode;
  actionIcon?: ReactNode;
  onAction?(): void;
}

/** What a list or panel shows when it has nothing yet. */
export function EmptyState({ title, description, icon, action: actionProp, actionLabel, actionIcon, onAction }: EmptyStateProps) {
  const action = actionProp ?? (actionLabel && onAction ? { label: actionLabel, onClick: onAction, icon: actionIcon } : undefined);
  return (
    <Stack align="center" gap="xs" py="xl" ta="center" data-testid="empty-state">
      <ThemeIcon variant="light" color="gray" size={64} radius="xl" aria-hidden>
        {icon ?? <IconInbox size={32} stroke={1.5} />}
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {description && (
        <Text c="dimmed" size="sm" maw={420}>
          {description}
        </Text>
      )}
      {action && (
        <Button mt="xs" leftSection={action.icon} onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </Stack>
  );
}
