import type { MouseEvent } from 'react';
import { toAllowedExternalUrl } from '../../../shared/platform/external-url';
import { getPlatform } from '../platform';

export function telHref(e164: string): string | null {
  return toAllowedExternalUrl(`tel:${e164}`);
}

export function mailtoHref(address: string): string | null {
  return toAllowedExternalUrl(`mailto:${address}`);
}

/**
 * tel:/mailto: links go through the platform: in Electron a plain navigation would
 * replace the app window, and the platform applies the one allow-list of schemes.
 */
export function openThroughPlatform(href: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    getPlatform().openExternal(href);
  };
}
