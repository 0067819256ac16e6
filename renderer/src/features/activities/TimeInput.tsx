import { TextInput, useDirection } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ltrFieldProps } from '../../ui/ltr-field';
import { useDisplayPrefs } from '../../ui/prefs';
import { parseTimeText, timeFieldText } from './activity-time';

export interface TimeInputProps {
  label: ReactNode;
  /** The text as typed; normalised to HH:MM in the user's digits on blur when it reads as a time. */
  value: string;
  onChange(value: string): void;
  error?: ReactNode;
  required?: boolean;
  onFocus?(): void;
  'data-testid'?: string;
}

/** A 24-hour time of day typed in either digit set ("۱۴:۳۰", "1430", "9"): an LTR island. */
export function TimeInput({ label, value, onChange, onFocus, error, required, 'data-testid': testId }: TimeInputProps) {
  const { dir } = useDirection();
  const { digits } = useDisplayPrefs();
  // A stored or default time ('09:30') shows in the user's digits; typed text stays as typed.
  const shown = /^\d{2}:\d{2}$/.test(value) ? timeFieldText(value, digits) : value;
  return (
    <TextInput
      label={label}
      value={shown}
      onChange={(e) => onChange(e.currentTarget.value)}
      onFocus={onFocus}
      onBlur={() => {
        const time = parseTimeText(value);
        const next = time ? timeFieldText(time, digits) : value;
        if (next !== value) onChange(next);
      }}
      placeholder={timeFieldText('09:30', digits)}
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      error={error}
      withAsterisk={required}
      data-testid={testId}
      {...ltrFieldProps(dir, <IconClock size={16} aria-hidden />, 32)}
      leftSectionPointerEvents="none"
      rightSectionPointerEvents="none"
    />
  );
}
