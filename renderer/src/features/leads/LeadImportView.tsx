import {
  Alert, Anchor, Badge, Button, Card, FileButton, Group, List, Paper, Progress, ScrollArea, SegmentedControl, Select, SimpleGrid, Stack,
  Stepper, Table, Text, ThemeIcon, Title,
} from '@mantine/core';
import {
  IconAlertTriangle, IconArrowBack, IconCheck, IconDownload, IconFileImport, IconFileSpreadsheet, IconPlayerStop, IconUpload,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvParseResult, LeadImportField } from '../../../../shared/data-exchange/csv';
import { formatPhone } from '../../../../shared/phone/phone';
import type { IrrDisplayUnit } from '../../../../shared/preferences';
import { useFormatters } from '../../app/formatters';
import { LtrText } from '../../ui/LtrText';
import {
  convertLeadRow, IMPORT_FIELDS, planLeadImport, type LeadImportSettings, type LeadRowProblem, type PreparedLeadImport,
} from './lead-import';
import type { LeadImportPhase, LeadImportReport, LeadImportState } from './lead-import-store';
import { rejectedRowsCsv } from './rejected-csv';
import { isolate } from './isolate';

/** What the screen shows of the import's state (lead-import-store.ts), field for field. */
type ShownState = Pick<
  LeadImportState,
  'phase' | 'fileName' | 'encoding' | 'fileError' | 'failure' | 'parsed' | 'mapping' | 'irrUnit' | 'progress' | 'prepared' | 'alreadyImported' | 'report'
>;

export interface LeadImportViewProps extends ShownState {
  toWriteCount: number;
  /** For the preview: the same settings the validation will use. */
  settings: Omit<LeadImportSettings, 'irrUnit'>;
  onFile(file: File): void;
  onColumn(column: number, field: LeadImportField | null): void;
  onIrrUnit(unit: IrrDisplayUnit): void;
  onValidate(): void;
  onBackToMapping(): void;
  onConfirm(): void;
  onCancel(): void;
  onReset(): void;
  onOpenLeads(): void;
}

const STEP: Record<LeadImportPhase, number> = { idle: 0, reading: 0, mapping: 1, validating: 1, review: 2, writing: 2, done: 4 };
const NAME_FIELDS: readonly LeadImportField[] = ['firstName', 'lastName', 'fullName', 'companyName'];
const PREVIEW_ROWS = 5;
const SHOWN_PROBLEMS = 100;
/** Values written left to right whatever the language: a bad e-mail «mina@» must not read «@mina». */
const LTR_FIELDS = new Set<string>(['phone', 'email', 'estimatedValue', 'currency']);

/** The CSV import screen, drawn from the import's state (lead-import-store.ts); no database here. */
export function LeadImportView(props: LeadImportViewProps) {
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  return (
    <Stack gap="md" maw={1100} data-testid="lead-import" data-phase={props.phase}>
      <Group justify="space-between">
        <Title order={2}>{t('import.title')}</Title>
        <Anchor href="#/leads" size="sm">{t('import.backToLeads')}</Anchor>
      </Group>
      <Stepper active={STEP[props.phase]} size="sm" allowNextStepsSelect={false}>
        {(['file', 'mapping', 'review', 'done'] as const).map((step, i) => (
          <Stepper.Step key={step} label={t(`import.steps.${step}`)} icon={fmt.number(i + 1)} />
        ))}
      </Stepper>
      {props.phase === 'idle' && <FilePanel {...props} />}
      {(props.phase === 'reading' || props.phase === 'validating' || props.phase === 'writing') && <ProgressPanel {...props} />}
      {props.phase === 'mapping' && props.parsed && <MappingPanel {...props} parsed={props.parsed} />}
      {props.phase === 'review' && props.prepared && <ReviewPanel {...props} prepared={props.prepared} />}
      {props.phase === 'done' && props.report && <ReportPanel {...props} report={props.report} />}
    </Stack>
  );
}

function FilePanel({ fileError, failure, fileName, onFile }: LeadImportViewProps) {
  const { t } = useTranslation('leads');
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Stack gap="sm">
      {fileError && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="lead-import-file-error">
          {t(`import.fileError.${fileError}`, { file: isolate(fileName) })}
          {failure && <Text size="xs" mt={4}><bdi dir="ltr">{failure}</bdi></Text>}
        </Alert>
      )}
      <Paper
        withBorder p="xl" radius="md"
        style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined }}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="lead-import-drop"
      >
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon variant="light" size={56} radius="xl" aria-hidden><IconFileSpreadsheet size={30} /></ThemeIcon>
          <Text fw={600}>{t('import.dropTitle')}</Text>
          <FileButton
            accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
            onChange={(file) => { if (file) onFile(file); }}
            inputProps={{ 'data-testid': 'lead-import-file-input' } as React.ComponentProps<'input'>}
          >
            {(p) => <Button {...p} leftSection={<IconUpload size={16} />} data-testid="lead-import-choose">{t('import.chooseFile')}</Button>}
          </FileButton>
        </Stack>
      </Paper>
      <Card withBorder padding="sm">
        <Text size="sm" fw={600} mb={4}>{t('import.hintsTitle')}</Text>
        <List size="sm" spacing={2}>
          <List.Item>{t('import.hints.encoding')}</List.Item>
          <List.Item>{t('import.hints.headers')}</List.Item>
          <List.Item>{t('import.hints.checked')}</List.Item>
          <List.Item>{t('import.hints.again')}</List.Item>
        </List>
      </Card>
    </Stack>
  );
}

function ProgressPanel({ phase, progress, fileName, onCancel }: LeadImportViewProps) {
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  const step = progress?.step ?? (phase === 'writing' ? 'writing' : phase === 'validating' ? 'validating' : 'reading');
  const percent = progress && progress.total > 0 ? Math.min(100, (100 * progress.done) / progress.total) : 0;
  return (
    <Paper withBorder p="md" data-testid="lead-import-progress" data-step={step} data-done={progress?.done ?? 0} data-total={progress?.total ?? 0}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>{t(`import.progress.${step}`, { file: isolate(fileName) })}</Text>
          <Button size="xs" color="red" variant="subtle" leftSection={<IconPlayerStop size={16} />} onClick={onCancel} data-testid="lead-import-cancel">
            {t(phase === 'writing' ? 'import.stop' : 'common:cancel')}
          </Button>
        </Group>
        <Progress value={percent} animated striped aria-label={t(`import.progress.${step}`, { file: fileName })} />
        <Text size="xs" c="dimmed">
          {step === 'reading'
            ? t('import.percent', { value: fmt.number(Math.floor(percent)) })
            : t('import.rowsOf', { done: fmt.number(progress?.done ?? 0), total: fmt.number(progress?.total ?? 0) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function MappingPanel(props: LeadImportViewProps & { parsed: CsvParseResult }) {
  const { parsed, mapping, encoding, fileName, irrUnit, settings, failure, onColumn, onIrrUnit, onValidate, onReset } = props;
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  const fieldOptions = useMemo(
    () => [{ value: '', label: t('import.ignoreColumn') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`import.field.${f}`) }))],
    [t],
  );
  const hasName = mapping.some((f) => f !== null && NAME_FIELDS.includes(f));
  const hasAmount = mapping.includes('estimatedValue');
  const preview = useMemo(() => {
    const plan = planLeadImport(parsed.headers, mapping, { ...settings, irrUnit });
    return parsed.rows.slice(0, PREVIEW_ROWS).map((row) => ({ line: row.line, result: convertLeadRow(plan, row) }));
  }, [parsed, mapping, settings, irrUnit]);
  const examples = (col: number) => parsed.rows.map((r) => r.cells[col]?.trim() ?? '').filter(Boolean).slice(0, 3);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <IconFileSpreadsheet size={18} />
        <Text size="sm"><bdi>{fileName}</bdi></Text>
        <Badge variant="light" data-testid="lead-import-row-count" data-count={parsed.rows.length}>{t('import.rowCount', { count: parsed.rows.length, formatted: fmt.number(parsed.rows.length) })}</Badge>
      </Group>
      {encoding === 'windows-1256' && <Alert color="yellow" data-testid="lead-import-encoding">{t('import.encoding1256')}</Alert>}
      {failure && <Alert color="red">{failure}</Alert>}
      {parsed.rows.length === 0 && <Alert color="yellow">{t('import.noRows')}</Alert>}

      <Paper withBorder p="md">
        <Title order={4} mb={4}>{t('import.mappingTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('import.mappingHelp')}</Text>
        <ScrollArea>
          <Table verticalSpacing={6} data-testid="lead-import-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.examples')}</Table.Th>
                <Table.Th w={230}>{t('import.field.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parsed.headers.map((header, col) => (
                <Table.Tr key={col}>
                  <Table.Td fw={600}><bdi>{header || t('import.unnamedColumn', { n: fmt.number(col + 1) })}</bdi></Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {examples(col).map((e, i) => <span key={i}>{i > 0 && t('common:listSeparator')}<bdi>{e}</bdi></span>)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs" allowDeselect={false} value={mapping[col] ?? ''} data={fieldOptions}
                      onChange={(v) => onColumn(col, (v || null) as LeadImportField | null)}
                      aria-label={t('import.fieldFor', { column: header })}
                      data-testid={`lead-import-map-${col}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {hasAmount && settings.baseCurrency === 'IRR' && (
          <Group gap="sm" mt="sm">
            <Text size="sm">{t('import.irrUnit')}</Text>
            <SegmentedControl
              size="xs" value={irrUnit} onChange={(v) => onIrrUnit(v as IrrDisplayUnit)}
              data={[{ value: 'rial', label: t('import.rial') }, { value: 'toman', label: t('import.toman') }]}
              data-testid="lead-import-irr-unit"
            />
          </Group>
        )}
        {!hasName && <Alert color="red" mt="sm" data-testid="lead-import-need-name">{t('import.needName')}</Alert>}
      </Paper>

      {preview.length > 0 && (
        <Paper withBorder p="md">
          <Title order={4} mb={4}>{t('import.previewTitle')}</Title>
          <Text size="sm" c="dimmed" mb="sm">{t('import.previewHelp', { count: preview.length, formatted: fmt.number(preview.length) })}</Text>
          <ScrollArea>
            <Table fz="sm" verticalSpacing={4} data-testid="lead-import-preview">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.line')}</Table.Th>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('fields.companyName')}</Table.Th>
                  <Table.Th>{t('fields.phones')}</Table.Th>
                  <Table.Th>{t('fields.emails')}</Table.Th>
                  <Table.Th>{t('fields.channel')}</Table.Th>
                  <Table.Th>{t('fields.estimatedValue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.map(({ line, result }) => (
                  <Table.Tr key={line} data-testid="lead-import-preview-row" data-ok={result.ok}>
                    <Table.Td>{fmt.number(line)}</Table.Td>
                    {result.ok ? (
                      <>
                        <Table.Td><bdi>{[result.doc.firstName, result.doc.lastName].filter(Boolean).join(' ') || '—'}</bdi></Table.Td>
                        <Table.Td><bdi>{result.doc.companyName || '—'}</bdi></Table.Td>
                        <Table.Td>{result.doc.phones.map((p) => <div key={p.e164}><LtrText localizeDigits>{formatPhone(p.e164, 'national')}</LtrText></div>)}</Table.Td>
                        <Table.Td>{result.doc.emails.map((e) => <div key={e.address}><LtrText>{e.address}</LtrText></div>)}</Table.Td>
                        <Table.Td>{result.doc.channel ? t(`channel.${result.doc.channel}`) : '—'}</Table.Td>
                        <Table.Td>{result.doc.estimatedValue ? <bdi>{fmt.money(result.doc.estimatedValue)}</bdi> : '—'}</Table.Td>
                      </>
                    ) : (
                      <Table.Td colSpan={6}>
                        <Text size="sm" c="red">
                          <IconAlertTriangle size={14} /> {problemText(result.problem, t)}
                          {result.problem.value && <> «<bdi dir={result.problem.field && LTR_FIELDS.has(result.problem.field) ? 'ltr' : 'auto'}>{result.problem.value}</bdi>»</>}
                        </Text>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}

      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowBack size={16} />} onClick={onReset} data-testid="lead-import-another">{t('import.chooseAnother')}</Button>
        <Button onClick={onValidate} disabled={!hasName || parsed.rows.length === 0} data-testid="lead-import-validate">{t('import.validate')}</Button>
      </Group>
    </Stack>
  );
}

function ReviewPanel(props: LeadImportViewProps & { prepared: PreparedLeadImport }) {
  const { prepared, alreadyImported, toWriteCount, parsed, onBackToMapping, onConfirm } = props;
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  return (
    <Stack gap="md" data-testid="lead-import-review" data-valid={toWriteCount} data-rejected={prepared.rejected.length} data-already={alreadyImported}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('import.stat.ready')} value={fmt.number(toWriteCount)} color="teal" testId="lead-import-ready" />
        <Stat label={t('import.stat.rejected')} value={fmt.number(prepared.rejected.length)} color={prepared.rejected.length ? 'red' : 'gray'} testId="lead-import-rejected-count" />
        <Stat label={t('import.stat.already')} value={fmt.number(alreadyImported)} color="gray" testId="lead-import-already" />
        <Stat label={t('import.stat.repeats')} value={fmt.number(prepared.repeats.length)} color="gray" testId="lead-import-repeats" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">{t('import.reviewHelp')}</Text>
      {toWriteCount === 0 && <Alert color="yellow">{t('import.nothingToImport')}</Alert>}
      {prepared.rejected.length > 0 && parsed && <ProblemTable problems={prepared.rejected} parsed={parsed} fileName={props.fileName} />}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowBack size={16} />} onClick={onBackToMapping} data-testid="lead-import-back">{t('import.backToMapping')}</Button>
        <Button leftSection={<IconFileImport size={16} />} onClick={onConfirm} disabled={toWriteCount === 0} data-testid="lead-import-confirm">
          {t('import.confirm', { count: toWriteCount, formatted: fmt.number(toWriteCount) })}
        </Button>
      </Group>
    </Stack>
  );
}

const REPORT_COLOR: Record<LeadImportReport['status'], string> = { completed: 'teal', cancelled: 'yellow', failed: 'red' };

function ReportPanel(props: LeadImportViewProps & { report: LeadImportReport }) {
  const { report, parsed, fileName, onReset, onOpenLeads } = props;
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  const seconds = report.elapsedMs / 1000;
  return (
    <Stack gap="md">
      <Alert
        color={REPORT_COLOR[report.status]}
        icon={report.status === 'completed' ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />}
        title={t(`import.report.${report.status}`)}
        data-testid="lead-import-done"
        data-status={report.status}
        data-inserted={report.inserted}
        data-already={report.alreadyImported}
        data-rejected={report.rejected.length}
        data-not-written={report.notWritten}
        data-elapsed-ms={Math.round(report.elapsedMs)}
      >
        <Stack gap={4}>
          <Text size="sm" data-testid="lead-import-inserted">{t('import.report.inserted', { count: report.inserted, formatted: fmt.number(report.inserted) })}</Text>
          {report.alreadyImported > 0 && <Text size="sm">{t('import.report.already', { count: report.alreadyImported, formatted: fmt.number(report.alreadyImported) })}</Text>}
          {report.repeats > 0 && <Text size="sm">{t('import.report.repeats', { count: report.repeats, formatted: fmt.number(report.repeats) })}</Text>}
          {report.rejected.length > 0 && <Text size="sm">{t('import.report.rejected', { count: report.rejected.length, formatted: fmt.number(report.rejected.length) })}</Text>}
          {report.notWritten > 0 && <Text size="sm" fw={600}>{t('import.report.notWritten', { count: report.notWritten, formatted: fmt.number(report.notWritten) })}</Text>}
          {report.error && <Text size="xs"><bdi dir="ltr">{report.error}</bdi></Text>}
          <Text size="xs" c="dimmed">
            {t('import.report.timing', { seconds: fmt.number(Math.round(seconds * 10) / 10), rate: fmt.number(seconds > 0 ? Math.round(report.inserted / seconds) : 0) })}
          </Text>
        </Stack>
      </Alert>
      {report.rejected.length > 0 && parsed && <ProblemTable problems={report.rejected} parsed={parsed} fileName={fileName} />}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onReset} data-testid="lead-import-another">{t('import.importAnother')}</Button>
        <Button onClick={onOpenLeads} data-testid="lead-import-open-leads">{t('import.openLeads')}</Button>
      </Group>
    </Stack>
  );
}

function Stat({ label, value, color, testId }: { label: string; value: string; color: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} c={color}>{value}</Text>
    </Paper>
  );
}

/** The translated reason of a rejected row. */
export function problemText(p: LeadRowProblem, t: TFunction): string {
  const field = !p.field ? '' : (IMPORT_FIELDS as readonly string[]).includes(p.field) ? t(`import.field.${p.field}`) : t(`fields.${p.field}`);
  return t(`import.reason.${p.code}`, { field, expected: p.expected ?? 0, found: p.found ?? 0 });
}

function ProblemTable({ problems, parsed, fileName }: { problems: LeadRowProblem[]; parsed: CsvParseResult; fileName: string }) {
  const { t } = useTranslation('leads');
  const fmt = useFormatters();
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const download = () => {
    const csv = rejectedRowsCsv(parsed, problems, { line: t('import.line'), reason: t('import.reasonColumn') }, (p) => problemText(p, t));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('import.rejectedFileName', { file: fileName.replace(/\.[^.]+$/, '') });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('import.rejectedTitle')}</Title>
        <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={download} data-testid="lead-import-download-rejected">
          {t('import.downloadRejected')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={360}>
        <Table fz="sm" verticalSpacing={3} striped data-testid="lead-import-rejected">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.reasonColumn')}</Table.Th>
              <Table.Th>{t('import.valueColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p, i) => (
              <Table.Tr key={`${p.line}-${i}`} data-testid="lead-import-rejected-row" data-line={p.line} data-code={p.code}>
                <Table.Td>{fmt.number(p.line)}</Table.Td>
                <Table.Td>{problemText(p, t)}</Table.Td>
                <Table.Td>{p.value && <bdi dir={p.field && LTR_FIELDS.has(p.field) ? 'ltr' : 'auto'}>{p.value}</bdi>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {problems.length > shown.length && (
        <Text size="xs" c="dimmed" mt={4}>{t('import.moreRejected', { count: problems.length - shown.length, formatted: fmt.number(problems.length - shown.length) })}</Text>
      )}
    </Paper>
  );
}
