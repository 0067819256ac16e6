import { Button, Center, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch, IconTargetArrow } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import { LEAD_STATUSES, type LeadDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { RecordRow, type RecordRowModel } from '../records/RecordRow';
import { useCollectionCount } from '../records/use-collection-count';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';
import { useUserOptions } from '../settings/use-users';
import { leadListQuery, useLeadsView, type LeadSort, type LeadsView } from './lead-list-query';
import { leadSubtitle } from './lead-model';

function leadRow(l: LeadDoc, t: TFunction): RecordRowModel {
  return {
    id: l.id,
    title: l.displayName,
    subtitle: leadSubtitle(l),
    phone: l.phones[0]?.e164 ?? '',
    badge: t(`status.${l.status}`),
    updatedAt: l.updatedAt,
  };
}

export function LeadsListPage() {
  const { t } = useTranslation('leads');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const view = useLeadsView((s) => s.view);
  const setView = useLeadsView((s) => s.setView);
  const [query, setQuery] = useState('');
  const [search] = useDebouncedValue(query, 150);
  const q = useMemo(() => leadListQuery(view, search), [view, search]);
  const list = useKeysetList<LeadDoc>(db.leads, q.sortField, q.selector as MangoQuerySelector<LeadDoc>);
  const rows = useMemo(() => list.rows.map((l) => leadRow(l, t)), [list.rows, t]);
  const total = useCollectionCount(db.leads);
  const filtered = Boolean(view.status || view.ownerId);
  const searching = search.trim() !== '';

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  const open = (id: string) => navigate(`/leads/${id}`);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {total !== null && <Text c="dimmed" size="sm" data-testid="leads-count">{t('count', { count: total, formatted: fmt.number(total) })}</Text>}
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => navigate('/leads/import')} data-testid="leads-import">
            {t('import.open')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/leads/new')} data-testid="new-lead">{t('new')}</Button>
        </Group>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        dir="auto"
        aria-label={t('searchPlaceholder')}
        data-testid="leads-search"
      />
      <LeadsToolbar view={view} effectiveSort={q.effectiveSort} searching={searching} onChange={setView} />
      {!list.loading && rows.length === 0 ? (
        searching ? (
          <EmptyState icon={<IconSearch size={40} />} title={t('emptySearchTitle')} description={t('emptySearchBody')} />
        ) : filtered ? (
          <EmptyState icon={<IconTargetArrow size={40} />} title={t('emptyFilteredTitle')} description={t('emptyFilteredBody')} />
        ) : (
          <Stack gap={0}>
            <EmptyState
              icon={<IconTargetArrow size={40} />}
              title={t('emptyTitle')}
              description={t('emptyBody')}
              action={{ label: t('new'), onClick: () => navigate('/leads/new'), icon: <IconPlus size={16} /> }}
            />
            <Center>
              <Button variant="subtle" leftSection={<IconFileImport size={16} />} onClick={() => navigate('/leads/import')}>{t('import.open')}</Button>
            </Center>
          </Stack>
        )
      ) : (
        <VirtualRecordList<RecordRowModel>
          rows={rows}
          hasMore={list.hasMore}
          loading={list.loading}
          loadMore={list.loadMore}
          rowHeight={60}
          onOpen={(r) => open(r.id)}
          testId="leads-list"
          rowTestId="lead-row"
          ariaLabel={t('title')}
          renderRow={(r) => <RecordRow row={r} />}
        />
      )}
    </Stack>
  );
}

function LeadsToolbar({ view, effectiveSort, searching, onChange }: {
  view: LeadsView;
  effectiveSort: LeadSort;
  searching: boolean;
  onChange: (patch: Partial<LeadsView>) => void;
}) {
  const { t } = useTranslation('leads');
  const owners = useUserOptions();
  const sortLocked = effectiveSort !== view.sort || searching;
  return (
    <Stack gap={4} mih={56}>
      <Group gap="xs" wrap="wrap" data-testid="leads-toolbar">
        <Select
          size="xs" w={150} label={t('list.sort')} allowDeselect={false}
          value={effectiveSort}
          onChange={(v) => onChange({ sort: (v as LeadSort) ?? 'updated' })}
          data={[
            { value: 'updated', label: t('list.sortUpdated') },
            { value: 'name', label: t('list.sortName'), disabled: Boolean(view.status || view.ownerId) },
          ]}
          disabled={searching}
          data-testid="leads-sort"
        />
        <Select
          size="xs" w={170} label={t('list.status')} clearable placeholder={t('list.all')}
          value={view.status || null}
          onChange={(v) => onChange({ status: (v ?? '') as LeadsView['status'] })}
          data={LEAD_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          data-testid="leads-filter-status"
        />
        <Select
          size="xs" w={150} label={t('list.owner')} clearable placeholder={t('list.all')}
          value={view.ownerId || null}
          onChange={(v) => onChange({ ownerId: v ?? '' })}
          data={owners}
          data-testid="leads-filter-owner"
        />
      </Group>
      {sortLocked && !searching && <Text size="xs" c="dimmed">{t('list.filterSortsByUpdate')}</Text>}
    </Stack>
  );
}
