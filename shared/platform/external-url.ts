/**
 * Which URLs the app may hand to the operating system (default browser, mail client,
 * dialler). Shared so the Electron main process, the preload and the browser edition
 * apply one rule: anything else (file:, javascript:, smb:, custom app schemes…) can run
 * code or leak credentials outside the sandbox.
 */
export const ALLOWED_EXTERNAL_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** Long enough for any real link; a cap keeps giant strings away from the OS handlers. */
export const MAX_EXTERNAL_URL_LENGTH = 4096;

/**
 * The normalized URL to open, or null when it is not allowed. Callers open the returned
 * href, never their input, so what was checked is exactly what is opened.
 */
export function toAllowedExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (!(ALLOWED_EXTERNAL_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.hostname) return null;
    // user:pass@host is a phishing trick (https://bank.ir@evil.example) and never needed here.
    if (url.username || url.password) return null;
  } else if (url.pathname.length === 0) {
    return null; // bare "mailto:" or "tel:"
  }
  return url.href;
}

export function isAllowedExternalUrl(input: unknown): boolean {
  return toAllowedExternalUrl(input) !== null;
}
