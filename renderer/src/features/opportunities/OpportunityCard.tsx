import { IconArrowsExchange, IconCalendarDue, IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { forwardRef, memo, type HTMLAttributes } from 'react';
import type { Money } from '../../../../shared/money';
import { withDigits } from '../../../../shared/text/digits';
import { DateText } from '../../ui/DateText';
import { MoneyText } from '../../ui/MoneyText';
import { useDisplayPrefs } from '../../ui/prefs';
import type { BoardDeal } from './board-model';
import classes from './board.module.css';

/**
 * The card's words, translated once per board rather than once per card: a board redraws
 * dozens of cards at a time.
 */
export interface CardLabels {
  probability: string;
  expectedCloseDate: string;
  late: string;
  owner: string;
  noAccount: string;
  readOnly: string;
  moveToShort: string;
  moveTo: (name: string) => string;
  noRate: (currency: string) => string;
  percent: (value: string) => string;
}

export function cardLabels(t: TFunction): CardLabels {
  return {
    probability: t('opportunities:fields.probability'),
    expectedCloseDate: t('opportunities:fields.expectedCloseDate'),
    late: t('opportunities:card.late'),
    owner: t('opportunities:fields.owner'),
    noAccount: t('opportunities:card.noAccount'),
    readOnly: t('opportunities:card.readOnly'),
    moveToShort: t('opportunities:card.moveToShort'),
    moveTo: (name) => t('opportunities:card.moveTo', { name }),
    noRate: (currency) => t('opportunities:card.noRate', { currency }),
    percent: (value) => t('opportunities:percent', { value }),
  };
}

export interface OpportunityCardViewProps extends HTMLAttributes<HTMLDivElement> {
  deal: BoardDeal;
  labels: CardLabels;
  /** undefined while loading, '' for none. */
  accountName: string | undefined;
  ownerName: string;
  /** The amount in the base currency; null when no rate covers its currency. */
  baseValue: Money | null;
  baseCurrency: string;
  today: string;
  readOnly?: boolean;
  dragging?: boolean;
  /** Picked up with the keyboard. */
  lifted?: boolean;
  overlay?: boolean;
  /** Opens the "move to stage" dialog (absent: no button, e.g. read-only). */
  onMoveMenu?: () => void;
}

/**
 * One deal on the board: name, account, amount and its base-currency value, probability,
 * expected close date and owner. Plain elements and a fixed height: columns are virtualized.
 */
export const OpportunityCardView = memo(
  forwardRef<HTMLDivElement, OpportunityCardViewProps>(function OpportunityCardView(
    { deal, labels, accountName, ownerName, baseValue, baseCurrency, today, readOnly, dragging, lifted, overlay, onMoveMenu, className, ...rest },
    ref,
  ) {
    const { digits } = useDisplayPrefs();
    const late = deal.expectedCloseDate !== '' && deal.expectedCloseDate < today;
    const classNames = [classes.card, readOnly && classes.cardReadOnly, dragging && classes.cardDragging, lifted && classes.cardLifted, overlay && classes.cardOverlay, className]
      .filter(Boolean)
      .join(' ');
    return (
      <div ref={ref} className={classNames} data-testid={overlay ? 'opportunity-card-overlay' : 'opportunity-card'} data-id={deal.id} data-stage={deal.stageId} data-probability={deal.probability} {...rest}>
        <div className={classes.cardTop}>
          <div className={classes.cardName} title={deal.name}><bdi>{deal.name}</bdi></div>
          {readOnly && <IconLock size={14} aria-label={labels.readOnly} className={classes.dim} />}
          {onMoveMenu && (
            <button
              type="button"
              className={classes.moveButton}
              aria-label={labels.moveTo(deal.name)}
              title={labels.moveToShort}
              data-testid="card-move"
              onClick={(e) => { e.stopPropagation(); onMoveMenu(); }}
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
            >
              <IconArrowsExchange size={14} aria-hidden />
            </button>
          )}
        </div>
        <div className={`${classes.line} ${classes.dim}`}>
          <bdi>{accountName === undefined ? '…' : accountName || labels.noAccount}</bdi>
        </div>
        <div className={`${classes.line} ${classes.amount}`} data-testid="card-amount"><MoneyText value={deal.amount} /></div>
        <div className={`${classes.line} ${baseValue ? classes.dim : classes.noRate}`} data-testid="card-base">
          {deal.amount.currency === baseCurrency ? '\u00A0' : baseValue ? <>≈ <MoneyText value={baseValue} /></> : labels.noRate(deal.amount.currency)}
        </div>
        <div className={classes.cardBottom}>
          <span className={classes.probability} title={labels.probability} data-testid="card-probability">
            {labels.percent(withDigits(String(deal.probability), digits))}
          </span>
          {deal.expectedCloseDate && (
            <span className={`${classes.line} ${late ? classes.late : ''}`} title={late ? labels.late : labels.expectedCloseDate}>
              <IconCalendarDue size={12} aria-hidden className={classes.inlineIcon} /> <DateText value={deal.expectedCloseDate} />
            </span>
          )}
          <span className={classes.owner} title={labels.owner}><bdi>{ownerName}</bdi></span>
        </div>
      </div>
    );
  }),
);
