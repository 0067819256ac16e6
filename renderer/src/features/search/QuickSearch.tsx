import { Badge, Kbd, Modal, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconAddressBook, IconBuilding, IconLayoutKanban, IconPackage, IconSearch, IconTargetArrow, type Icon,
} from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { create } from 'zustand';
import type { SearchKind } from '../../../../shared/search';
import { getSearchService, useSearchStatus } from './search-service';
import { recordPath } from './record-path';
import classes from './QuickSearch.module.css';

const useQuickSearchState = create<{ opened: boolean }>(() => ({ opened: false }));
export const openQuickSearch = () => useQuickSearchState.setState({ opened: true });
const closeQuickSearch = () => useQuickSearchState.setState({ opened: false });

const RESULT_LIMIT = 12;

/** The navigation's icon for each kind (AppLayout), so a hit reads like the menu. */
const KIND_ICONS: Record<SearchKind, Icon> = {
  account: IconBuilding,
  contact: IconAddressBook,
  lead: IconTargetArrow,
  opportunity: IconLayoutKanban,
  product: IconPackage,
};

/**
 * Ctrl/Cmd+K opens any account, contact or lead by name, phone or email, an opportunity
 * by its or its account's name, and a product by name or SKU. A plain modal and
 * list of our own: every keystroke must render its results well within 50 ms at 120k
 * records, and a generic command palette spent hundreds of ms scrolling and re-styling.
 */
export function QuickSearch() {
  const { t } = useTranslation('search');
  const [, navigate] = useLocation();
  const opened = useQuickSearchState((s) => s.opened);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ready = useSearchStatus((s) => s.ready);
  const indexed = useSearchStatus((s) => s.indexed);
  const complete = useSearchStatus((s) => s.complete);
  const revision = useSearchStatus((s) => s.revision);

  // Global, even while typing in a field (the default ignores inputs).
  useHotkeys([['mod+K', openQuickSearch]], []);

  const hits = useMemo(() => {
    const q = query.trim();
    return q ? (getSearchService()?.index.search(q, { limit: RESULT_LIMIT }) ?? []) : [];
    // `indexed`/`ready` re-run the query while the background build progresses, `revision` on every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, indexed, ready, revision]);

  const close = () => {
    closeQuickSearch();
    setQuery('');
    setActive(0);
  };
  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    navigate(recordPath(hit.kind, hit.id));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      const next = hits.length ? (active + delta + hits.length) % hits.length : 0;
      setActive(next);
      // Only keyboard moves scroll; typing never does (that cost hundreds of ms per key).
      const id = hits[next]?.id;
      if (id) requestAnimationFrame(() => document.getElementById(`quick-search-${id}`)?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    }
  };

  return (
    <>
      {ready && <span hidden data-testid="search-ready" />}
      <Modal
        opened={opened}
        onClose={close}
        withCloseButton={false}
        padding={0}
        size="lg"
        yOffset="12vh"
        transitionProps={{ duration: 0 }}
        aria-label={t('quickSearch')}
      >
        <TextInput
          size="md"
          variant="unstyled"
          className={classes.input}
          leftSection={<IconSearch size={18} />}
          rightSection={<Kbd size="xs">Esc</Kbd>}
          rightSectionWidth={48}
          placeholder={t('quickSearchPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          dir="auto"
          data-autofocus
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="quick-search-results"
          aria-activedescendant={hits[active] ? `quick-search-${hits[active].id}` : undefined}
          data-testid="quick-search-input"
        />
        <div id="quick-search-results" role="listbox" className={classes.results} data-testid="quick-search-results">
          {/* Until every kind is in, "nothing found" may only mean "not yet": say the index is still building. */}
          {!complete && <Text size="xs" c="dimmed" px="md" py={6} data-testid="quick-search-indexing">{t('indexing', { count: indexed })}</Text>}
          {hits.map((hit, index) => {
            const KindIcon = KIND_ICONS[hit.kind];
            return (
              <div
                key={hit.id}
                id={`quick-search-${hit.id}`}
                role="option"
                aria-selected={index === active}
                className={classes.result}
                data-active={index === active || undefined}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={() => open(index)}
                data-testid="quick-search-result"
                data-id={hit.id}
              >
                <KindIcon size={18} aria-hidden />
                <div className={classes.text}>
                  <div className={classes.title}><bdi>{hit.title}</bdi></div>
                  {hit.subtitle && <div className={classes.subtitle}><bdi>{hit.subtitle}</bdi></div>}
                </div>
                <Badge variant="light" size="xs" data-testid="quick-search-kind">{t(`kind.${hit.kind}`)}</Badge>
              </div>
            );
          })}
          {query.trim() && hits.length === 0 && <Text c="dimmed" ta="center" py="lg" size="sm">{t('nothingFound')}</Text>}
        </div>
      </Modal>
    </>
  );
}
