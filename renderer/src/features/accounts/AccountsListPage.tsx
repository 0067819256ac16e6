import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import type { AccountDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { ListPageFrame } from '../records/ListPageFrame';
import { ListSearchResults } from '../records/ListSearchResults';
import { ListToolbar } from '../records/ListToolbar';
import { filtersToSelector, listViewKey, useListView } from '../records/list-view-store';
import { RecordRow, type RecordRowModel } from '../records/RecordRow';
import { useCollectionCount } from '../records/use-collection-count';
import { useFirstPageCache, useRowsOrCached } from '../records/use-first-page-cache';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';

function accountRow(a: AccountDoc, t: TFunction): RecordRowModel {
  return {
    id: a.id,
    title: a.name,
    subtitle: [a.industry && t(`common:industry.${a.industry}`), a.address.city].filter(Boolean).join(' · '),
    phone: a.phones[0]?.e164 ?? '',
    badge: t(`kind.${a.kind}`),
    updatedAt: a.updatedAt,
  };
}

export function AccountsListPage() {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const [view, setView] = useListView('accounts');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 60);
  // Accounts have no account filter; a stale one saved by mistake must not hide every row.
  const selector = useMemo(() => filtersToSelector({ ...view.filters, accountId: '' }) as MangoQuerySelector<AccountDoc>, [view.filters]);
  const list = useKeysetList<AccountDoc>(db.accounts, view.sort === 'name' ? 'sortName' : 'sortUpdated', selector);
  const rows = useMemo(() => list.rows.map((a) => accountRow(a, t)), [list.rows, t]);
  useFirstPageCache(listViewKey('accounts', view), rows, list.loading, query !== '');
  const shown = useRowsOrCached(listViewKey('accounts', view), rows, list.loading);
  const shownRows = shown.rows;
  const total = useCollectionCount(db.accounts);
  const filtered = Boolean(view.filters.ownerId || view.filters.tag || view.filters.segment);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const open = (id: string) => navigate(`/accounts/${id}`);

  return (
    <ListPageFrame
      list="accounts"
      title={t('title')}
      countText={total === null ? null : t('count', { count: total, formatted: fmt.number(total) })}
      newLabel={t('new')}
      onNew={() => navigate('/accounts/new')}
      searchPlaceholder={t('searchPlaceholder')}
      query={query}
      onQuery={setQuery}
      toolbar={<ListToolbar view={view} onChange={setView} />}
    >
      {debounced.trim() ? (
        <ListSearchResults query={debounced} kind="account" onOpen={open} />
      ) : !list.loading && shownRows.length === 0 ? (
        <EmptyState
          icon={<IconBuilding size={40} />}
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : t('emptyBody')}
          action={filtered ? undefined : { label: t('new'), onClick: () => navigate('/accounts/new') }}
        />
      ) : (
        <VirtualRecordList<RecordRowModel>
          rows={shownRows}
          preview={shown.cached}
          hasMore={list.hasMore}
          loading={list.loading}
          loadMore={list.loadMore}
          rowHeight={60}
          onOpen={(r) => open(r.id)}
          testId="accounts-list"
          rowTestId="account-row"
          ariaLabel={t('title')}
          renderRow={(r) => <RecordRow row={r} />}
        />
      )}
    </ListPageFrame>
  );
}
