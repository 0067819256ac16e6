import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryTree } from './categories';

/** Select value standing for "no category" (a Select cannot hold ''). */
const NONE = '\u0000none';

interface CategoryFilterProps {
  /** Distinct stored paths; undefined while they are read. */
  paths: string[] | undefined;
  /** null = all; '' = without a category; else a node's path. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** The category tree as an indented, searchable list; a parent shows everything under it. */
export function CategoryFilter({ paths, value, onChange }: CategoryFilterProps) {
  const { t } = useTranslation('products');
  const nodes = useMemo(() => categoryTree(paths ?? []), [paths]);
  const depthOf = useMemo(() => new Map(nodes.map((n) => [n.path, n])), [nodes]);
  const data = useMemo(() => {
    const options = nodes.map((n) => ({ value: n.path, label: n.path }));
    if (paths?.includes('')) options.push({ value: NONE, label: t('noCategory') });
    return options;
  }, [nodes, paths, t]);
  return (
    <Select
      size="xs"
      w={240}
      label={t('filters.category')}
      placeholder={t('filters.allCategories')}
      data={data}
      value={value === null ? null : value === '' ? NONE : value}
      onChange={(v) => onChange(v === null ? null : v === NONE ? '' : v)}
      searchable
      clearable
      nothingFoundMessage={t('filters.noCategoryFound')}
      renderOption={({ option }) => {
        const node = depthOf.get(option.value);
        return (
          <span style={{ paddingInlineStart: (node?.depth ?? 0) * 14, fontWeight: node && node.depth === 0 ? 600 : undefined }}>
            <bdi>{node ? node.label : option.label}</bdi>
          </span>
        );
      }}
      comboboxProps={{ width: 300, position: 'bottom-start' }}
      data-testid="filter-category"
    />
  );
}
