import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { QuoteDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmptyState } from '../../ui/EmptyState';
import { useAccountNames } from '../accounts/use-account-names';
import { useCollectionCount } from '../records/use-collection-count';
import { useKeysetList } from '../records/use-keyset-list';
import { VirtualRecordList } from '../records/VirtualRecordList';
import { QuoteRow } from './QuoteRow';

const ALL = {};

/** /quotes — every quote, last changed first, paged through the [sortUpdated] index. */
export function QuotesListPage() {
  const { t } = useTranslation('quotes');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const list = useKeysetList<QuoteDoc>(db.quotes, 'sortUpdated', ALL);
  const total = useCollectionCount(db.quotes);
  const names = useAccountNames(useMemo(() => list.rows.map((q) => q.accountId), [list.rows]));

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {total !== null && <Text c="dimmed" size="sm" data-testid="quotes-count">{t('count', { count: total, formatted: fmt.number(total) })}</Text>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/quotes/new')} data-testid="new-quote">{t('new')}</Button>
      </Group>
      {!list.loading && list.rows.length === 0 ? (
        <EmptyState
          icon={<IconFileInvoice size={40} />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={{ label: t('new'), onClick: () => navigate('/quotes/new') }}
        />
      ) : (
        <VirtualRecordList<QuoteDoc>
          rows={list.rows}
          hasMore={list.hasMore}
          loading={list.loading}
          loadMore={list.loadMore}
          rowHeight={60}
          onOpen={(q) => navigate(`/quotes/${q.id}`)}
          testId="quotes-list"
          rowTestId="quote-row"
          ariaLabel={t('title')}
          renderRow={(q) => <QuoteRow quote={q} customer={names.get(q.accountId)} />}
        />
      )}
    </Stack>
  );
}
