import { Button, Center, Group, Loader, SegmentedControl, Stack, Switch, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLayoutGrid, IconList, IconPackage, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { useCollectionCount } from '../records/use-collection-count';
import { VirtualRecordList } from '../records/VirtualRecordList';
import { useSetting } from '../sales-settings/sales-reference';
import type { CatalogFilter } from './catalog-list';
import { useCatalogView, type CatalogLayout } from './catalog-view-store';
import { pathsUnder } from './categories';
import { CategoryFilter } from './CategoryFilter';
import { ProductListRow } from './ProductCard';
import { useProductDirectory } from './product-directory';
import type { ProductSummary } from './product-summary';
import { useCatalogList, useCategories } from './use-catalog';
import { VirtualProductGrid } from './VirtualProductGrid';

const SEARCH_LIMIT = 500;

export function ProductsCatalogPage() {
  const { t } = useTranslation('products');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const view = useCatalogView((s) => s.view);
  const setView = useCatalogView((s) => s.setView);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 80);
  const baseCurrency = useSetting('baseCurrency');
  const paths = useCategories(db.products);
  const total = useCollectionCount(db.products);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  // A category node shows its own products and its descendants' (one index range each).
  const categories = useMemo(
    () => (view.category === null ? null : paths ? pathsUnder(paths, view.category) : undefined),
    [view.category, paths],
  );
  // While the category paths are read, a chosen node waits (an empty filter shows nothing).
  // A remembered category whose last product is gone would filter by something the select no longer shows.
  useEffect(() => {
    if (view.category !== null && categories && categories.length === 0) setView({ category: null });
  }, [view.category, categories, setView]);
  const filter: CatalogFilter = { categories: categories === undefined ? [] : categories, activeOnly: !view.showInactive };
  const list = useCatalogList(db.products, filter);
  const waitingForCategories = categories === undefined;

  // The in-memory directory is read only once the user searches (focus or typing).
  const [searchWanted, setSearchWanted] = useState(false);
  // …or a few seconds after the catalog shows, in the background, so the first search is instant.
  useEffect(() => {
    const timer = setTimeout(() => setSearchWanted(true), 4000);
    return () => clearTimeout(timer);
  }, []);
  const { directory, status } = useProductDirectory(searchWanted || debounced !== '');
  const hits = useMemo(
    () => (debounced && directory
      ? directory.index.search(debounced, { limit: SEARCH_LIMIT, activeOnly: !view.showInactive, categories: categories ? new Set(categories) : null })
      : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [directory, debounced, view.showInactive, categories, status.version],
  );

  const open = (p: ProductSummary) => navigate(`/products/${p.id}`);
  const searching = debounced !== '';
  const rows = searching ? hits : list.rows;
  const hasMore = searching ? false : list.hasMore;
  const loading = searching ? !status.ready && hits.length === 0 : list.loading || waitingForCategories;
  const filtered = view.category !== null;

  let body;
  if (loading && rows.length === 0) {
    body = <Center py="xl"><Loader /></Center>;
  } else if (rows.length === 0) {
    body = searching ? (
      <EmptyState icon={<IconSearch size={32} />} title={t('nothingFoundTitle')} description={t('nothingFoundBody')} />
    ) : filtered || (!view.showInactive && total !== null && total > 0) ? (
      <EmptyState
        icon={<IconPackage size={32} />}
        title={t('emptyFilteredTitle')}
        description={t('emptyFilteredBody')}
        action={{ label: t('filters.clear'), onClick: () => setView({ category: null, showInactive: true }) }}
      />
    ) : (
      <EmptyState
        icon={<IconPackage size={32} />}
        title={t('emptyTitle')}
        description={t('emptyBody')}
        action={{ label: t('new'), icon: <IconPlus size={16} />, onClick: () => navigate('/products/new') }}
      />
    );
  } else if (view.layout === 'grid') {
    body = (
      <VirtualProductGrid
        rows={rows} hasMore={hasMore} loading={loading} loadMore={list.loadMore} onOpen={open}
        baseCurrency={baseCurrency} ariaLabel={t('title')} testId="products-grid"
      />
    );
  } else {
    body = (
      <VirtualRecordList<ProductSummary>
        rows={rows} hasMore={hasMore} loading={loading} loadMore={list.loadMore} rowHeight={64} onOpen={open}
        testId="products-list" rowTestId="product-row" ariaLabel={t('title')}
        renderRow={(p) => <ProductListRow product={p} baseCurrency={baseCurrency} />}
      />
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {total !== null && <Text c="dimmed" size="sm" data-testid="products-count">{t('count', { count: total, formatted: fmt.number(total) })}</Text>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/products/new')} data-testid="new-product">{t('new')}</Button>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onFocus={() => setSearchWanted(true)}
        dir="auto"
        aria-label={t('searchPlaceholder')}
        data-testid="products-search"
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={searching && !status.ready ? t('searchIndexing', { count: status.indexed, formatted: fmt.number(status.indexed) }) : undefined}
      />
      <Group gap="md" align="flex-end" wrap="wrap" data-testid="products-toolbar">
        <CategoryFilter paths={paths} value={view.category} onChange={(category) => setView({ category })} />
        <Switch
          label={t('filters.showInactive')}
          checked={view.showInactive}
          onChange={(e) => setView({ showInactive: e.currentTarget.checked })}
          mb={6}
          data-testid="show-inactive"
        />
        <Group gap={6} ms="auto" align="center">
          <VisuallyHidden id="catalog-layout-label">{t('layout.label')}</VisuallyHidden>
          <SegmentedControl
            size="xs"
            aria-labelledby="catalog-layout-label"
            value={view.layout}
            onChange={(v) => setView({ layout: v as CatalogLayout })}
            data={[
              { value: 'grid', label: <Group gap={4} wrap="nowrap"><IconLayoutGrid size={16} aria-hidden /><span>{t('layout.grid')}</span></Group> },
              { value: 'list', label: <Group gap={4} wrap="nowrap"><IconList size={16} aria-hidden /><span>{t('layout.list')}</span></Group> },
            ]}
            data-testid="catalog-layout"
          />
        </Group>
      </Group>
      {searching && hits.length === SEARCH_LIMIT && <Text size="xs" c="dimmed">{t('searchLimited', { formatted: fmt.number(SEARCH_LIMIT) })}</Text>}
      {body}
    </Stack>
  );
}
