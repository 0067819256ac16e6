import type { QuoteStatus } from '../../../../shared/entities';

/** Badge colours: a draft is grey, a sent one waits (blue), the customer's answer is green or red. */
export const STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'teal',
  rejected: 'red',
};
