import { Anchor } from '@mantine/core';
import { formatPhone } from '../../../shared/phone/phone';
import { LtrText } from './LtrText';
import { openThroughPlatform, telHref } from './external-link';

export interface PhoneLinkProps {
  /** Stored form, "+989121234567". */
  e164: string;
  /** Iranian numbers: national "0912 123 4567" (default; digits in the user's style) or "+98 912 123 4567"; foreign ones are always international. */
  format?: 'national' | 'international';
  className?: string;
}

export function PhoneLink({ e164, format = 'national', className }: PhoneLinkProps) {
  const text = formatPhone(e164, format);
  const href = telHref(e164);
  if (href === null) return <LtrText className={className} localizeDigits>{text}</LtrText>;
  return (
    <Anchor href={href} onClick={openThroughPlatform(href)} className={className}>
      <LtrText localizeDigits>{text}</LtrText>
    </Anchor>
  );
}
