import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { getSearchService, useSearchStatus } from '../search/search-service';
import { VirtualRecordList } from './VirtualRecordList';

interface ListSearchResultsProps {
  query: string;
  kind: 'account' | 'contact';
  onOpen: (id: string) => void;
}

/** While a list's search box has text, the list shows index hits instead of the paged rows. */
export function ListSearchResults({ query, kind, onOpen }: ListSearchResultsProps) {
  const { t } = useTranslation('search');
  const indexed = useSearchStatus((s) => s.indexed);
  const ready = useSearchStatus((s) => s.ready);
  const revision = useSearchStatus((s) => s.revision);
  const hits = useMemo(
    () => getSearchService()?.index.search(query, { limit: 500, kinds: [kind] }) ?? [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [query, kind, indexed, ready, revision],
  );
  if (!hits.length) {
    return <Text c="dimmed" ta="center" py="xl">{ready ? t('nothingFound') : t('indexing', { count: indexed })}</Text>;
  }
  return (
    <VirtualRecordList<SearchHit>
      rows={hits}
      hasMore={false}
      loading={false}
      loadMore={() => undefined}
      rowHeight={56}
      onOpen={(h) => onOpen(h.id)}
      testId={`${kind}-search-results`}
      rowTestId={`${kind}-row`}
      ariaLabel={t('results')}
      renderRow={(h) => (
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate><bdi>{h.title}</bdi></Text>
          {h.subtitle && <Text size="xs" c="dimmed" truncate><bdi>{h.subtitle}</bdi></Text>}
        </div>
      )}
    />
  );
}
