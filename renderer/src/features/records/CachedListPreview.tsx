import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { loadFirstPage } from './first-page-cache';
import { ListPageFrame } from './ListPageFrame';
import { listViewKey, useListView } from './list-view-store';
import { RecordRow } from './RecordRow';
import { VirtualRecordList } from './VirtualRecordList';

/**
 * Shown while the local database opens after a cold start: the list the user last saw,
 * from the first-page cache, in the same frame as the live list that replaces it.
 */
export function CachedListPreview({ fallback }: { fallback: React.ReactNode }) {
  const [location, navigate] = useLocation();
  // '/' redirects to the contacts list once the database is open.
  const list = location === '/accounts' ? 'accounts' : location === '/contacts' || location === '/' ? 'contacts' : null;
  const [view] = useListView(list ?? 'contacts');
  const { t } = useTranslation(list ?? 'contacts');
  const rows = list ? loadFirstPage(listViewKey(list, view)) : [];
  if (!list || rows.length === 0) return <>{fallback}</>;
  const base = `/${list}`;
  return (
    <ListPageFrame
      list={list}
      title={t('title')}
      countText={null}
      newLabel={t('new')}
      onNew={() => navigate(`${base}/new`)}
      searchPlaceholder={t('searchPlaceholder')}
      query=""
      onQuery={() => undefined}
      toolbar={null}
    >
      <VirtualRecordList
        rows={rows}
        hasMore={false}
        loading={false}
        loadMore={() => undefined}
        rowHeight={60}
        onOpen={(r) => navigate(`${base}/${r.id}`)}
        testId={`${list}-list`}
        rowTestId={list === 'contacts' ? 'contact-row' : 'account-row'}
        ariaLabel={t('title')}
        renderRow={(r) => <RecordRow row={r} />}
        preview
      />
    </ListPageFrame>
  );
}
