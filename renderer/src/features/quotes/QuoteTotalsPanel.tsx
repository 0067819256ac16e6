import { Divider, Grid, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, QuoteDiscount } from '../../../../shared/entities';
import { amountInWords, money } from '../../../../shared/money';
import type { QuoteTotals } from '../../../../shared/sales';
import { MoneyInput } from '../../ui/MoneyInput';
import { MoneyText } from '../../ui/MoneyText';
import { useDisplayPrefs } from '../../ui/prefs';
import { DecimalInput } from './DecimalInput';
import { discountKind, withDiscountKind, type DiscountKind } from './quote-lines';

interface TotalsPanelProps {
  currency: string;
  discount: QuoteDiscount | null;
  vatPercent: string;
  /** null while some amount does not compute (the errors say why). */
  totals: QuoteTotals | null;
  errors: FieldErrors;
  onDiscount(discount: QuoteDiscount | null): void;
  onVatPercent(vatPercent: string): void;
  onValidityChange(widget: string, valid: boolean): void;
}

function Row({ label, children, strong, testId }: { label: string; children: ReactNode; strong?: boolean; testId: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" fw={strong ? 700 : 400}>{label}</Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 800 : 500} data-testid={testId}>{children}</Text>
    </Group>
  );
}

/** Overall discount, VAT and the totals, recomputed on every keystroke; the total in words. */
export function QuoteTotalsPanel({ currency, discount, vatPercent, totals, errors, onDiscount, onVatPercent, onValidityChange }: TotalsPanelProps) {
  const { t } = useTranslation('quotes');
  const prefs = useDisplayPrefs();
  const tr = (key: string | undefined) => (key ? t(key) : undefined);
  const shown = (value: number | undefined) => (totals && value !== undefined ? <MoneyText value={money(value, currency)} /> : '—');

  return (
    <Paper withBorder p="md" data-testid="quote-totals" data-total-minor={totals?.total.amountMinor}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('totals.overallDiscount')}
                value={discountKind(discount)}
                onChange={(e) => onDiscount(withDiscountKind(discount, e.currentTarget.value as DiscountKind))}
                data={(['none', 'percent', 'amount'] as const).map((k) => ({ value: k, label: t(`discount.${k}`) }))}
                data-testid="overall-discount-kind"
                w={140}
              />
              {discount?.kind === 'percent' && (
                <DecimalInput
                  label={t('lines.discountPercent')}
                  value={discount.percent}
                  onChange={(percent) => onDiscount({ kind: 'percent', percent })}
                  suffix={t('percentSign')}
                  error={tr(errors['discount.percent'] ?? errors.discount)}
                  data-testid="overall-discount-percent"
                />
              )}
              {discount?.kind === 'amount' && (
                <MoneyInput
                  label={t('lines.discountAmount')}
                  value={discount.amountMinor === 0 ? null : money(discount.amountMinor, currency)}
                  onChange={(m) => onDiscount({ kind: 'amount', amountMinor: m?.amountMinor ?? 0 })}
                  currencies={[currency]}
                  onValidityChange={(ok) => onValidityChange('discount', ok)}
                  error={tr(errors['discount.amountMinor'] ?? errors.discount)}
                  data-testid="overall-discount-amount"
                />
              )}
            </Group>
            <DecimalInput
              label={t('fields.vatPercent')}
              value={vatPercent}
              onChange={onVatPercent}
              suffix={t('percentSign')}
              error={tr(errors.vatPercent)}
              required
              data-testid="quote-vat"
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap={6}>
            <Row label={t('totals.subtotal')} testId="total-subtotal">{shown(totals?.subtotal.amountMinor)}</Row>
            <Row label={t('totals.discount')} testId="total-discount">{shown(totals?.discount.amountMinor)}</Row>
            <Row label={t('totals.taxable')} testId="total-taxable">{shown(totals?.taxable.amountMinor)}</Row>
            <Row label={t('totals.vat')} testId="total-vat">{shown(totals?.vat.amountMinor)}</Row>
            <Divider />
            <Row label={t('totals.total')} strong testId="total-total">{shown(totals?.total.amountMinor)}</Row>
            <Text size="sm" c="dimmed" data-testid="total-words">
              {totals ? t('totals.inWords', { words: amountInWords(totals.total, prefs.language, prefs.irrUnit) }) : t('totals.fixErrors')}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
