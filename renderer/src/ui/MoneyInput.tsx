import { NativeSelect, TextInput, useDirection } from '@mantine/core';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '../../../shared/money';
import { ltrFieldProps } from './ltr-field';
import { useDisplayPrefs } from './prefs';
import { useValidityReport } from './use-validity-report';
import classes from './MoneyInput.module.css';
import { MONEY_ERROR_KEYS, moneyFieldText, moneyKey, readTypedMoney, unitLabel } from './money/money-field';

export interface MoneyInputProps {
  value: Money | null;
  onChange(value: Money | null): void;
  /** ISO codes offered next to the amount; with one currency there is no picker. */
  currencies: string[];
  /** Currency while the value is null; default the first of `currencies`. */
  defaultCurrency?: string;
  label: ReactNode;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  name?: string;
  /** Goes on the text input; the currency picker gets a `-currency` suffix. */
  'data-testid'?: string;
  /** Default false: CRM amounts (deal values, prices) are not negative. */
  allowNegative?: boolean;
  /** false while the typed text is not an amount, so the form can refuse to save. */
  onValidityChange?(valid: boolean): void;
}

/**
 * An amount field that takes Persian, Arabic or Latin digits and separators (Mantine's
 * NumberInput refuses Persian digits). IRR is typed in the user's unit, which the label
 * names ("(تومان)"): a rial/toman mix-up is a ×10 error. Committed and regrouped on
 * blur or Enter; unreadable text keeps the last good value and shows why.
 */
export function MoneyInput({
  value,
  onChange,
  currencies,
  defaultCurrency,
  label,
  error,
  description,
  required,
  disabled,
  name,
  allowNegative = false,
  onValidityChange,
  'data-testid': testId,
}: MoneyInputProps) {
  const { t } = useTranslation('ui');
  const { dir } = useDirection();
  const prefs = useDisplayPrefs();
  const [currency, setCurrency] = useState(() => value?.currency ?? defaultCurrency ?? currencies[0] ?? 'IRR');
  const [draft, setDraft] = useState<string | null>(null);
  const [showTypedError, setShowTypedError] = useState(false);

  // A new value from outside replaces the draft and brings its currency.
  const [shownKey, setShownKey] = useState(moneyKey(value));
  if (shownKey !== moneyKey(value)) {
    setShownKey(moneyKey(value));
    setDraft(null);
    setShowTypedError(false);
    if (value) setCurrency(value.currency);
  }

  const options = { irrUnit: prefs.irrUnit, allowNegative };
  const text = draft ?? moneyFieldText(value, prefs);
  const typed = draft === null ? null : readTypedMoney(draft, currency, options);
  useValidityReport(typed?.kind !== 'error', onValidityChange);

  const commit = (next: Money | null) => {
    setDraft(null);
    setShowTypedError(false);
    if (moneyKey(next) !== moneyKey(value)) onChange(next);
  };

  const commitDraft = (): boolean => {
    if (typed === null) return true;
    if (typed.kind === 'error') {
      setShowTypedError(true);
      return false;
    }
    commit(typed.kind === 'money' ? typed.money : null);
    return true;
  };

  // Switching currency keeps the number the user sees: "1,250" stays 1,250 of the new unit.
  const changeCurrency = (next: string) => {
    setCurrency(next);
    const retyped = readTypedMoney(text, next, options);
    if (retyped.kind === 'error') {
      setDraft(text);
      setShowTypedError(true);
    } else {
      commit(retyped.kind === 'money' ? retyped.money : null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      if (!commitDraft()) event.preventDefault();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setShowTypedError(false);
    }
  };

  const unit = unitLabel(currency, prefs.language, prefs.irrUnit);
  const typedError = showTypedError && typed?.kind === 'error' ? t(MONEY_ERROR_KEYS[typed.reason]) : undefined;
  // A stored value in a currency no longer offered must still show its own unit.
  const offered = currencies.includes(currency) ? currencies : [currency, ...currencies];
  const picker =
    offered.length > 1 ? (
      <NativeSelect
        classNames={{ input: classes.unitPicker, wrapper: classes.unitPickerWrapper }}
        aria-label={t('money.currency')}
        data-testid={testId && `${testId}-currency`}
        disabled={disabled}
        value={currency}
        data={offered.map((code) => ({ value: code, label: unitLabel(code, prefs.language, prefs.irrUnit) }))}
        onChange={(event) => changeCurrency(event.currentTarget.value)}
      />
    ) : undefined;

  return (
    <TextInput
      label={
        <>
          {label} {t('money.unitSuffix', { unit })}
        </>
      }
      description={description}
      required={required}
      disabled={disabled}
      name={name}
      data-testid={testId}
      value={text}
      error={typedError ?? error}
      inputMode="decimal"
      autoComplete="off"
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setShowTypedError(false);
      }}
      onBlur={commitDraft}
      onKeyDown={onKeyDown}
      {...ltrFieldProps(dir, picker, 112)}
    />
  );
}
