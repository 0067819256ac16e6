import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput, useDirection } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ltrFieldProps } from './ltr-field';
import { useValidityReport } from './use-validity-report';
import {
  commitRow,
  entriesFromRows,
  newRowKey,
  rowsAreValid,
  rowErrorKeys,
  rowsFromEntries,
  rowStatus,
  sameEntries,
  type EntryCodec,
  type EntryRow,
} from './contact-points/entry-rows';

/** The translated words one editor needs; PhonesEditor and EmailsEditor fill them in. */
export interface ContactPointsTexts<L extends string> {
  labelOf(label: L): string;
  /** Accessible name of the label picker of row n (1-based). */
  labelPicker(n: number): string;
  /** Accessible name of the text field of row n (1-based). */
  field(n: number): string;
  remove(n: number): string;
  add: string;
  placeholder: string;
  errorOf(reason: string): string;
}

export interface ContactPointsEditorProps<L extends string, E> {
  value: E[];
  onChange(entries: E[]): void;
  onValidityChange?(valid: boolean): void;
  codec: EntryCodec<L, E>;
  labels: readonly L[];
  defaultLabel: L;
  texts: ContactPointsTexts<L>;
  legend?: ReactNode;
  inputType: 'tel' | 'email';
  disabled?: boolean;
  /** The form's errors (path → i18n key); those under `path` are shown on their rows. */
  errors?: Readonly<Record<string, string>>;
  /** Field name in the form: 'phones', 'emails'; also the prefix of the data-testid attributes. */
  path: string;
}

/**
 * Rows of label + LTR text + remove, and an "add" button. Text is read on blur/Enter;
 * readable rows are emitted (rewritten in display form), empty rows are dropped,
 * unreadable rows stay on screen with their error and make the editor invalid.
 */
export function ContactPointsEditor<L extends string, E>({
  value,
  onChange,
  onValidityChange,
  codec,
  labels,
  defaultLabel,
  texts,
  legend,
  inputType,
  disabled,
  errors,
  path,
}: ContactPointsEditorProps<L, E>) {
  const { t } = useTranslation('ui');
  const { dir } = useDirection();
  const [rows, setRows] = useState(() => rowsFromEntries(value, codec));
  const [autoFocusKey, setAutoFocusKey] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // Entries as last emitted or received. A different value from the parent (a record
  // loaded, a form reset) rebuilds the rows; our own value echoed back does not.
  const [known, setKnown] = useState(value);
  if (!sameEntries(value, known, codec)) {
    setKnown(value);
    setRows(rowsFromEntries(value, codec));
  }

  useValidityReport(rowsAreValid(rows, codec), onValidityChange);

  const update = (next: EntryRow<L>[]) => {
    setRows(next);
    const entries = entriesFromRows(next, codec);
    if (!sameEntries(entries, known, codec)) {
      setKnown(entries);
      onChange(entries);
    }
  };

  const patchRow = (key: number, patch: (row: EntryRow<L>) => EntryRow<L>) =>
    rows.map((row) => (row.key === key ? patch(row) : row));

  const addRow = () => {
    const key = newRowKey();
    setAutoFocusKey(key);
    setRows([...rows, { key, label: defaultLabel, text: '', showError: false }]);
  };

  const removeRow = (key: number) => {
    update(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  const formErrors = rowErrorKeys(rows, codec, errors, path);
  const listError = errors?.[path];

  return (
    <Fieldset variant="unstyled" legend={legend} disabled={disabled} data-testid={`${path}-editor`}>
      <Stack gap="xs">
        {rows.map((row, index) => {
          const n = index + 1;
          const status = rowStatus(row, codec);
          const formError = formErrors.get(row.key);
          const error =
            row.showError && status.kind === 'invalid'
              ? texts.errorOf(status.reason)
              : formError !== undefined
                ? t(formError)
                : undefined;
          return (
            <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
              <NativeSelect
                aria-label={texts.labelPicker(n)}
                data-testid={`${path}-label-${index}`}
                w={120}
                value={row.label}
                data={labels.map((label) => ({ value: label, label: texts.labelOf(label) }))}
                onChange={(event) => {
                  const label = event.currentTarget.value as L;
                  update(patchRow(row.key, (r) => ({ ...r, label })));
                }}
              />
              <TextInput
                style={{ flex: 1 }}
                type={inputType}
                aria-label={texts.field(n)}
                data-testid={`${path}-input-${index}`}
                placeholder={texts.placeholder}
                autoComplete="off"
                autoFocus={row.key === autoFocusKey}
                value={row.text}
                error={error}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setRows(patchRow(row.key, (r) => ({ ...r, text, showError: false })));
                }}
                onBlur={() => update(patchRow(row.key, (r) => commitRow(r, codec)))}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  const committed = commitRow(row, codec);
                  if (committed.showError) event.preventDefault(); // do not submit an unreadable row
                  update(patchRow(row.key, () => committed));
                }}
                {...ltrFieldProps(dir)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="input-sm"
                aria-label={texts.remove(n)}
                data-testid={`${path}-remove-${index}`}
                title={texts.remove(n)}
                onClick={() => removeRow(row.key)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        {listError && (
          <Text c="red" size="sm" role="alert">
            {t(listError)}
          </Text>
        )}
        <Group>
          <Button ref={addButton} data-testid={`${path}-add`} variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={addRow}>
            {texts.add}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
