import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteDoc } from '../../../../shared/entities';
import { money } from '../../../../shared/money';
import { DateText } from '../../ui/DateText';
import { MoneyText } from '../../ui/MoneyText';
import { STATUS_COLORS } from './quote-status';
import { QuoteNumber } from './QuoteNumber';
import classes from './quotes.module.css';

/** One quote in a list: number, customer (and title), total, status, issue date. */
export function QuoteRow({ quote, customer }: { quote: QuoteDoc; customer: string | undefined }) {
  const { t } = useTranslation('quotes');
  return (
    <div className={classes.row}>
      <div className={classes.number}><QuoteNumber quote={quote} compact /></div>
      <div className={classes.names}>
        <div className={classes.title}><bdi>{customer ?? (quote.accountId ? '…' : t('list.noCustomer'))}</bdi></div>
        <div className={classes.subtitle}><bdi>{quote.title || '—'}</bdi></div>
      </div>
      <div className={classes.total} data-testid="quote-row-total"><MoneyText value={money(quote.totals.totalMinor, quote.currency)} /></div>
      <div className={classes.status}>
        <Badge size="sm" variant="light" color={STATUS_COLORS[quote.status]}>{t(`status.${quote.status}`)}</Badge>
      </div>
      <div className={classes.date}><DateText value={quote.issueDate} format="short" /></div>
    </div>
  );
}
