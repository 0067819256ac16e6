import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import type { AccountDoc } from '../../../../shared/entities';
import { formatPhone } from '../../../../shared/phone/phone';
import { LtrText } from '../../ui/LtrText';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { ListSearchResults } from '../records/ListSearchResults';
import { ListToolbar } from '../records/ListToolbar';
import { filtersToSelector, useListView } from '../records/list-view-store';
import { useCollectionCount } from '../records/use-collection-count';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';

export function AccountsListPage() {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const [view, setView] = useListView('accounts');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 60);
  // Accounts have no account filter; a stale one saved by mistake must not hide every row.
  const selector = useMemo(() => filtersToSelector({ ...view.filters, accountId: '' }), [view.filters]);
  const list = useKeysetList<AccountDoc>(db.accounts, view.sort === 'name' ? 'sortName' : 'sortUpdated', selector as MangoQuerySelector<AccountDoc>);
  const total = useCollectionCount(db.accounts);
  const filtered = Boolean(view.filters.ownerId || view.filters.tag || view.filters.segment);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const open = (id: string) => navigate(`/accounts/${id}`);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {total !== null && <Text c="dimmed" size="sm" data-testid="accounts-count">{t('count', { count: total, formatted: fmt.number(total) })}</Text>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/accounts/new')} data-testid="new-account">{t('new')}</Button>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />} placeholder={t('searchPlaceholder')} value={query}
        onChange={(e) => setQuery(e.currentTarget.value)} dir="auto" aria-label={t('searchPlaceholder')} data-testid="accounts-search"
      />
      <ListToolbar view={view} onChange={setView} />
      {debounced.trim() ? (
        <ListSearchResults query={debounced} kind="account" onOpen={open} />
      ) : !list.loading && list.rows.length === 0 ? (
        <EmptyState
          icon={<IconBuilding size={40} />}
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : t('emptyBody')}
          action={filtered ? undefined : { label: t('new'), onClick: () => navigate('/accounts/new') }}
        />
      ) : (
        <VirtualRecordList<AccountDoc>
          {...list}
          rowHeight={60}
          onOpen={(a) => open(a.id)}
          testId="accounts-list"
          rowTestId="account-row"
          ariaLabel={t('title')}
          renderRow={(a) => (
            <Group justify="space-between" wrap="nowrap" w="100%" gap="md">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={600} truncate><bdi>{a.name}</bdi></Text>
                <Text size="xs" c="dimmed" truncate>
                  {[a.industry && t(`common:industry.${a.industry}`), a.address.city].filter(Boolean).join(' · ') || '—'}
                </Text>
              </div>
              <Badge variant="light" size="sm" visibleFrom="sm">{t(`kind.${a.kind}`)}</Badge>
              {a.phones[0] && <Text size="sm" visibleFrom="sm"><LtrText localizeDigits>{formatPhone(a.phones[0].e164, 'national')}</LtrText></Text>}
              <Text size="xs" c="dimmed" visibleFrom="md" w={110} ta="end">{fmt.dayOf(a.updatedAt)}</Text>
            </Group>
          )}
        />
      )}
    </Stack>
  );
}
