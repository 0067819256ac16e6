import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAddressBook, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import type { ContactDoc } from '../../../../shared/entities';
import { formatPhone } from '../../../../shared/phone/phone';
import { LtrText } from '../../ui/LtrText';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { useAccountNames } from '../accounts/use-account-names';
import { ListSearchResults } from '../records/ListSearchResults';
import { ListToolbar } from '../records/ListToolbar';
import { filtersToSelector, useListView } from '../records/list-view-store';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';
import { useCollectionCount } from '../records/use-collection-count';

export function ContactsListPage() {
  const { t } = useTranslation('contacts');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const [view, setView] = useListView('contacts');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 60);
  const selector = useMemo(() => filtersToSelector(view.filters), [view.filters]);
  const list = useKeysetList<ContactDoc>(db.contacts, view.sort === 'name' ? 'sortName' : 'sortUpdated', selector as MangoQuerySelector<ContactDoc>);
  const accountNames = useAccountNames(list.rows.map((r) => r.accountId));
  const total = useCollectionCount(db.contacts);
  const filtered = Object.values(view.filters).some(Boolean);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const open = (id: string) => navigate(`/contacts/${id}`);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {total !== null && <Text c="dimmed" size="sm" data-testid="contacts-count">{t('count', { count: total, formatted: fmt.number(total) })}</Text>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/contacts/new')} data-testid="new-contact">
          {t('new')}
        </Button>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        dir="auto"
        aria-label={t('searchPlaceholder')}
        data-testid="contacts-search"
      />
      <ListToolbar view={view} onChange={setView} withAccountFilter />
      {debounced.trim() ? (
        <ListSearchResults query={debounced} kind="contact" onOpen={open} />
      ) : !list.loading && list.rows.length === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={40} />}
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : t('emptyBody')}
          action={filtered ? undefined : { label: t('new'), onClick: () => navigate('/contacts/new') }}
        />
      ) : (
        <VirtualRecordList<ContactDoc>
          {...list}
          rowHeight={60}
          onOpen={(c) => open(c.id)}
          testId="contacts-list"
          rowTestId="contact-row"
          ariaLabel={t('title')}
          renderRow={(c) => {
            const company = accountNames.get(c.accountId);
            const phone = c.phones[0];
            return (
              <Group justify="space-between" wrap="nowrap" w="100%" gap="md">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600} truncate><bdi>{c.fullName}</bdi></Text>
                  <Text size="xs" c="dimmed" truncate><bdi>{[c.jobTitle, company].filter(Boolean).join(' · ') || '—'}</bdi></Text>
                </div>
                {phone && <Text size="sm" visibleFrom="sm"><LtrText localizeDigits>{formatPhone(phone.e164, 'national')}</LtrText></Text>}
                <Text size="xs" c="dimmed" visibleFrom="md" w={110} ta="end">{fmt.dayOf(c.updatedAt)}</Text>
              </Group>
            );
          }}
        />
      )}
    </Stack>
  );
}
