import { Badge, Group, Select, Stack } from '@mantine/core';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MangoQuerySelector } from 'rxdb';
import { useLocation } from 'wouter';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { OPPORTUNITY_STATUSES, type OpportunityDoc } from '../../../../shared/entities';
import type { PipelineStage } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { DateText } from '../../ui/DateText';
import { EmptyState } from '../../ui/EmptyState';
import { MoneyText } from '../../ui/MoneyText';
import { AccountPicker } from '../accounts/AccountPicker';
import rowClasses from '../records/RecordRow.module.css';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';
import { usePipelineStages } from '../sales-settings/sales-reference';
import { listQuery, type OpportunityListView } from './list-query';
import { OpportunitiesHeader } from './OpportunitiesHeader';
import { useAccountName } from './use-account-name';

/** The list remembers its sort and filters across restarts, like the other lists. */
const useOpportunityListView = create<{ view: OpportunityListView; set(patch: Partial<OpportunityListView>): void }>()(
  persist(
    (set) => ({
      view: { sort: 'updated', status: 'open', accountId: '' },
      set: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
    }),
    { name: 'peyvand.opportunityList', version: 1 },
  ),
);

const STATUS_COLOR = { open: 'blue', won: 'teal', lost: 'red' } as const;

/** /opportunities/list: every opportunity, paged through an index, by name or last change. */
export function OpportunitiesListPage() {
  const { t } = useTranslation('opportunities');
  const db = useDatabase();
  const [, navigate] = useLocation();
  const view = useOpportunityListView((s) => s.view);
  const setView = useOpportunityListView((s) => s.set);
  const stages = usePipelineStages();
  const query = useMemo(() => listQuery(view), [view]);
  const list = useKeysetList<OpportunityDoc>(db.opportunities, query.sortField, query.selector as MangoQuerySelector<OpportunityDoc>);
  const filtered = view.status !== 'all' || Boolean(view.accountId);

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  return (
    <Stack gap="sm">
      <OpportunitiesHeader view="list" />
      <Group gap="xs" wrap="wrap" data-testid="opportunity-list-toolbar">
        <Select
          size="xs" w={150} label={t('list.sort')} allowDeselect={false} value={view.sort}
          onChange={(v) => v && setView({ sort: v as OpportunityListView['sort'] })}
          data={[{ value: 'updated', label: t('list.sortUpdated') }, { value: 'name', label: t('list.sortName') }]}
          data-testid="opportunity-sort"
        />
        <Select
          size="xs" w={150} label={t('list.status')} allowDeselect={false} value={view.status}
          onChange={(v) => v && setView({ status: v as OpportunityListView['status'] })}
          data={[{ value: 'all', label: t('list.allStatuses') }, ...OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          data-testid="opportunity-status-filter"
        />
        <AccountPicker size="xs" label={t('fields.account')} placeholder={t('list.allAccounts')} value={view.accountId} onChange={(v) => setView({ accountId: v })} data-testid="opportunity-account-filter" />
      </Group>
      {!list.loading && list.rows.length === 0 ? (
        <EmptyState
          icon={<IconLayoutKanban size={36} stroke={1.5} />}
          title={filtered ? t('list.emptyFilteredTitle') : t('board.emptyTitle')}
          description={filtered ? t('list.emptyFilteredBody') : t('board.emptyBody')}
          action={filtered ? undefined : { label: t('new'), onClick: () => navigate('/opportunities/new') }}
        />
      ) : (
        <VirtualRecordList<OpportunityDoc>
          rows={list.rows}
          hasMore={list.hasMore}
          loading={list.loading}
          loadMore={list.loadMore}
          rowHeight={60}
          onOpen={(row) => navigate(`/opportunities/${row.id}`)}
          testId="opportunities-list"
          rowTestId="opportunity-row"
          ariaLabel={t('title')}
          renderRow={(row) => <OpportunityRow row={row} stages={stages} />}
        />
      )}
    </Stack>
  );
}

function OpportunityRow({ row, stages }: { row: OpportunityDoc; stages: PipelineStage[] | undefined }) {
  const { t } = useTranslation('opportunities');
  const fmt = useFormatters();
  const account = useAccountName(row.accountId);
  const stage = stages?.find((s) => s.id === row.stageId)?.name ?? '';
  const parts = [account, row.status === 'open' ? stage : ''].filter((p): p is string => Boolean(p));
  return (
    <div className={rowClasses.row}>
      <div className={rowClasses.names}>
        <div className={rowClasses.title}><bdi>{row.name}</bdi></div>
        <div className={rowClasses.subtitle}>
          {/* Each part is its own isolate: a Latin account name must not reorder the Persian stage after it. */}
          {parts.length === 0 ? '—' : parts.map((part, i) => <span key={i}>{i > 0 && t('common:listSeparator')}<bdi>{part}</bdi></span>)}
        </div>
      </div>
      <Badge variant="light" size="sm" color={STATUS_COLOR[row.status]}>{t(`status.${row.status}`)}</Badge>
      <div className={rowClasses.phone} style={{ minWidth: 140, textAlign: 'end' }}><MoneyText value={row.amount} /></div>
      <div className={rowClasses.date} title={t('fields.expectedCloseDate')}>
        {row.status === 'open' ? <DateText value={row.expectedCloseDate} format="short" /> : fmt.dayOf(row.closedAt ?? row.updatedAt)}
      </div>
    </div>
  );
}
