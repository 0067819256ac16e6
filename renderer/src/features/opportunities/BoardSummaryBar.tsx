import { Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { MoneyText } from '../../ui/MoneyText';
import type { BoardSummary } from './board-model';
import classes from './board.module.css';

const OWNERS_SHOWN = 6;

/**
 * Above the board: the weighted pipeline, the total, and a line per owner, all in the base
 * currency. Deals whose currency has no rate are named, never summed as zero.
 */
export function BoardSummaryBar({ summary, openCount, ownerName }: { summary: BoardSummary | undefined; openCount: number | null; ownerName: (id: string) => string }) {
  const { t } = useTranslation('opportunities');
  const fmt = useFormatters();
  const count = fmt.number;
  if (!summary) {
    return (
      <Paper withBorder p="xs" data-testid="board-summary" aria-busy>
        <div className={classes.summary}>
          <div className={classes.figure}>
            <span className={classes.figureLabel}>{t('summary.weighted')}</span>
            <span className={classes.figureValue}>…</span>
          </div>
          <div className={classes.figure}>
            <span className={classes.figureLabel}>{t('summary.total')}</span>
            <span className={classes.figureValue}>…</span>
          </div>
          <div className={classes.figure}>
            <span className={classes.figureLabel}>{t('summary.open')}</span>
            <span className={classes.figureValue}>{openCount === null ? '…' : count(openCount)}</span>
          </div>
        </div>
      </Paper>
    );
  }
  const { total, missingRates } = summary.totals;
  // Every deal lacks a rate: a zero total would read as an empty pipeline.
  const nothingConverted = total.count === 0 && missingRates.length > 0;
  const owners = summary.owners.slice(0, OWNERS_SHOWN);
  const more = summary.owners.length - owners.length;
  return (
    <Paper withBorder p="xs" data-testid="board-summary">
      <div className={classes.summary}>
        <div className={classes.figure}>
          <span className={classes.figureLabel}>{t('summary.weighted')}</span>
          <span className={classes.figureValue} data-testid="summary-weighted">{nothingConverted ? '—' : <MoneyText value={total.weighted} />}</span>
        </div>
        <div className={classes.figure}>
          <span className={classes.figureLabel}>{t('summary.total')}</span>
          <span className={classes.figureValue} data-testid="summary-total">{nothingConverted ? '—' : <MoneyText value={total.amount} />}</span>
        </div>
        <div className={classes.figure}>
          <span className={classes.figureLabel}>{t('summary.open')}</span>
          <span className={classes.figureValue}>{openCount === null ? '…' : count(openCount)}</span>
        </div>
        {owners.length > 0 && (
          <Group gap={6} data-testid="summary-owners" aria-label={t('summary.byOwner')} role="list">
            <Text size="xs" c="dimmed">{t('summary.byOwner')}:</Text>
            {owners.map(({ ownerId, bucket }) => (
              <Tooltip
                key={ownerId}
                label={t('summary.ownerTooltip', { count: bucket.count, formatted: count(bucket.count), total: fmt.money(bucket.amount) })}
              >
                <Badge variant="light" color="gray" size="lg" tt="none" fw={500} role="listitem" data-testid="summary-owner">
                  <bdi>{ownerName(ownerId)}</bdi>: <MoneyText value={bucket.weighted} />
                </Badge>
              </Tooltip>
            ))}
            {more > 0 && <Text size="xs" c="dimmed">{t('summary.moreOwners', { count: more, formatted: count(more) })}</Text>}
          </Group>
        )}
      </div>
      {missingRates.length > 0 && (
        <Group gap={6} mt={6} data-testid="summary-missing-rates">
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          {missingRates.map((m) => (
            <Text key={m.currency} size="xs" c="orange.8">
              {t('missingRateLeftOut', { count: m.count, formatted: count(m.count), currency: m.currency })}
            </Text>
          ))}
        </Group>
      )}
    </Paper>
  );
}
