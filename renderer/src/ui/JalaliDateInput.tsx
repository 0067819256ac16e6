import { ActionIcon, Group, Popover, TextInput, useDirection } from '@mantine/core';
import { IconCalendar, IconX } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates';
import { ltrFieldProps } from './ltr-field';
import { useDisplayPrefs } from './prefs';
import { useValidityReport } from './use-validity-report';
import { CalendarPanel } from './CalendarPanel';
import { DATE_ERROR_KEYS, dateFieldText, readTypedDate } from './date/typed-date';

// Shown as the format example, in the user's calendar and digits: ۱۴۰۳/۱۲/۳۰ or 2025/03/20.
const PLACEHOLDER_DATE = '2025-03-20';

export interface JalaliDateInputProps {
  /** 'YYYY-MM-DD' (Gregorian, what is stored), or '' for no date. */
  value: string;
  onChange(value: string): void;
  label: ReactNode;
  /** The form's own error (e.g. "required"); a typed-date error is shown in its place. */
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  /** Offer a clear (×) button and the calendar's "clear". Default: when not required. */
  clearable?: boolean;
  disabled?: boolean;
  name?: string;
  /** Goes on the text input; the calendar button and panel get `-open` and `-panel` suffixes. */
  'data-testid'?: string;
  /**
   * Called with false while the text in the field cannot be read as a date (and true
   * when it can again), so the form can refuse to save; the value itself only changes
   * on blur, Enter or a pick in the calendar.
   */
  onValidityChange?(valid: boolean): void;
}

/**
 * A business-date field in the user's calendar. Typed in either digit set and with
 * / - or . ("۱۴۰۳/۱۲/۳۰", "1403-12-30"), committed on blur or Enter; or picked from a
 * month grid (Alt+↓ or the calendar button). The calendar, digits and language come
 * from the user's preferences.
 */
export function JalaliDateInput({
  value,
  onChange,
  label,
  error,
  description,
  required,
  clearable = !required,
  disabled,
  name,
  onValidityChange,
  'data-testid': testId,
}: JalaliDateInputProps) {
  const { t } = useTranslation('ui');
  const { dir } = useDirection();
  const prefs = useDisplayPrefs();
  const inputRef = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState(false);
  // null: the field shows the stored value; a string: what the user is typing.
  const [draft, setDraft] = useState<string | null>(null);
  const [showTypedError, setShowTypedError] = useState(false);

  // A new value from outside (a pick, a commit, a form reset) replaces any draft.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(null);
    setShowTypedError(false);
  }

  const typed = draft === null ? null : readTypedDate(draft, prefs.calendar);
  useValidityReport(typed?.kind !== 'error', onValidityChange);

  const commit = (next: IsoDate | '') => {
    setDraft(null);
    setShowTypedError(false);
    if (next !== value) onChange(next);
  };

  /** Returns false when the typed text is not a date (the error is then shown). */
  const commitDraft = (): boolean => {
    if (typed === null) return true;
    if (typed.kind === 'error') {
      setShowTypedError(true);
      return false;
    }
    commit(typed.kind === 'date' ? typed.date : '');
    return true;
  };

  const openCalendar = () => {
    if (disabled) return;
    commitDraft();
    setOpened(true);
  };

  const closeCalendar = () => {
    setOpened(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // An unreadable date must not submit the form it sits in.
      if (!commitDraft()) event.preventDefault();
    } else if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      openCalendar();
    } else if (event.key === 'Escape' && draft !== null) {
      // Undo the typing; stop the event so an enclosing Modal stays open.
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setShowTypedError(false);
    }
  };

  const typedError = showTypedError && typed?.kind === 'error' ? t(DATE_ERROR_KEYS[typed.reason]) : undefined;
  const canClear = clearable && !disabled && (value !== '' || draft !== null);

  const sections = (
    <Group gap={2} wrap="nowrap">
      {canClear && (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('date.clear')}
          title={t('date.clear')}
          onClick={() => {
            commit('');
            inputRef.current?.focus(); // the button goes away with the value; keep focus in the field
          }}
        >
          <IconX size={14} />
        </ActionIcon>
      )}
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        shadow="md"
        trapFocus
        closeOnEscape={false}
        disabled={disabled}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('date.openCalendar')}
            data-testid={testId && `${testId}-open`}
            title={t('date.openCalendar')}
            disabled={disabled}
            onClick={() => (opened ? setOpened(false) : openCalendar())}
          >
            <IconCalendar size={16} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown data-testid={testId && `${testId}-panel`}>
          <CalendarPanel
            value={value}
            onSelect={(date) => {
              commit(date);
              closeCalendar();
            }}
            onClear={
              clearable
                ? () => {
                    commit('');
                    closeCalendar();
                  }
                : undefined
            }
            onClose={closeCalendar}
          />
        </Popover.Dropdown>
      </Popover>
    </Group>
  );

  return (
    <TextInput
      ref={inputRef}
      label={label}
      description={description}
      required={required}
      disabled={disabled}
      name={name}
      data-testid={testId}
      value={draft ?? dateFieldText(value, prefs)}
      placeholder={dateFieldText(PLACEHOLDER_DATE, prefs)}
      error={typedError ?? error}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setShowTypedError(false);
      }}
      onBlur={commitDraft}
      onKeyDown={onKeyDown}
      {...ltrFieldProps(dir, sections, canClear ? 56 : 32)}
    />
  );
}
