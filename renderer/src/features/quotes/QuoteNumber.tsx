import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quoteDisplayNumber, type QuoteDoc } from '../../../../shared/entities';

/**
 * The number a quote goes by: the final one from the server, or until then the device's
 * provisional one, marked as such ("provisional — final number on sync").
 */
export function QuoteNumber({ quote, compact = false }: { quote: Pick<QuoteDoc, 'number' | 'provisionalNumber'>; compact?: boolean }) {
  const { t } = useTranslation('quotes');
  const provisional = quote.number === '';
  return (
    <Group gap={6} wrap="nowrap" component="span" data-testid="quote-number" data-provisional={provisional || undefined} style={{ display: 'inline-flex' }}>
      <bdi dir="ltr">{quoteDisplayNumber(quote)}</bdi>
      {provisional && compact && (
        <Badge component="span" size="xs" variant="light" color="yellow" title={t('number.provisionalHint')}>{t('number.provisional')}</Badge>
      )}
      {provisional && !compact && (
        <Tooltip label={t('number.provisionalHint')} withArrow multiline w={260}>
          <Badge component="span" size="sm" variant="light" color="yellow" tabIndex={0} aria-label={t('number.provisionalHint')} data-testid="provisional-badge">
            {t('number.provisional')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
