import { Alert, Button, Card, FileButton, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DATA_COLLECTION_ORDER, DATA_FILE_EXTENSION } from '../../../../shared/data-exchange';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import type { ImportProgress, ImportReport } from './import-data-file';
import { useImportStore } from './import-store';

const STATUS_COLOR: Record<ImportReport['status'], string> = {
  completed: 'teal',
  cancelled: 'yellow',
  refused: 'red',
  failed: 'red',
};

/** Settings card: bring a Peyvand data file (e.g. `npm run demo-data`) into the local database. */
export function ImportDataCard() {
  const db = useDatabase();
  const { phase, fileName, progress, report, start, cancel, dismiss } = useImportStore();
  return (
    <ImportDataCardView
      phase={phase}
      fileName={fileName}
      progress={progress}
      report={report}
      onFile={(file) => { dismiss(); start(db, file); }}
      onCancel={cancel}
    />
  );
}

export interface ImportDataCardViewProps {
  phase: 'idle' | 'running' | 'done';
  fileName: string;
  progress: ImportProgress | null;
  report: ImportReport | null;
  onFile: (file: File) => void;
  onCancel: () => void;
}

export function ImportDataCardView({ phase, fileName, progress, report, onFile, onCancel }: ImportDataCardViewProps) {
  const { t } = useTranslation('dataImport');
  return (
    <Card withBorder padding="md" data-testid="import-data-card">
      <Stack gap="sm">
        <Title order={4}>{t('title')}</Title>
        <Text size="sm" c="dimmed">{t('description')}</Text>
        {/* Stays mounted while running (disabled), so the chosen file is not dropped from the input. */}
        <Group>
          <FileButton
            accept={`${DATA_FILE_EXTENSION},application/x-ndjson`}
            onChange={(file) => { if (file) onFile(file); }}
            disabled={phase === 'running'}
            inputProps={{ 'data-testid': 'import-file-input' } as React.ComponentProps<'input'>}
          >
            {(props) => (
              <Button {...props} disabled={phase === 'running'} variant="light" leftSection={<IconFileImport size={18} />} data-testid="import-choose-file">
                {t(phase === 'done' ? 'chooseAnother' : 'chooseFile')}
              </Button>
            )}
          </FileButton>
        </Group>
        {phase === 'running' && <RunningImport fileName={fileName} progress={progress} onCancel={onCancel} />}
        {phase === 'done' && report && <ImportSummary fileName={fileName} report={report} />}
      </Stack>
    </Card>
  );
}

function useRates(p: ImportProgress | null) {
  const seconds = p ? p.elapsedMs / 1000 : 0;
  const processed = p ? p.inserted + p.skipped : 0;
  return {
    percent: p && p.totalBytes > 0 ? Math.min(100, (100 * p.bytesRead) / p.totalBytes) : 0,
    perSecond: seconds > 0 ? Math.round(processed / seconds) : 0,
    seconds,
  };
}

function RunningImport({ fileName, progress, onCancel }: { fileName: string; progress: ImportProgress | null; onCancel: () => void }) {
  const { t } = useTranslation('dataImport');
  const fmt = useFormatters();
  const { percent, perSecond } = useRates(progress);
  return (
    <Stack
      gap="xs"
      data-testid="import-running"
      data-bytes-read={progress?.bytesRead ?? 0}
      data-total-bytes={progress?.totalBytes ?? 0}
      data-inserted={progress?.inserted ?? 0}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600} dir="auto" truncate>{t('running', { file: fileName })}</Text>
        <Button size="xs" color="red" variant="subtle" leftSection={<IconPlayerStop size={16} />} onClick={onCancel} data-testid="import-cancel">
          {t('cancel')}
        </Button>
      </Group>
      <Progress value={percent} animated striped aria-label={t('progressLabel')} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t('percent', { value: fmt.number(Math.floor(percent)) })}
          {' · '}
          {t('rate', { rate: fmt.number(perSecond) })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="import-counts">
          {t('counts', {
            inserted: fmt.number(progress?.inserted ?? 0),
            skipped: fmt.number(progress?.skipped ?? 0),
            rejected: fmt.number(progress?.rejected ?? 0),
          })}
        </Text>
      </Group>
    </Stack>
  );
}

function ImportSummary({ fileName, report }: { fileName: string; report: ImportReport }) {
  const { t } = useTranslation('dataImport');
  const fmt = useFormatters();
  const { perSecond, seconds } = useRates(report);
  const shown = report.problems.slice(0, 10);
  // Only the first problems are kept; the count of the rest comes from the totals.
  const notShown = report.rejected - shown.length;
  return (
    <Alert
      color={STATUS_COLOR[report.status]}
      title={t(`status.${report.status}`)}
      data-testid="import-done"
      data-status={report.status}
      data-inserted={report.inserted}
      data-skipped={report.skipped}
      data-rejected={report.rejected}
      data-elapsed-ms={Math.round(report.elapsedMs)}
    >
      <Stack gap="xs">
        <Text size="sm" dir="auto">{t(`statusHint.${report.status}`, { file: fileName })}</Text>
        {report.fatal && (
          <Text size="sm">
            {t('problemLine', { line: fmt.number(report.fatal.line), reason: t(`reasons.${report.fatal.reason}`) })}
            {report.fatal.detail && <> <bdi dir="ltr">{report.fatal.detail}</bdi></>}
          </Text>
        )}
        {report.status !== 'refused' && (
          <>
            <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="import-summary-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('inserted')}</Table.Th>
                  <Table.Th>{t('skipped')}</Table.Th>
                  <Table.Th>{t('rejected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {DATA_COLLECTION_ORDER.map((c) => {
                  const counts = report.byCollection[c];
                  if (counts.inserted + counts.skipped + counts.rejected === 0) return null;
                  return (
                    <Table.Tr key={c}>
                      <Table.Td>{t(`collections.${c}`)}</Table.Td>
                      <Table.Td>{fmt.number(counts.inserted)}</Table.Td>
                      <Table.Td>{fmt.number(counts.skipped)}</Table.Td>
                      <Table.Td>{fmt.number(counts.rejected)}</Table.Td>
                    </Table.Tr>
                  );
                })}
                <Table.Tr fw={700}>
                  <Table.Td>{t('total')}</Table.Td>
                  <Table.Td>{fmt.number(report.inserted)}</Table.Td>
                  <Table.Td>{fmt.number(report.skipped)}</Table.Td>
                  <Table.Td>{fmt.number(report.rejected)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              {t('timing', { seconds: fmt.number(Math.round(seconds)), rate: fmt.number(perSecond) })}
            </Text>
          </>
        )}
        {report.problems.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>{t('problemsTitle')}</Text>
            <List size="xs" spacing={2} data-testid="import-problems">
              {shown.map((p) => (
                <List.Item key={`${p.line}-${p.reason}`}>
                  {t('problemLine', { line: fmt.number(p.line), reason: t(`reasons.${p.reason}`) })}
                  {p.detail && <> <bdi dir="ltr">{p.detail}</bdi></>}
                </List.Item>
              ))}
            </List>
            {notShown > 0 && <Text size="xs" c="dimmed">{t('moreProblems', { count: notShown, n: fmt.number(notShown) })}</Text>}
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
