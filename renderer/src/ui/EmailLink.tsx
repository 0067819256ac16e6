import { Anchor } from '@mantine/core';
import { LtrText } from './LtrText';
import { mailtoHref, openThroughPlatform } from './external-link';

export interface EmailLinkProps {
  address: string;
  className?: string;
}

export function EmailLink({ address, className }: EmailLinkProps) {
  const href = mailtoHref(address);
  if (href === null) return <LtrText className={className}>{address}</LtrText>;
  return (
    <Anchor href={href} onClick={openThroughPlatform(href)} className={className}>
      <LtrText>{address}</LtrText>
    </Anchor>
  );
}
