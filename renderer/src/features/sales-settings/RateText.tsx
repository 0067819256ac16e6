import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimalNumber, type CurrencyCode, type Decimal } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { currencyName } from './currency-names';
import { rialsToTomans } from './rate-rules';

/**
 * «۱٬۰۵۰٬۰۰۰ ریال برای ۱ دلار» / "1,050,000 IRR per 1 USD": a rate in the stored unit,
 * in the user's digits; a user who reads prices in tomans also sees the toman figure.
 */
export function useRateText() {
  const { t, i18n } = useTranslation('salesSettings');
  const fmt = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'fa';
  const unit = (code: CurrencyCode) => (language === 'fa' ? currencyName(code, 'fa') : code);
  return {
    main: (rate: string | Decimal, currency: CurrencyCode, base: CurrencyCode) =>
      t('rates.perUnit', {
        rate: formatDecimalNumber(rate, { digits: fmt.prefs.digits }),
        base: unit(base),
        one: fmt.digits(1),
        currency: unit(currency),
      }),
    toman: (rate: string | Decimal, base: CurrencyCode) =>
      base === 'IRR' && fmt.prefs.irrUnit === 'toman'
        ? t('rates.inToman', { rate: formatDecimalNumber(rialsToTomans(rate), { digits: fmt.prefs.digits }) })
        : null,
  };
}

export function RateText({ rate, currency, base, size = 'sm' }: { rate: string | Decimal; currency: CurrencyCode; base: CurrencyCode; size?: string }) {
  const text = useRateText();
  const toman = text.toman(rate, base);
  return (
    <Text size={size} component="span" data-testid="rate-text">
      {text.main(rate, currency, base)}
      {toman && <Text span c="dimmed" size="xs">{` ${toman}`}</Text>}
    </Text>
  );
}
