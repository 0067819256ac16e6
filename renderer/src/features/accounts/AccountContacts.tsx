import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ContactDoc } from '../../../../shared/entities';
import { formatPhone } from '../../../../shared/phone/phone';
import { LtrText } from '../../ui/LtrText';
import { useDatabase } from '../../db/DatabaseProvider';
import { useKeysetList } from '../records/use-keyset-list';

/** The people of an account, by name (index [accountId, sortName]). */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const [, navigate] = useLocation();
  const selector = useMemo(() => ({ accountId }), [accountId]);
  const list = useKeysetList<ContactDoc>(db.contacts, 'sortName', selector, 50);

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('contactsOfAccount')}</Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => navigate(`/accounts/${accountId}/contacts/new`)} data-testid="add-contact-to-account">
            {t('addContact')}
          </Button>
        </Group>
        {!list.loading && list.rows.length === 0 && <Text size="sm" c="dimmed">{t('noContacts')}</Text>}
        <Stack gap={6} data-testid="account-contacts">
          {list.rows.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" data-testid="account-contact">
              <div style={{ minWidth: 0 }}>
                <Anchor href={`#/contacts/${c.id}`} size="sm" fw={600}><bdi>{c.fullName}</bdi></Anchor>
                {c.jobTitle && <Text size="xs" c="dimmed"><bdi>{c.jobTitle}</bdi></Text>}
              </div>
              {c.phones[0] && <Text size="sm"><LtrText localizeDigits>{formatPhone(c.phones[0].e164, 'national')}</LtrText></Text>}
            </Group>
          ))}
        </Stack>
        {list.hasMore && list.rows.length > 0 && <Button variant="subtle" size="xs" onClick={list.loadMore}>{t('common:showMore')}</Button>}
      </Stack>
    </Paper>
  );
}
