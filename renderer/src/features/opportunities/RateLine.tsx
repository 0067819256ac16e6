import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FoundRate, LockedRate } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { unitLabel } from '../../ui/money/money-field';
import { unitValue } from './close-plan';

/** "1 USD = 105,000 toman (rate of 12 Azar 1405)", in the user's unit, digits and calendar. */
export function RateLine({ rate, locked, testId }: { rate: FoundRate | LockedRate; locked?: boolean; testId?: string }) {
  const { t } = useTranslation('opportunities');
  const fmt = useFormatters();
  const value = fmt.money(unitValue(rate.from, rate.to, rate));
  const currency = unitLabel(rate.from, fmt.prefs.language, fmt.prefs.irrUnit);
  return (
    <Text size="xs" c="dimmed" data-testid={testId}>
      {t(locked ? 'rate.locked' : 'rate.line', { currency, value: `\u2068${value}\u2069`, date: fmt.date(rate.effectiveDate) })}
    </Text>
  );
}
