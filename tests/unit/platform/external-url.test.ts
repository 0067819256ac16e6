import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, isAllowedExternalUrl, toAllowedExternalUrl } from '../../../shared/platform/external-url';

describe('external URL allow-list', () => {
  it.each([
    ['https://example.com/path?q=1', 'https://example.com/path?q=1'],
    ['http://192.168.1.10:8080/', 'http://192.168.1.10:8080/'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
    ['https://پیوند.example/صفحه', 'https://xn--ugb9bf9s0n.example/%D8%B5%D9%81%D8%AD%D9%87'],
    ['mailto:sales@example.com?subject=سلام', 'mailto:sales@example.com?subject=%D8%B3%D9%84%D8%A7%D9%85'],
    ['tel:+982112345678', 'tel:+982112345678'],
    ['  https://example.com  ', 'https://example.com/'],
  ])('allows %s as %s', (input, href) => {
    expect(toAllowedExternalUrl(input)).toBe(href);
    expect(isAllowedExternalUrl(input)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ftp://example.com/',
    'ms-settings:privacy',
    'peyvand://open',
    'app://peyvand/index.html',
    'chrome://settings',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    'mailto:',
    'tel:',
    '/relative/path',
    'example.com',
    '',
    `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`,
  ])('denies %s', (input) => {
    expect(toAllowedExternalUrl(input)).toBeNull();
    expect(isAllowedExternalUrl(input)).toBe(false);
  });

  it('denies non-strings', () => {
    for (const input of [undefined, null, 42, {}, ['https://example.com']]) expect(isAllowedExternalUrl(input)).toBe(false);
  });
});
