import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ListPageFrameProps {
  list: 'contacts' | 'accounts';
  title: string;
  countText: string | null;
  newLabel: string;
  onNew: () => void;
  searchPlaceholder: string;
  query: string;
  onQuery: (q: string) => void;
  toolbar: ReactNode;
  children: ReactNode;
}

/** The chrome every record list shares; the cold-start preview draws the same frame. */
export function ListPageFrame(props: ListPageFrameProps) {
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{props.title}</Title>
          {props.countText && <Text c="dimmed" size="sm" data-testid={`${props.list}-count`}>{props.countText}</Text>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={props.onNew} data-testid={props.list === 'contacts' ? 'new-contact' : 'new-account'}>
          {props.newLabel}
        </Button>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={props.searchPlaceholder}
        value={props.query}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        dir="auto"
        aria-label={props.searchPlaceholder}
        data-testid={`${props.list}-search`}
      />
      <div style={{ minHeight: 56 }}>{props.toolbar}</div>
      {props.children}
    </Stack>
  );
}
