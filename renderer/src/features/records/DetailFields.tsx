import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address, EmailEntry, PhoneEntry } from '../../../../shared/entities';
import { EmailLink } from '../../ui/EmailLink';
import { PhoneLink } from '../../ui/PhoneLink';

const isEmpty = (node: ReactNode) => node === null || node === undefined || node === false || node === '';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div>{isEmpty(children) ? <Text size="sm" c="dimmed">—</Text> : children}</div>
    </Stack>
  );
}

export function PhoneList({ phones }: { phones: PhoneEntry[] }) {
  const { t } = useTranslation();
  if (!phones.length) return null;
  return (
    <Stack gap={2}>
      {phones.map((p) => (
        <Group key={p.e164 + p.label} gap={6} wrap="nowrap">
          <Text size="sm" component="span"><PhoneLink e164={p.e164} /></Text>
          <Text size="xs" c="dimmed">{t(`phoneLabel.${p.label}`)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

export function EmailList({ emails }: { emails: EmailEntry[] }) {
  const { t } = useTranslation();
  if (!emails.length) return null;
  return (
    <Stack gap={2}>
      {emails.map((e) => (
        <Group key={e.address} gap={6} wrap="nowrap">
          <Text size="sm" component="span"><EmailLink address={e.address} /></Text>
          <Text size="xs" c="dimmed">{t(`emailLabel.${e.label}`)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

export function AddressText({ address }: { address: Address }) {
  const { t } = useTranslation();
  const parts = [address.street, address.city, address.province, address.country].filter(Boolean);
  if (!parts.length && !address.postalCode) return null;
  return (
    <Text size="sm" dir="auto">
      {parts.join(t('listSeparator'))}
      {address.postalCode && <> — <bdi dir="ltr">{address.postalCode}</bdi></>}
    </Text>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return <Group gap={4}>{tags.map((tag) => <Badge key={tag} variant="light" size="sm"><bdi>{tag}</bdi></Badge>)}</Group>;
}

export function FieldGrid({ children }: { children: ReactNode }) {
  return <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">{children}</SimpleGrid>;
}
