import { Anchor, Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCircleX, IconEdit, IconRotate } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { todayIso } from '../../../../shared/dates';
import type { ContactDoc, OpportunityDoc } from '../../../../shared/entities';
import { weightedAmount } from '../../../../shared/sales';
import { writeRefusal } from '../../../../shared/sync/access';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { MoneyText } from '../../ui/MoneyText';
import { DateText } from '../../ui/DateText';
import { useConfirm } from '../../ui/useConfirm';
import { OpportunityQuotes } from '../quotes/OpportunityQuotes';
import { Timeline } from '../activities/Timeline';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { Field, FieldGrid, TagList } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useAfterFirstPaint } from '../records/use-after-first-paint';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useExchangeRates, usePipelineStages, useSetting } from '../sales-settings/sales-reference';
import { useUserOptions } from '../settings/use-users';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useSyncStore } from '../sync/sync-store';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { dealBaseValue, planReopen, type CloseOutcome } from './close-plan';
import { CloseOpportunityModal } from './CloseOpportunityModal';
import { patchOpportunity } from './opportunity-actions';
import { RateLine } from './RateLine';
import { useAccountName } from './use-account-name';

const STATUS_COLOR = { open: 'blue', won: 'teal', lost: 'red' } as const;

export function OpportunityDetailPage() {
  const { t } = useTranslation('opportunities');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const count = fmt.number;
  const deal = useRecord<OpportunityDoc>(db.opportunities, id);
  const stages = usePipelineStages();
  const baseCurrency = useSetting('baseCurrency');
  const rates = useExchangeRates();
  const owners = useUserOptions();
  const user = useSyncStore((s) => s.user);
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('opportunities', deal);
  const painted = useAfterFirstPaint(deal?.id);
  const accountName = useAccountName(deal?.accountId ?? '');
  const contact = useRecord<ContactDoc>(db.contacts, deal?.contactId || undefined);
  const [closing, setClosing] = useState<CloseOutcome | null>(null);
  const { confirm, confirmModal } = useConfirm();

  useEffect(() => {
    if (deal) document.title = `${deal.name} · ${t('common:appName')}`;
  }, [deal, t]);

  if (deal === undefined || !stages || !baseCurrency || !rates) return <Center py="xl"><Loader /></Center>;
  if (deal === null) return <RecordNotFound backTo="/opportunities" />;

  const stage = stages.find((s) => s.id === deal.stageId);
  const today = todayIso();
  const base = dealBaseValue(deal, baseCurrency, rates, today);
  const weighted = deal.status === 'open' ? weightedAmount(deal.amount, deal.probability) : null;
  const weightedBase = deal.status === 'open' && base.kind !== 'noRate' ? weightedAmount(base.value, deal.probability) : null;
  const readOnly = refusal !== null;
  const canSaveRate = !user || writeRefusal({ id: user.id, role: user.role, teamId: user.teamId }, 'reference', null, { kind: 'exchangeRate' }) === null;

  const reopen = async () => {
    const yes = await confirm({
      title: t('reopen.title'),
      message: deal.lockedRate ? t('reopen.bodyLocked') : t('reopen.body'),
      confirmLabel: t('reopen.confirm'),
    });
    if (!yes) return;
    const result = await patchOpportunity(db, deal.id, planReopen(deal, stages), currentActor());
    notifications.show(result.ok ? { color: 'teal', message: t('reopen.done', { name: deal.name }) } : { color: 'red', message: t(result.errors._ ?? 'close.failed') });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Title order={2} data-testid="record-title"><bdi>{deal.name}</bdi></Title>
          <Group gap="xs" mt={4}>
            <Badge color={STATUS_COLOR[deal.status]} variant="light" data-testid="opportunity-status" data-status={deal.status}>{t(`status.${deal.status}`)}</Badge>
            <Badge variant="outline" color="gray" data-testid="opportunity-stage-badge">{stage?.name ?? t('column.noStage')}</Badge>
            <Anchor href="#/opportunities" size="sm">{t('backToBoard')}</Anchor>
          </Group>
        </div>
        <Group gap="xs">
          {deal.status === 'open' ? (
            <>
              <Button color="teal" variant="light" leftSection={<IconCircleCheck size={16} />} onClick={() => setClosing('won')} disabled={readOnly} data-testid="close-won">{t('close.wonAction')}</Button>
              <Button color="red" variant="light" leftSection={<IconCircleX size={16} />} onClick={() => setClosing('lost')} disabled={readOnly} data-testid="close-lost">{t('close.lostAction')}</Button>
            </>
          ) : (
            <Button variant="default" leftSection={<IconRotate size={16} />} onClick={() => void reopen()} disabled={readOnly} data-testid="reopen">{t('reopen.action')}</Button>
          )}
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/opportunities/${deal.id}/edit`)} disabled={readOnly} data-testid="edit-record">{t('common:edit')}</Button>
          <DeleteRecordButton
            disabled={readOnly}
            name={deal.name}
            onConfirm={() => { void remove(db.opportunities, deal.id, deal.name); navigate('/opportunities'); }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="xs" mb="sm">
                <Text size="xs" c="dimmed">{t('fields.amount')}</Text>
                <Text size="xl" fw={700} data-testid="opportunity-amount-text"><MoneyText value={deal.amount} /></Text>
                <BaseValueBlock base={base} won={deal.status === 'won'} />
              </Stack>
              <FieldGrid>
                <Field label={t('fields.stage')}><Text size="sm">{stage?.name ?? t('column.noStage')}</Text></Field>
                <Field label={t('fields.probability')}><Text size="sm" data-testid="opportunity-probability-text">{t('percent', { value: count(deal.probability) })}</Text></Field>
                <Field label={t('fields.weighted')}>
                  {weighted && (
                    <Stack gap={0}>
                      <Text size="sm" data-testid="opportunity-weighted"><MoneyText value={weighted} /></Text>
                      {weightedBase && deal.amount.currency !== baseCurrency && <Text size="xs" c="dimmed">≈ <MoneyText value={weightedBase} /></Text>}
                    </Stack>
                  )}
                </Field>
                <Field label={t('fields.expectedCloseDate')}>{deal.expectedCloseDate && <Text size="sm"><DateText value={deal.expectedCloseDate} /></Text>}</Field>
                <Field label={t('fields.account')}>
                  {deal.accountId && <Anchor href={`#/accounts/${deal.accountId}`} size="sm" data-testid="opportunity-account-link"><bdi>{accountName || t('card.noAccount')}</bdi></Anchor>}
                </Field>
                <Field label={t('fields.contact')}>
                  {deal.contactId && contact && <Anchor href={`#/contacts/${contact.id}`} size="sm"><bdi>{contact.fullName}</bdi></Anchor>}
                </Field>
                <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === deal.ownerId)?.label ?? deal.ownerId}</Text></Field>
                <Field label={t('fields.competitors')}>{deal.competitors.length > 0 && <TagList tags={deal.competitors} />}</Field>
                <Field label={t('fields.productLines')}>{deal.productLines.length > 0 && <TagList tags={deal.productLines} />}</Field>
                {deal.status !== 'open' && deal.closedAt && (
                  <Field label={t('fields.closedAt')}><Text size="sm" data-testid="opportunity-closed-at">{fmt.dayOf(deal.closedAt, 'medium')}</Text></Field>
                )}
                <Field label={t('common:createdAt')}><Text size="sm">{fmt.dateTime(deal.createdAt)}</Text></Field>
                <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(deal.updatedAt)}</Text></Field>
              </FieldGrid>
              {deal.status !== 'open' && (
                <Field label={deal.status === 'won' ? t('close.reasonWon') : t('close.reasonLost')}>
                  <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="opportunity-close-reason">{deal.closeReason}</Text>
                </Field>
              )}
            </Paper>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Field label={t('fields.need')}>{deal.need && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{deal.need}</Text>}</Field>
                <Field label={t('fields.proposedSolution')}>{deal.proposedSolution && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{deal.proposedSolution}</Text>}</Field>
              </Stack>
            </Paper>
            <OpportunityQuotes opportunityId={deal.id} disabled={readOnly} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {painted && <Timeline regardingType="opportunity" regardingId={deal.id} />}
        </Grid.Col>
      </Grid>
      {deal.status === 'open' && (
        <CloseOpportunityModal
          deal={deal}
          outcome={closing}
          baseCurrency={baseCurrency}
          rates={rates}
          canSaveRate={canSaveRate}
          onClose={() => setClosing(null)}
        />
      )}
      {confirmModal}
    </Stack>
  );
}

/** The amount in the base currency: at the locked rate for a win, at today's rate otherwise, or why not. */
function BaseValueBlock({ base, won }: { base: ReturnType<typeof dealBaseValue>; won: boolean }) {
  const { t } = useTranslation('opportunities');
  const fmt = useFormatters();
  if (base.kind === 'same') return null;
  if (base.kind === 'noRate') {
    return (
      <Text size="sm" c="orange.8" data-testid="base-equivalent" data-kind="noRate">
        {t('detail.noRate', { date: fmt.date(base.onDate) })}
      </Text>
    );
  }
  return (
    <div data-testid="base-equivalent" data-kind={base.kind}>
      <Text size="sm">
        {base.kind === 'locked' ? t('detail.atLockedRate') : won ? t('detail.atCloseRate') : t('detail.atRate')}: <strong data-testid="base-equivalent-value"><MoneyText value={base.value} /></strong>
      </Text>
      <RateLine rate={base.rate} locked={base.kind === 'locked'} testId="base-rate" />
    </div>
  );
}
