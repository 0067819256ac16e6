import { TextInput, useDirection } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ltrFieldProps } from '../../ui/ltr-field';
import { useDisplayPrefs } from '../../ui/prefs';
import { decimalText, normalizeDecimalText } from './quote-lines';

interface DecimalInputProps {
  /** Stored ASCII decimal text ('2.5'); '' when empty. */
  value: string;
  /** Called on every keystroke with the normalized text, so totals follow as the user types. */
  onChange(value: string): void;
  label: ReactNode;
  error?: ReactNode;
  /** Shown at the end of the field ("٪"). */
  suffix?: ReactNode;
  required?: boolean;
  'data-testid'?: string;
  'aria-label'?: string;
}

/**
 * A quantity or percentage typed in either digit set ("۲٫۵", "2.5", "2/5"). It shows the
 * user's digits when not being edited and keeps the text exactly as typed while focused.
 */
export function DecimalInput({ value, onChange, label, error, suffix, required, ...rest }: DecimalInputProps) {
  const prefs = useDisplayPrefs();
  const { dir } = useDirection();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? decimalText(value, prefs.digits);
  return (
    <TextInput
      label={label}
      value={shown}
      error={error}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      onFocus={() => setDraft(decimalText(value, prefs.digits))}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        onChange(normalizeDecimalText(e.currentTarget.value));
      }}
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label']}
      {...ltrFieldProps(dir, suffix, 32)}
    />
  );
}
