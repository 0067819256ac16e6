import { ActionIcon, Button, Group, Input, Menu, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../../shared/entities';
import type { Money } from '../../../../shared/money';
import { MoneyInput } from '../../ui/MoneyInput';
import { unitLabel } from '../../ui/money/money-field';
import { useDisplayPrefs } from '../../ui/prefs';
import { useValidityReport } from '../../ui/use-validity-report';
import { errorFor } from '../records/form-fields';
import { addableCurrencies, addRow, pricesFromRows, pricesKey, removeRow, rowsFromPrices, setRowValue, type PriceRow } from './price-rows';

interface PricesEditorProps {
  value: Money[];
  /** Filled rows only, one price per currency. */
  onChange: (prices: Money[]) => void;
  /** Enabled currencies, base first; undefined while loading. */
  currencies: string[] | undefined;
  /** false while a row holds text that is not an amount. */
  onValidityChange: (valid: boolean) => void;
  errors: FieldErrors;
}

/** One price per currency: a row per currency, added from the enabled ones and removable. */
export function PricesEditor({ value, onChange, currencies, onValidityChange, errors }: PricesEditorProps) {
  const { t } = useTranslation('products');
  const prefs = useDisplayPrefs();
  const [rows, setRows] = useState<PriceRow[]>(() => rowsFromPrices(value, currencies?.[0]));
  const [emitted, setEmitted] = useState(pricesKey(value));
  const [invalid, setInvalid] = useState<Record<string, boolean>>({});

  // Prices from outside (the loaded record) replace the rows.
  if (pricesKey(value) !== emitted) {
    setEmitted(pricesKey(value));
    setRows(rowsFromPrices(value, currencies?.[0]));
  }
  // The base currency arrives after the first render on a new product.
  useEffect(() => {
    if (currencies?.[0] && rows.length === 0 && value.length === 0) setRows(rowsFromPrices([], currencies[0]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currencies?.[0]]);

  const anyInvalid = Object.entries(invalid).some(([currency, bad]) => bad && rows.some((r) => r.currency === currency));
  useValidityReport(!anyInvalid, onValidityChange);

  const update = (next: PriceRow[]) => {
    setRows(next);
    const prices = pricesFromRows(next);
    setEmitted(pricesKey(prices));
    onChange(prices);
  };

  const unit = (currency: string) => unitLabel(currency, prefs.language, prefs.irrUnit);
  const addable = addableCurrencies(rows, currencies ?? []);
  const filledIndex = (currency: string) => pricesFromRows(rows).findIndex((p) => p.currency === currency);

  return (
    <Input.Wrapper label={t('fields.prices')} description={t('pricesHint')} error={errorFor(errors, t, 'prices')}>
      <Stack gap="xs" mt={6} data-testid="prices-editor">
        {rows.length === 0 && <Text size="sm" c="dimmed">{t('noPrice')}</Text>}
        {rows.map((row) => {
          const i = filledIndex(row.currency);
          return (
            <Group key={row.currency} gap="xs" align="flex-start" wrap="nowrap" data-testid="price-row" data-currency={row.currency}>
              <div style={{ flex: 1, maxWidth: 360 }}>
                <MoneyInput
                  label={t('fields.price')}
                  value={row.value}
                  onChange={(v) => update(setRowValue(rows, row.currency, v))}
                  currencies={[row.currency]}
                  onValidityChange={(ok) => setInvalid((s) => (s[row.currency] === !ok ? s : { ...s, [row.currency]: !ok }))}
                  error={i >= 0 ? errorFor(errors, t, `prices.${i}.amountMinor`, `prices.${i}`) : undefined}
                  data-testid={`price-${row.currency}`}
                />
              </div>
              <ActionIcon
                variant="subtle" color="gray" mt={26} size="lg"
                onClick={() => update(removeRow(rows, row.currency))}
                aria-label={t('removePrice', { unit: unit(row.currency) })}
                title={t('removePrice', { unit: unit(row.currency) })}
                data-testid={`remove-price-${row.currency}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        {addable.length > 0 && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} style={{ alignSelf: 'flex-start' }} data-testid="add-price">
                {t('addPrice')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {addable.map((currency) => (
                <Menu.Item key={currency} onClick={() => setRows(addRow(rows, currency))} data-testid={`add-price-${currency}`}>
                  {unit(currency)} <Text span c="dimmed" size="xs" ms={4}><bdi dir="ltr">{currency}</bdi></Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
