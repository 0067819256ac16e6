import { Badge, Group, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconBuilding, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSearchStatus, getSearchService } from './search-service';
import { recordPath } from './record-path';

export const openQuickSearch = () => spotlight.open();

/** Ctrl/Cmd+K opens any account or contact by name, phone or email. */
export function QuickSearch() {
  const { t } = useTranslation('search');
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const ready = useSearchStatus((s) => s.ready);
  const indexed = useSearchStatus((s) => s.indexed);

  const hits = useMemo(() => {
    const q = query.trim();
    if (!q) return [];
    return getSearchService()?.index.search(q, { limit: 12 }) ?? [];
    // `indexed` re-runs the query as the background build progresses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, indexed, ready]);

  return (
    <>
      {ready && <span hidden data-testid="search-ready" />}
      <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={420}>
        <Spotlight.Search
          placeholder={t('quickSearchPlaceholder')}
          leftSection={<IconSearch size={18} />}
          data-testid="quick-search-input"
          dir="auto"
        />
        <Spotlight.ActionsList data-testid="quick-search-results">
          {!ready && <Text size="xs" c="dimmed" px="md" py={4}>{t('indexing', { count: indexed })}</Text>}
          {hits.map((hit) => (
            <Spotlight.Action
              key={hit.id}
              onClick={() => navigate(recordPath(hit.kind, hit.id))}
              data-testid="quick-search-result"
              data-id={hit.id}
            >
              <Group wrap="nowrap" w="100%" gap="sm">
                {hit.kind === 'contact' ? <IconAddressBook size={18} /> : <IconBuilding size={18} />}
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" truncate><bdi>{hit.title}</bdi></Text>
                  {hit.subtitle && <Text size="xs" c="dimmed" truncate><bdi>{hit.subtitle}</bdi></Text>}
                </div>
                <Badge variant="light" size="xs">{t(`kind.${hit.kind}`)}</Badge>
              </Group>
            </Spotlight.Action>
          ))}
          {query.trim() && hits.length === 0 && <Spotlight.Empty>{t('nothingFound')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
