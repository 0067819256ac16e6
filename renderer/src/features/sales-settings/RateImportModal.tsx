import { Alert, Badge, Button, Center, Group, Loader, Modal, Progress, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeCsvBytes } from '../../../../shared/data-exchange/csv';
import type { CurrencyCode } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { DateText } from '../../ui/DateText';
import { currencyName } from './currency-names';
import {
  planRateImport, RATE_IMPORT_FIELD_NAMES, rowsToWrite, suggestRateMapping, type RateImportPlan, type RateMapping, type RejectedRateRow,
} from './rate-import';
import type { RateRow } from './rate-rules';
import { RateText } from './RateText';
import { saveReferenceRows } from './sales-reference';

/** A rates file larger than this is surely not a rates table. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const PREVIEW_ROWS = 15;
const REJECTED_SHOWN = 200;

type Loaded = { text: string; mapping: RateMapping } | { error: 'tooLarge' | 'unreadable' | 'empty' };

/**
 * Preview of a rates CSV: the column mapping, what would be added or corrected, and every
 * refused row with its line and reason. Nothing is written until «ورود» is pressed; closing
 * the dialog writes nothing.
 */
export function RateImportModal({ file, base, existing, onClose }: {
  file: File | null;
  base: CurrencyCode;
  existing: readonly RateRow[];
  onClose(): void;
}) {
  const { t } = useTranslation('salesSettings');
  const db = useDatabase();
  const fmt = useFormatters();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  useEffect(() => {
    setLoaded(null);
    setProgress(null);
    if (!file) return;
    let alive = true;
    if (file.size > MAX_FILE_BYTES) {
      setLoaded({ error: 'tooLarge' });
      return;
    }
    file.arrayBuffer().then(
      (buffer) => {
        if (!alive) return;
        const { text } = decodeCsvBytes(new Uint8Array(buffer));
        const headers = planRateImport(text, { baseCurrency: base, existing: [] }).headers;
        setLoaded(headers.length ? { text, mapping: suggestRateMapping(headers) } : { error: 'empty' });
      },
      () => alive && setLoaded({ error: 'unreadable' }),
    );
    return () => {
      alive = false;
    };
    // The base and the stored rates are read when planning, not when reading the file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const plan = useMemo<RateImportPlan | null>(
    () => (loaded && 'text' in loaded ? planRateImport(loaded.text, { baseCurrency: base, existing, mapping: loaded.mapping }) : null),
    [loaded, base, existing],
  );
  const writes = plan ? rowsToWrite(plan) : [];
  const busy = progress !== null;

  const close = () => {
    if (!busy) onClose();
  };

  const run = async () => {
    if (!plan || writes.length === 0) return;
    setProgress(0);
    try {
      const result = await saveReferenceRows(
        db, 'exchangeRate', writes.map((r) => ({ key: r.key, data: r.data })), currentActor(),
        { onProgress: (done, total) => setProgress((100 * done) / total) },
      );
      if (!result.ok) throw new Error(`row ${result.index}: ${JSON.stringify(result.errors)}`);
      notifications.show({ color: 'teal', message: t('import.done', { count: result.written, n: fmt.number(result.written) }) });
      setProgress(null);
      onClose();
    } catch (err) {
      console.error('rate import failed', err);
      notifications.show({ color: 'red', message: t('import.failed') });
      setProgress(null);
    }
  };

  const setColumn = (field: (typeof RATE_IMPORT_FIELD_NAMES)[number], column: string | null) => {
    if (!loaded || !('text' in loaded)) return;
    setLoaded({ ...loaded, mapping: { ...loaded.mapping, [field]: column === null || column === '' ? null : Number(column) } });
  };

  return (
    <Modal opened={file !== null} onClose={close} title={t('import.title')} size="xl" closeOnClickOutside={!busy} closeOnEscape={!busy} withCloseButton={!busy}>
      <Stack gap="md" data-testid="rate-import">
        <Text size="sm" c="dimmed">{t('import.hint')}</Text>
        {file && <Text size="sm" fw={600} dir="auto">{file.name}</Text>}
        {!loaded && <Center py="md"><Loader size="sm" /></Center>}
        {loaded && 'error' in loaded && <Alert color="red" data-testid="rate-import-error">{t(`import.fileErrors.${loaded.error}`)}</Alert>}
        {loaded && 'text' in loaded && plan && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {RATE_IMPORT_FIELD_NAMES.map((field) => (
                <Select
                  key={field}
                  label={t(`import.fields.${field}`)}
                  data={[{ value: '', label: t('import.noColumn') }, ...plan.headers.map((h, i) => ({ value: String(i), label: h || t('import.columnN', { n: fmt.number(i + 1) }) }))]}
                  value={loaded.mapping[field] === null ? '' : String(loaded.mapping[field])}
                  onChange={(v) => setColumn(field, v)}
                  allowDeselect={false}
                  disabled={busy}
                  error={plan.missing.includes(field) ? t('import.pickColumn') : undefined}
                  data-testid={`rate-import-map-${field}`}
                />
              ))}
            </SimpleGrid>
            <Summary plan={plan} />
            {plan.accepted.length > 0 && <Preview plan={plan} base={base} />}
            {plan.rejected.length > 0 && <Rejected rows={plan.rejected} />}
          </>
        )}
        {busy && <Progress value={progress} animated aria-label={t('import.writing')} data-testid="rate-import-progress" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy} data-testid="rate-import-cancel">{t('common:cancel')}</Button>
          <Button onClick={() => void run()} loading={busy} disabled={writes.length === 0} data-testid="rate-import-confirm">
            {t('import.confirm', { count: writes.length, n: fmt.number(writes.length) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Summary({ plan }: { plan: RateImportPlan }) {
  const { t } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const count = (effect: 'new' | 'correction' | 'unchanged') => plan.accepted.filter((r) => r.effect === effect).length;
  const parts = [
    ['new', count('new')],
    ['correction', count('correction')],
    ['unchanged', count('unchanged')],
    ['rejected', plan.rejected.length],
  ] as const;
  return (
    <Alert
      color={plan.rejected.length ? 'yellow' : 'teal'}
      data-testid="rate-import-summary"
      data-new={parts[0][1]}
      data-corrections={parts[1][1]}
      data-unchanged={parts[2][1]}
      data-rejected={parts[3][1]}
    >
      <Text size="sm">{t('import.read', { count: plan.total, n: fmt.number(plan.total) })}</Text>
      <Group gap="xs" mt={6}>
        {parts.filter(([key, n]) => n > 0 || key === 'new').map(([key, n]) => (
          <Badge key={key} variant="light" color={key === 'rejected' ? (n ? 'red' : 'gray') : key === 'unchanged' ? 'gray' : 'teal'}>
            {t(`import.counts.${key}`, { count: n, n: fmt.number(n) })}
          </Badge>
        ))}
      </Group>
    </Alert>
  );
}

function Preview({ plan, base }: { plan: RateImportPlan; base: CurrencyCode }) {
  const { t, i18n } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'fa';
  const rows = plan.accepted.slice(0, PREVIEW_ROWS);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{t('import.previewTitle')}</Text>
      <ScrollArea.Autosize mah={260}>
        <Table striped fz="sm" data-testid="rate-import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.fields.currency')}</Table.Th>
              <Table.Th>{t('import.fields.date')}</Table.Th>
              <Table.Th>{t('import.fields.rate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{fmt.number(r.line)}</Table.Td>
                <Table.Td>{currencyName(r.data.currency, language)}</Table.Td>
                <Table.Td><DateText value={r.data.effectiveDate} /></Table.Td>
                <Table.Td><RateText rate={r.data.rate} currency={r.data.currency} base={base} /></Table.Td>
                <Table.Td>
                  <Badge variant="light" color={r.effect === 'unchanged' ? 'gray' : r.effect === 'correction' ? 'blue' : 'teal'}>{t(`import.effect.${r.effect}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {plan.accepted.length > rows.length && (
        <Text size="xs" c="dimmed">{t('import.moreRows', { n: fmt.number(plan.accepted.length - rows.length) })}</Text>
      )}
    </Stack>
  );
}

function Rejected({ rows }: { rows: readonly RejectedRateRow[] }) {
  const { t } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const shown = rows.slice(0, REJECTED_SHOWN);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="red">{t('import.rejectedTitle', { count: rows.length, n: fmt.number(rows.length) })}</Text>
      <ScrollArea.Autosize mah={220}>
        <Table fz="sm" data-testid="rate-import-rejected">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r, i) => (
              <Table.Tr key={`${r.line}-${i}`} data-testid="rate-import-rejected-row" data-line={r.line} data-reason={r.reason}>
                <Table.Td>{fmt.number(r.line)}</Table.Td>
                <Table.Td>
                  {t(`import.reasons.${r.reason}`, { line: r.replacedBy === undefined ? '' : fmt.number(r.replacedBy) })}
                  {r.value && <> <Text span c="dimmed">«<bdi>{r.value}</bdi>»</Text></>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > shown.length && <Text size="xs" c="dimmed">{t('import.moreRows', { n: fmt.number(rows.length - shown.length) })}</Text>}
    </Stack>
  );
}
