import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEGMENTS } from '../../../../shared/entities';
import { AccountPicker } from '../accounts/AccountPicker';
import { useSearchStatus } from '../search/search-service';
import { useUserOptions } from '../settings/use-users';
import { EMPTY_FILTERS, type ListView } from './list-view-store';

interface ListToolbarProps {
  view: ListView;
  onChange: (patch: Partial<ListView>) => void;
  withAccountFilter?: boolean;
}

export function ListToolbar({ view, onChange, withAccountFilter }: ListToolbarProps) {
  const { t } = useTranslation();
  const owners = useUserOptions();
  const tags = useSearchStatus((s) => s.tags);
  const setFilter = (key: keyof ListView['filters'], value: string | null) =>
    onChange({ filters: { ...EMPTY_FILTERS, ...view.filters, [key]: value ?? '' } });

  return (
    <Group gap="xs" wrap="wrap" data-testid="list-toolbar">
      <Select
        size="xs" w={150} label={t('list.sort')} allowDeselect={false}
        value={view.sort}
        onChange={(v) => onChange({ sort: (v as ListView['sort']) ?? 'name' })}
        data={[{ value: 'name', label: t('list.sortName') }, { value: 'updated', label: t('list.sortUpdated') }]}
        data-testid="list-sort"
      />
      <Select
        size="xs" w={150} label={t('list.owner')} clearable placeholder={t('list.all')}
        value={view.filters.ownerId || null} onChange={(v) => setFilter('ownerId', v)} data={owners}
        data-testid="filter-owner"
      />
      <Select
        size="xs" w={150} label={t('list.tag')} clearable searchable placeholder={t('list.all')}
        value={view.filters.tag || null} onChange={(v) => setFilter('tag', v)}
        data={Object.keys(tags).sort((a, b) => a.localeCompare(b, 'fa'))}
        data-testid="filter-tag"
      />
      <Select
        size="xs" w={150} label={t('fields.segment')} clearable placeholder={t('list.all')}
        value={view.filters.segment || null} onChange={(v) => setFilter('segment', v)}
        data={SEGMENTS.filter(Boolean).map((s) => ({ value: s, label: t(`segment.${s}`) }))}
        data-testid="filter-segment"
      />
      {withAccountFilter && (
        <AccountPicker
          size="xs" label={t('fields.account')} placeholder={t('list.all')}
          value={view.filters.accountId} onChange={(v) => setFilter('accountId', v)}
          data-testid="filter-account"
        />
      )}
    </Group>
  );
}
