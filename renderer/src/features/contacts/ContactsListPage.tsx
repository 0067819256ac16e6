import { useDebouncedValue } from '@mantine/hooks';
import { IconAddressBook } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import type { ContactDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { useAccountNames } from '../accounts/use-account-names';
import { ListPageFrame } from '../records/ListPageFrame';
import { ListSearchResults } from '../records/ListSearchResults';
import { ListToolbar } from '../records/ListToolbar';
import { filtersToSelector, listViewKey, useListView } from '../records/list-view-store';
import { RecordRow, type RecordRowModel } from '../records/RecordRow';
import { useCollectionCount } from '../records/use-collection-count';
import { useFirstPageCache, useRowsOrCached } from '../records/use-first-page-cache';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';

function contactRow(c: ContactDoc, company: string | undefined): RecordRowModel {
  return {
    id: c.id,
    title: c.fullName,
    subtitle: [c.jobTitle, company].filter(Boolean).join(' · '),
    phone: c.phones[0]?.e164 ?? '',
    badge: '',
    updatedAt: c.updatedAt,
  };
}

export function ContactsListPage() {
  const { t } = useTranslation('contacts');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const [view, setView] = useListView('contacts');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 60);
  const selector = useMemo(() => filtersToSelector(view.filters) as MangoQuerySelector<ContactDoc>, [view.filters]);
  const list = useKeysetList<ContactDoc>(db.contacts, view.sort === 'name' ? 'sortName' : 'sortUpdated', selector);
  const accountNames = useAccountNames(list.rows.map((r) => r.accountId));
  const rows = useMemo(() => list.rows.map((c) => contactRow(c, accountNames.get(c.accountId))), [list.rows, accountNames]);
  useFirstPageCache(listViewKey('contacts', view), rows, list.loading, query !== '');
  const shown = useRowsOrCached(listViewKey('contacts', view), rows, list.loading);
  const shownRows = shown.rows;
  const total = useCollectionCount(db.contacts);
  const filtered = Object.values(view.filters).some(Boolean);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const open = (id: string) => navigate(`/contacts/${id}`);

  return (
    <ListPageFrame
      list="contacts"
      title={t('title')}
      countText={total === null ? null : t('count', { count: total, formatted: fmt.number(total) })}
      newLabel={t('new')}
      onNew={() => navigate('/contacts/new')}
      searchPlaceholder={t('searchPlaceholder')}
      query={query}
      onQuery={setQuery}
      toolbar={<ListToolbar view={view} onChange={setView} withAccountFilter />}
    >
      {debounced.trim() ? (
        <ListSearchResults query={debounced} kind="contact" onOpen={open} />
      ) : !list.loading && shownRows.length === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={40} />}
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : t('emptyBody')}
          action={filtered ? undefined : { label: t('new'), onClick: () => navigate('/contacts/new') }}
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
          testId="contacts-list"
          rowTestId="contact-row"
          ariaLabel={t('title')}
          renderRow={(r) => <RecordRow row={r} />}
        />
      )}
    </ListPageFrame>
  );
}
