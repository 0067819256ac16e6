import { Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { QuoteDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { useKeysetList } from '../records/use-keyset-list';
import { QuoteRow } from './QuoteRow';

/**
 * The quotes of one opportunity (index [opportunityId, sortUpdated]) with "new quote",
 * which opens the editor prefilled from the opportunity. For the opportunity's page.
 */
export function OpportunityQuotes({ opportunityId, accountName, disabled }: { opportunityId: string; accountName?: string; disabled?: boolean }) {
  const { t } = useTranslation('quotes');
  const db = useDatabase();
  const [, navigate] = useLocation();
  const selector = useMemo(() => ({ opportunityId }), [opportunityId]);
  const list = useKeysetList<QuoteDoc>(db.quotes, 'sortUpdated', selector, 20);

  return (
    <Paper withBorder p="md" data-testid="opportunity-quotes">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('ofOpportunity')}</Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={disabled} onClick={() => navigate(`/opportunities/${opportunityId}/quotes/new`)} data-testid="new-quote-from-opportunity">
            {t('new')}
          </Button>
        </Group>
        {!list.loading && list.rows.length === 0 && <Text size="sm" c="dimmed">{t('noneForOpportunity')}</Text>}
        {list.rows.map((q) => (
          <UnstyledButton key={q.id} onClick={() => navigate(`/quotes/${q.id}`)} data-testid="opportunity-quote" p={4} style={{ borderRadius: 6 }}>
            <QuoteRow quote={q} customer={accountName} />
          </UnstyledButton>
        ))}
        {list.hasMore && list.rows.length > 0 && <Button variant="subtle" size="xs" onClick={list.loadMore}>{t('common:showMore')}</Button>}
      </Stack>
    </Paper>
  );
}
