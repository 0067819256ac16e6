import { Anchor, Badge, Button, Center, Grid, Group, Loader, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconEdit, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { todayIso } from '../../../../shared/dates';
import { QUOTE_STATUSES, type QuoteDoc, type QuoteStatus } from '../../../../shared/entities';
import { amountInWords, formatDecimalNumber, money } from '../../../../shared/money';
import { computeQuoteTotals } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { DateText } from '../../ui/DateText';
import { LtrText } from '../../ui/LtrText';
import { MoneyText } from '../../ui/MoneyText';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { Field, FieldGrid } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useSetting } from '../sales-settings/sales-reference';
import { useUserOptions } from '../settings/use-users';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { toQuoteInput } from './quote-form';
import { decimalText } from './quote-lines';
import { rateSummary } from './quote-print-model';
import { saveQuote } from './quote-save';
import { STATUS_COLORS } from './quote-status';
import { QuoteNumber } from './QuoteNumber';
import { useAccount, useContact, useOpportunity } from './use-quote-data';

/** Past its validity date and still waiting for the customer. */
export function isExpired(quote: Pick<QuoteDoc, 'validUntil' | 'status'>, today: string): boolean {
  return (quote.status === 'draft' || quote.status === 'sent') && quote.validUntil < today;
}

/** /quotes/:id — the quote as the customer will read it, with its status and where it came from. */
export function QuoteDetailPage() {
  const { t } = useTranslation('quotes');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const quote = useRecord<QuoteDoc>(db.quotes, id);
  const account = useAccount(quote?.accountId ?? '');
  const contact = useContact(quote?.contactId ?? '');
  const opportunity = useOpportunity(quote?.opportunityId ?? '');
  const owners = useUserOptions();
  const baseCurrency = useSetting('baseCurrency');
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('quotes', quote);
  const [statusSaving, setStatusSaving] = useState(false);
  const computed = useMemo(() => (quote ? computeQuoteTotals(quote) : null), [quote]);

  useEffect(() => {
    if (quote) document.title = `${t('docTitle', { number: quote.number || quote.provisionalNumber })} · ${t('common:appName')}`;
  }, [quote, t]);

  if (quote === undefined) return <Center py="xl"><Loader /></Center>;
  if (quote === null) return <RecordNotFound backTo="/quotes" />;

  const name = quote.number || quote.provisionalNumber;
  const totals = computed?.ok ? computed.totals : null;
  const rate = quote.rate ? rateSummary(quote.rate, quote.currency, fmt.prefs) : null;

  const changeStatus = async (status: QuoteStatus) => {
    if (status === quote.status) return;
    setStatusSaving(true);
    const result = await saveQuote({ db, input: { ...toQuoteInput(quote), status }, id: quote.id, actor: currentActor() });
    setStatusSaving(false);
    if (result.ok) notifications.show({ color: 'teal', message: t('statusChanged', { status: t(`status.${status}`) }) });
    else notifications.show({ color: 'red', message: t(Object.values(result.errors)[0] ?? 'validation:invalid') });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="record-title">
            <Group gap="xs" component="span">{t('detailTitle')} <QuoteNumber quote={quote} /></Group>
          </Title>
          <Group gap="xs" mt={4}>
            <Badge color={STATUS_COLORS[quote.status]} variant="light" data-testid="quote-status-badge" data-status={quote.status}>{t(`status.${quote.status}`)}</Badge>
            {isExpired(quote, todayIso()) && <Badge color="orange" variant="outline" data-testid="quote-expired">{t('expired')}</Badge>}
            {quote.title && <Text size="sm" c="dimmed"><bdi>{quote.title}</bdi></Text>}
          </Group>
          {quote.number === '' && <Text size="xs" c="dimmed" mt={4} data-testid="provisional-hint">{t('number.provisionalHint')}</Text>}
        </div>
        <Group gap="xs">
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={statusSaving} disabled={refusal !== null} data-testid="change-status">
                {t('changeStatus')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {QUOTE_STATUSES.map((s) => (
                <Menu.Item key={s} onClick={() => void changeStatus(s)} disabled={s === quote.status} data-testid={`status-${s}`}>
                  {t(`status.${s}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => navigate(`/quotes/${quote.id}/print`)} data-testid="open-print">
            {t('printView')}
          </Button>
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/quotes/${quote.id}/edit`)} disabled={refusal !== null} data-testid="edit-record">
            {t('common:edit')}
          </Button>
          <DeleteRecordButton
            disabled={refusal !== null}
            name={t('docTitle', { number: name })}
            onConfirm={() => {
              void remove(db.quotes, quote.id, t('docTitle', { number: name }));
              navigate('/quotes');
            }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />

      <Paper withBorder p="md">
        <FieldGrid>
          <Field label={t('fields.account')}>
            {quote.accountId && <Anchor href={`#/accounts/${quote.accountId}`} size="sm" data-testid="quote-account-link"><bdi>{account?.name ?? '…'}</bdi></Anchor>}
          </Field>
          <Field label={t('fields.contact')}>
            {quote.contactId && <Anchor href={`#/contacts/${quote.contactId}`} size="sm"><bdi>{contact?.fullName ?? '…'}</bdi></Anchor>}
          </Field>
          <Field label={t('fields.opportunity')}>
            {quote.opportunityId && <Anchor href={`#/opportunities/${quote.opportunityId}`} size="sm"><bdi>{opportunity?.name ?? '…'}</bdi></Anchor>}
          </Field>
          <Field label={t('fields.issueDate')}><Text size="sm"><DateText value={quote.issueDate} /></Text></Field>
          <Field label={t('fields.validUntil')}><Text size="sm" data-testid="quote-valid-until-text"><DateText value={quote.validUntil} /></Text></Field>
          <Field label={t('fields.currency')}><Text size="sm"><LtrText>{quote.currency}</LtrText></Text></Field>
          <Field label={t('fields.rate')}>
            {rate
              ? <Text size="sm" data-testid="quote-rate-text">{t('rate.summary', { one: rate.one, equals: rate.equals, date: rate.date })}</Text>
              : baseCurrency !== undefined && quote.currency !== baseCurrency && <Text size="sm" c="dimmed" data-testid="quote-rate-none">{t('rate.none')}</Text>}
          </Field>
          <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === quote.ownerId)?.label ?? quote.ownerId}</Text></Field>
          <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(quote.updatedAt)}</Text></Field>
        </FieldGrid>
      </Paper>

      <Paper withBorder p="md">
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="quote-lines-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('print.col.description')}</Table.Th>
                <Table.Th>{t('lines.quantity')}</Table.Th>
                <Table.Th>{t('lines.unitPrice')}</Table.Th>
                <Table.Th>{t('lines.discount')}</Table.Th>
                <Table.Th>{t('lines.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quote.lines.map((line, i) => {
                const lt = totals?.lines[i];
                return (
                  <Table.Tr key={line.id} data-testid="quote-line-row">
                    <Table.Td>{fmt.number(i + 1)}</Table.Td>
                    <Table.Td>
                      <Text size="sm"><bdi>{line.description}</bdi></Text>
                      {line.sku && <Text size="xs" c="dimmed"><LtrText>{line.sku}</LtrText></Text>}
                    </Table.Td>
                    <Table.Td><bdi dir="ltr">{decimalText(line.quantity, fmt.prefs.digits)}</bdi> <bdi>{line.unit}</bdi></Table.Td>
                    <Table.Td><MoneyText value={money(line.unitPriceMinor, quote.currency)} /></Table.Td>
                    <Table.Td>
                      {lt && lt.discount.amountMinor > 0 ? <MoneyText value={lt.discount} /> : '—'}
                      {line.discount?.kind === 'percent' && <Text size="xs" c="dimmed">{decimalText(line.discount.percent, fmt.prefs.digits)}{t('percentSign')}</Text>}
                    </Table.Td>
                    <Table.Td fw={600}>{lt ? <MoneyText value={lt.net} /> : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {totals && (
          <Grid mt="md" justify="flex-end">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap={4} data-testid="quote-detail-totals" data-total-minor={totals.total.amountMinor}>
                <Group justify="space-between"><Text size="sm">{t('totals.subtotal')}</Text><Text size="sm"><MoneyText value={totals.subtotal} /></Text></Group>
                {totals.discount.amountMinor > 0 && (
                  <Group justify="space-between"><Text size="sm">{t('totals.discount')}</Text><Text size="sm"><MoneyText value={totals.discount} /></Text></Group>
                )}
                <Group justify="space-between"><Text size="sm">{t('totals.taxable')}</Text><Text size="sm"><MoneyText value={totals.taxable} /></Text></Group>
                <Group justify="space-between">
                  <Text size="sm">{t('totals.vatWithPercent', { percent: formatDecimalNumber(quote.vatPercent, { digits: fmt.prefs.digits }) })}</Text>
                  <Text size="sm"><MoneyText value={totals.vat} /></Text>
                </Group>
                <Group justify="space-between"><Text fw={800}>{t('totals.total')}</Text><Text fw={800} size="lg" data-testid="quote-total"><MoneyText value={totals.total} /></Text></Group>
                <Text size="sm" c="dimmed" data-testid="quote-total-words">
                  {t('totals.inWords', { words: amountInWords(totals.total, fmt.prefs.language, fmt.prefs.irrUnit) })}
                </Text>
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </Paper>

      {(quote.notes || quote.terms) && (
        <Paper withBorder p="md">
          <Grid>
            {quote.notes && <Grid.Col span={{ base: 12, md: 6 }}><Field label={t('fields.notes')}><Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{quote.notes}</Text></Field></Grid.Col>}
            {quote.terms && <Grid.Col span={{ base: 12, md: 6 }}><Field label={t('fields.terms')}><Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{quote.terms}</Text></Field></Grid.Col>}
          </Grid>
        </Paper>
      )}
    </Stack>
  );
}
