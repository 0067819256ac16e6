/**
 * Content-Security-Policy of the built renderer (browser edition meta tag and the
 * static server's header). Nothing loads from outside the app; `connect-src` allows
 * http(s) because the sync server's URL is configured by the user (often on a LAN).
 * Mantine injects <style> tags at run time, hence 'unsafe-inline' for styles only.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
