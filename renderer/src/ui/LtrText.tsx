import type { ReactNode } from 'react';
import { withDigits } from '../../../shared/text/digits';
import { useDisplayPrefs } from './prefs';

export interface LtrTextProps {
  children: ReactNode;
  /**
   * Write the digits in the user's style. Off by default: phone numbers, e-mails, codes
   * and IBANs stay ASCII, because that is how they are typed, dialled and pasted.
   */
  localizeDigits?: boolean;
  className?: string;
  title?: string;
}

/** A left-to-right island in (possibly) right-to-left text, so "+98 912…" keeps its order. */
export function LtrText({ children, localizeDigits = false, className, title }: LtrTextProps) {
  const { digits } = useDisplayPrefs();
  const plain = typeof children === 'string' || typeof children === 'number';
  return (
    <bdi dir="ltr" className={className} title={title}>
      {localizeDigits && plain ? withDigits(String(children), digits) : children}
    </bdi>
  );
}
