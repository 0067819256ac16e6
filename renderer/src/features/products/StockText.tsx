import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDisplayPrefs } from '../../ui/prefs';
import { formatQuantity, stockStatus } from './stock';

interface StockTextProps {
  stockQuantity: string;
  unit: string;
  size?: 'xs' | 'sm';
}

/** "۱۲ عدد", "not tracked" (dimmed) or a red "out of stock" badge nobody can miss. */
export function StockText({ stockQuantity, unit, size = 'sm' }: StockTextProps) {
  const { t } = useTranslation('products');
  const { digits } = useDisplayPrefs();
  const status = stockStatus(stockQuantity);
  if (status.kind === 'out') {
    return <Badge color="red" variant="light" size={size === 'xs' ? 'sm' : 'md'} data-testid="stock" data-stock="out">{t('stock.out')}</Badge>;
  }
  // Plain spans: cards and picker options render many of these while scrolling.
  const style = { fontSize: `var(--mantine-font-size-${size})`, whiteSpace: 'nowrap' } as const;
  if (status.kind === 'untracked') {
    return <span style={{ ...style, color: 'var(--mantine-color-dimmed)' }} data-testid="stock" data-stock="untracked">{t('stock.untracked')}</span>;
  }
  return (
    <span style={style} data-testid="stock" data-stock="in">
      <bdi dir="ltr">{formatQuantity(status.quantity, digits)}</bdi>{'\u00A0'}<bdi>{unit}</bdi>
    </span>
  );
}
