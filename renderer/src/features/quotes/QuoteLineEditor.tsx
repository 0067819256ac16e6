import { ActionIcon, Badge, Grid, Group, NativeSelect, Paper, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPackage, IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, ProductDoc, QuoteDiscount, QuoteLine } from '../../../../shared/entities';
import { money, type Money } from '../../../../shared/money';
import type { QuoteLineTotals } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { MoneyInput } from '../../ui/MoneyInput';
import { MoneyText } from '../../ui/MoneyText';
import { StockText } from '../products/StockText';
import { DecimalInput } from './DecimalInput';
import { discountKind, exceedsStock, withDiscountKind, type DiscountKind } from './quote-lines';

export interface LineEditorProps {
  line: QuoteLine;
  index: number;
  count: number;
  currency: string;
  /** The line's own errors, keyed 'quantity', 'discount.percent', … ('_' for the whole line). */
  errors: FieldErrors;
  /** Computed amounts, or null while the line has errors. */
  totals: QuoteLineTotals | null;
  /** The catalog product of a product line (undefined while loading or for free text). */
  product: ProductDoc | undefined;
  /** The product has no price in the quote currency: its price was set to 0. */
  unpriced: boolean;
  onChange(patch: Partial<Omit<QuoteLine, 'id'>>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onValidityChange(widget: string, valid: boolean): void;
}

const DISCOUNT_KINDS: DiscountKind[] = ['none', 'percent', 'amount'];

/** One line of the quote: what is sold, how many, at what price, less what discount. */
export function QuoteLineEditor(props: LineEditorProps) {
  const { t } = useTranslation('quotes');
  const { line, index, count, currency, errors, totals, product } = props;
  const tr = (key: string | undefined) => (key ? t(key) : undefined);
  const row = useFormatters().number(index + 1);
  const testId = (name: string) => `line-${index}-${name}`;

  // Alt+↑ / Alt+↓ anywhere in the line moves it (a native select keeps Alt+↓ for itself).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || (event.target as HTMLElement).tagName === 'SELECT') return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    props.onMove(event.key === 'ArrowUp' ? -1 : 1);
  };

  const setDiscount = (discount: QuoteDiscount | null) => props.onChange({ discount });
  const kind = discountKind(line.discount);
  const stockWarning = product && exceedsStock(line.quantity, product.stockQuantity);

  return (
    <Paper withBorder p="sm" onKeyDown={onKeyDown} data-testid="quote-line" data-line-id={line.id} role="group" aria-label={t('lines.rowLabel', { row })}>
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('lines.description', { row })}
            value={line.description}
            onChange={(e) => props.onChange({ description: e.currentTarget.value })}
            dir="auto"
            withAsterisk
            error={tr(errors.description)}
            data-testid={testId('description')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput label={t('lines.sku')} value={line.sku} onChange={(e) => props.onChange({ sku: e.currentTarget.value })} dir="ltr" error={tr(errors.sku)} data-testid={testId('sku')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput label={t('lines.unit')} value={line.unit} onChange={(e) => props.onChange({ unit: e.currentTarget.value })} dir="auto" error={tr(errors.unit)} data-testid={testId('unit')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Tooltip label={t('lines.moveUp')}>
              <ActionIcon variant="subtle" color="gray" size="lg" disabled={index === 0} onClick={() => props.onMove(-1)} aria-label={t('lines.moveUpRow', { row })} data-testid={testId('up')} data-line-action="up">
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('lines.moveDown')}>
              <ActionIcon variant="subtle" color="gray" size="lg" disabled={index === count - 1} onClick={() => props.onMove(1)} aria-label={t('lines.moveDownRow', { row })} data-testid={testId('down')} data-line-action="down">
                <IconArrowDown size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('lines.remove')}>
              <ActionIcon variant="subtle" color="red" size="lg" onClick={props.onRemove} aria-label={t('lines.removeRow', { row })} data-testid={testId('remove')} data-line-action="remove">
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Grid.Col>

        <Grid.Col span={{ base: 6, md: 2 }}>
          <DecimalInput label={t('lines.quantity')} value={line.quantity} onChange={(quantity) => props.onChange({ quantity })} error={tr(errors.quantity)} required data-testid={testId('quantity')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <MoneyInput
            key={currency /* a new currency is a new field: its unit must not linger */}
            label={t('lines.unitPrice')}
            value={line.unitPriceMinor === 0 ? null : money(line.unitPriceMinor, currency)}
            onChange={(m: Money | null) => props.onChange({ unitPriceMinor: m?.amountMinor ?? 0 })}
            currencies={[currency]}
            onValidityChange={(ok) => props.onValidityChange(`lines.${line.id}.price`, ok)}
            error={tr(errors.unitPriceMinor)}
            data-testid={testId('price')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, md: 2 }}>
          <NativeSelect
            label={t('lines.discount')}
            value={kind}
            onChange={(e) => setDiscount(withDiscountKind(line.discount, e.currentTarget.value as DiscountKind))}
            data={DISCOUNT_KINDS.map((k) => ({ value: k, label: t(`discount.${k}`) }))}
            data-testid={testId('discount-kind')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 7, md: 3 }}>
          {line.discount?.kind === 'percent' && (
            <DecimalInput
              label={t('lines.discountPercent')}
              value={line.discount.percent}
              onChange={(percent) => setDiscount({ kind: 'percent', percent })}
              suffix={t('percentSign')}
              error={tr(errors['discount.percent'] ?? errors.discount)}
              data-testid={testId('discount-percent')}
            />
          )}
          {line.discount?.kind === 'amount' && (
            <MoneyInput
              key={currency}
              label={t('lines.discountAmount')}
              value={line.discount.amountMinor === 0 ? null : money(line.discount.amountMinor, currency)}
              onChange={(m) => setDiscount({ kind: 'amount', amountMinor: m?.amountMinor ?? 0 })}
              currencies={[currency]}
              onValidityChange={(ok) => props.onValidityChange(`lines.${line.id}.discount`, ok)}
              error={tr(errors['discount.amountMinor'] ?? errors.discount)}
              data-testid={testId('discount-amount')}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          <Text size="xs" c="dimmed">{t('lines.net')}</Text>
          <Text fw={600} data-testid={testId('net')} data-minor={totals?.net.amountMinor}>
            {totals ? <MoneyText value={totals.net} /> : '—'}
          </Text>
          {totals && totals.discount.amountMinor > 0 && (
            <Text size="xs" c="dimmed">{t('lines.discountGiven')} <MoneyText value={totals.discount} /></Text>
          )}
        </Grid.Col>
      </Grid>
      {errors._ && <Text size="sm" c="red" mt={4} role="alert">{t(errors._)}</Text>}
      {line.productId && (
        <Group gap="xs" mt={6} data-testid={testId('product')}>
          <Badge size="sm" variant="light" leftSection={<IconPackage size={12} />}>{t('lines.fromCatalog')}</Badge>
          {product && (
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">{t('lines.stock')}</Text>
              <StockText stockQuantity={product.stockQuantity} unit={product.unit} size="xs" />
            </Group>
          )}
          {stockWarning && <Text size="xs" c="orange.8" data-testid={testId('over-stock')}>{t('lines.overStock')}</Text>}
          {props.unpriced && <Text size="xs" c="orange.8" data-testid={testId('unpriced')}>{t('lines.noPriceInCurrency')}</Text>}
        </Group>
      )}
    </Paper>
  );
}
