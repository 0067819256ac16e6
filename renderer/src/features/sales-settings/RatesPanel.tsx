import { ActionIcon, Alert, Badge, Button, FileButton, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden, useDirection } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileImport, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween, todayIso } from '../../../../shared/dates';
import type { CurrencyCode, ExchangeRate } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { DateText } from '../../ui/DateText';
import { EmptyState } from '../../ui/EmptyState';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { ltrFieldProps } from '../../ui/ltr-field';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { currencyName } from './currency-names';
import { ALL_CURRENCY_CODES } from './currency-plan';
import { RateImportModal } from './RateImportModal';
import { RateText, useRateText } from './RateText';
import { existingRate, exchangeRateKey, parseRateText, rateCounts, rateHistory, todaysRates, type RateRow } from './rate-rules';
import type { PanelProps } from './panel';
import { referenceId, saveReferenceRow, useEnabledCurrencies, useExchangeRates, useReferenceRows, useSetting } from './sales-reference';

const HISTORY_PAGE = 30;

/** Dated exchange rates: today's rate per currency, manual entry, history, CSV import. */
export function RatesPanel({ readOnly, onDirtyChange }: PanelProps) {
  const { t, i18n } = useTranslation('salesSettings');
  const language = i18n.language === 'en' ? 'en' : 'fa';
  const rows = useReferenceRows('exchangeRate');
  const rates = useExchangeRates();
  const enabled = useEnabledCurrencies();
  const base = useSetting('baseCurrency');
  const [historyCurrency, setHistoryCurrency] = useState<CurrencyCode | null>(null);
  const [editing, setEditing] = useState<{ currency: CurrencyCode; date: string; rate: string; seq: number } | null>(null);
  const [importFile, setImportFile] = useState<File | null>(null);
  const fmt = useFormatters();
  const entryRef = useRef<HTMLDivElement>(null);
  if (!rows || !rates || !enabled || !base) return null;

  const label = (code: CurrencyCode) => `${currencyName(code, language)} (${code})`;
  // In the currency table's order (USD, EUR, AED, …): the most used first.
  const foreign = ALL_CURRENCY_CODES.filter((c) => c !== base && enabled.includes(c));
  const counts = rateCounts(rows);
  const withRates = [...counts.keys()].filter((c) => !foreign.includes(c)).sort();
  const historyOptions = [...foreign, ...withRates];
  const shownCurrency = historyCurrency && historyOptions.includes(historyCurrency) ? historyCurrency : historyOptions[0] ?? null;

  const correct = (row: RateRow) => {
    setEditing({ currency: row.data.currency, date: row.data.effectiveDate, rate: row.data.rate, seq: Date.now() });
    entryRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <Stack gap="md" data-testid="rates-panel">
      <TodaySummary rates={rates} foreign={foreign} base={base} label={label} onPick={setHistoryCurrency} />
      {!readOnly && (
        <div ref={entryRef}>
          <RateEntry
            key={editing?.seq ?? 0}
            rows={rows}
            base={base}
            foreign={foreign}
            label={label}
            initial={editing}
            onDirtyChange={onDirtyChange}
            onSaved={(currency) => setHistoryCurrency(currency)}
            onImport={setImportFile}
          />
        </div>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>{t('rates.historyTitle')}</Title>
            {historyOptions.length > 0 && (
              <Select
                label={t('rates.currency')}
                data={historyOptions.map((c) => ({ value: c, label: t('rates.currencyWithCount', { name: label(c), n: fmt.number(counts.get(c) ?? 0), count: counts.get(c) ?? 0 }) }))}
                value={shownCurrency}
                onChange={(v) => v && setHistoryCurrency(v)}
                allowDeselect={false}
                w={260}
                data-testid="history-currency"
              />
            )}
          </Group>
          {shownCurrency ? (
            <RateHistory key={shownCurrency} rows={rateHistory(rows, shownCurrency)} currency={shownCurrency} label={label} readOnly={readOnly} onCorrect={correct} />
          ) : (
            <EmptyState title={t('rates.noForeignTitle')} description={t('rates.noForeignBody')} />
          )}
        </Stack>
      </Paper>
      <RateImportModal file={importFile} base={base} existing={rows} onClose={() => setImportFile(null)} />
    </Stack>
  );
}

function TodaySummary({ rates, foreign, base, label, onPick }: {
  rates: readonly ExchangeRate[];
  foreign: CurrencyCode[];
  base: CurrencyCode;
  label(code: CurrencyCode): string;
  onPick(code: CurrencyCode): void;
}) {
  const { t } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const today = todayIso();
  const summary = todaysRates(rates, foreign, base, today);
  const missing = summary.filter((s) => !s.found);
  return (
    <Paper withBorder p="md" data-testid="today-rates">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('rates.todayTitle')}</Title>
          <Text size="sm" c="dimmed"><DateText value={today} format="long" /></Text>
        </Group>
        {summary.length === 0 && <Text size="sm" c="dimmed">{t('rates.noForeignBody')}</Text>}
        {missing.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="missing-rates">
            {t('rates.missingWarning', { count: missing.length, names: missing.map((m) => label(m.currency)).join(t('common:listSeparator')), base: label(base) })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {summary.map(({ currency, found, decimal }) => {
            const age = found ? daysBetween(found.effectiveDate, today) : 0;
            return (
              <Paper
                key={currency}
                withBorder
                p="sm"
                radius="md"
                component="button"
                type="button"
                onClick={() => onPick(currency)}
                style={{ textAlign: 'start', cursor: 'pointer', background: 'transparent' }}
                aria-label={t('rates.showHistoryOf', { name: label(currency) })}
                data-testid={`today-${currency}`}
                data-has-rate={found ? 'true' : 'false'}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600} size="sm">{label(currency)}</Text>
                  {!found && <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>{t('rates.noRate')}</Badge>}
                </Group>
                {found && decimal && (
                  <Stack gap={2} mt={4}>
                    <RateText rate={decimal} currency={currency} base={base} />
                    <Text size="xs" c="dimmed">
                      {age === 0 ? t('rates.fromToday') : t('rates.since', { count: age, n: fmt.number(age), date: fmt.date(found.effectiveDate) })}
                      {found.via && ` · ${t('rates.via', { via: label(found.via) })}`}
                    </Text>
                  </Stack>
                )}
              </Paper>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function RateEntry({ rows, base, foreign, label, initial, onDirtyChange, onSaved, onImport }: {
  rows: readonly RateRow[];
  base: CurrencyCode;
  foreign: CurrencyCode[];
  label(code: CurrencyCode): string;
  initial: { currency: CurrencyCode; date: string; rate: string } | null;
  onDirtyChange(dirty: boolean): void;
  onSaved(currency: CurrencyCode): void;
  onImport(file: File): void;
}) {
  const { t, i18n } = useTranslation('salesSettings');
  const { dir } = useDirection();
  const language = i18n.language === 'en' ? 'en' : 'fa';
  const fmt = useFormatters();
  const db = useDatabase();
  const rateText = useRateText();
  const [currency, setCurrency] = useState<CurrencyCode | null>(initial?.currency ?? foreign[0] ?? null);
  const [date, setDate] = useState(initial?.date ?? todayIso());
  const [dateValid, setDateValid] = useState(true);
  const [rate, setRate] = useState(initial ? fmt.digits(initial.rate) : '');
  const [errors, setErrors] = useState<{ currency?: string; date?: string; rate?: string }>({});
  const [saving, setSaving] = useState(false);
  const rateInput = useRef<HTMLInputElement>(null);
  // Cleared after each pick, so choosing the same file again (after a cancel) opens it again.
  const resetFile = useRef<() => void>(null);

  const dirty = rate.trim() !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const others = ALL_CURRENCY_CODES.filter((c) => c !== base && !foreign.includes(c));
  const options = [
    { group: t('rates.enabledGroup'), items: foreign.map((c) => ({ value: c, label: label(c) })) },
    { group: t('rates.otherGroup'), items: others.map((c) => ({ value: c, label: label(c) })) },
  ].filter((g) => g.items.length > 0);
  const parsed = parseRateText(rate);
  const existing = currency && date ? existingRate(rows, { currency, baseCurrency: base, effectiveDate: date }) : undefined;

  const describe = () => {
    if (parsed.ok && currency) {
      const toman = rateText.toman(parsed.rate, base);
      return `${rateText.main(parsed.rate, currency, base)}${toman ? ` ${toman}` : ''}`;
    }
    return t('rates.rateHint', { base: label(base) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!currency) next.currency = t('validation:required');
    if (!date) next.date = t('validation:required');
    else if (!dateValid) next.date = t('ui:date.errors.format');
    if (!parsed.ok) next.rate = t(`rates.errors.${parsed.reason}`);
    setErrors(next);
    if (Object.keys(next).length || !parsed.ok || !currency) {
      if (next.rate) rateInput.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const data = { currency, baseCurrency: base, rate: parsed.rate, effectiveDate: date };
      const result = await saveReferenceRow(db, 'exchangeRate', exchangeRateKey(data), data, currentActor());
      if (!result.ok) {
        setErrors({ rate: t(result.errors['data.rate'] ?? Object.values(result.errors)[0] ?? 'validation:invalid') });
        return;
      }
      notifications.show({
        color: 'teal',
        message: t(existing ? 'rates.corrected' : 'rates.added', { name: label(currency), date: fmt.date(date) }),
      });
      setRate('');
      onSaved(currency);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="rate-entry">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>{t('rates.entryTitle')}</Title>
            <FileButton resetRef={resetFile} onChange={(file) => { if (file) onImport(file); resetFile.current?.(); }} accept=".csv,text/csv,text/plain" inputProps={{ 'data-testid': 'rates-import-input' } as React.ComponentProps<'input'>}>
              {(props) => <Button {...props} variant="light" leftSection={<IconFileImport size={16} />} data-testid="rates-import">{t('rates.importButton')}</Button>}
            </FileButton>
          </Group>
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <Select
              label={t('rates.currency')}
              data={options}
              value={currency}
              onChange={(v) => setCurrency(v)}
              allowDeselect={false}
              searchable
              withAsterisk
              error={errors.currency}
              miw={200}
              data-testid="rate-currency"
            />
            <JalaliDateInput
              label={t('rates.effectiveDate')}
              value={date}
              onChange={setDate}
              onValidityChange={setDateValid}
              required
              error={errors.date}
              data-testid="rate-date"
            />
            <TextInput
              ref={rateInput}
              label={t('rates.rateLabel', { base: currencyName(base, language) })}
              value={rate}
              onChange={(e) => {
                setRate(e.currentTarget.value);
                if (errors.rate) setErrors({ ...errors, rate: undefined });
              }}
              {...ltrFieldProps(dir)}
              inputMode="decimal"
              autoComplete="off"
              withAsterisk
              error={errors.rate}
              miw={220}
              data-testid="rate-value"
            />
          </Group>
          <Text size="sm" c={parsed.ok ? undefined : 'dimmed'} data-testid="rate-preview">{describe()}</Text>
          {existing && (
            <Alert color="blue" data-testid="rate-exists">
              {t('rates.existsNote', { rate: rateText.main(existing.data.rate, existing.data.currency, base), date: fmt.date(date) })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={saving} leftSection={existing ? <IconPencil size={16} /> : <IconPlus size={16} />} data-testid="rate-save">
              {existing ? t('rates.correct') : t('rates.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RateHistory({ rows, currency, label, readOnly, onCorrect }: {
  rows: RateRow[];
  currency: CurrencyCode;
  label(code: CurrencyCode): string;
  readOnly: boolean;
  onCorrect(row: RateRow): void;
}) {
  const { t } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const db = useDatabase();
  const deleteWithUndo = useDeleteWithUndo();
  const [shown, setShown] = useState(HISTORY_PAGE);
  if (rows.length === 0) return <EmptyState title={t('rates.emptyTitle', { name: label(currency) })} description={t('rates.emptyBody')} />;
  return (
    <Stack gap="xs">
      <Table striped highlightOnHover data-testid="rate-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rates.effectiveDate')}</Table.Th>
            <Table.Th>{t('rates.rate')}</Table.Th>
            {!readOnly && <Table.Th><VisuallyHidden>{t('rates.actions')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, shown).map((row) => {
            const name = t('rates.rowName', { name: label(row.data.currency), date: fmt.date(row.data.effectiveDate) });
            return (
              <Table.Tr key={row.key} data-testid="rate-row" data-date={row.data.effectiveDate} data-rate={row.data.rate}>
                <Table.Td><DateText value={row.data.effectiveDate} /></Table.Td>
                <Table.Td><RateText rate={row.data.rate} currency={row.data.currency} base={row.data.baseCurrency} /></Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('rates.correct')}>
                        <ActionIcon variant="subtle" aria-label={`${t('rates.correct')}: ${name}`} onClick={() => onCorrect(row)} data-testid="rate-correct">
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common:delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('common:delete')}: ${name}`}
                          onClick={() => void deleteWithUndo(db.reference, referenceId('exchangeRate', row.key), name)}
                          data-testid="rate-delete"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length > shown && (
        <Group justify="center">
          <Button variant="subtle" onClick={() => setShown(shown + HISTORY_PAGE)} data-testid="rate-history-more">
            {t('rates.showMore', { n: fmt.number(rows.length - shown) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
