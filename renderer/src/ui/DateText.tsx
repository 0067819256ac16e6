import type { ReactNode } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { fullDateLabel, safeFormatDate } from './date/calendar-view';
import { useDisplayPrefs } from './prefs';

export interface DateTextProps {
  /** A business date 'YYYY-MM-DD'; '' shows `empty`. */
  value: string;
  /** short "۱۴۰۳/۱۲/۳۰", medium "۳۰ اسفند ۱۴۰۳" (default), long "پنجشنبه ۳۰ اسفند ۱۴۰۳". */
  format?: 'short' | 'medium' | 'long';
  empty?: ReactNode;
  className?: string;
}

/** A date in the user's calendar and digits; the full date is in the tooltip. */
export function DateText({ value, format = 'medium', empty = '—', className }: DateTextProps) {
  const prefs = useDisplayPrefs();
  if (value === '') return <>{empty}</>;
  const valid = isIsoDate(value);
  return (
    <time
      dateTime={valid ? value : undefined}
      title={valid ? fullDateLabel(value, prefs) : undefined}
      className={className}
      // Year/month/day runs read left to right in both languages; named months follow the language.
      dir={format === 'short' ? 'ltr' : undefined}
      style={{ unicodeBidi: 'isolate' }}
    >
      {safeFormatDate(value, prefs, format)}
    </time>
  );
}
