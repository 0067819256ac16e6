import type { Session, WebContents } from 'electron';
import { type TrustedOrigins } from './app-origin';
import { createWindowOpenHandler, isAllowedNavigation, isPermissionAllowed, withContentSecurityPolicy } from './security';

/** Attaches the policies of security.ts to a session; called once, before any window. */
export function hardenSession(session: Session, trusted: TrustedOrigins, csp: string): void {
  // Documents from the dev server get our CSP as a header. Responses of app:// are served
  // by our protocol handler, which sets it itself (webRequest does not see custom schemes).
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, trusted));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trusted),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * Attaches navigation, window-open and webview guards to every WebContents the app
 * creates (wired through app 'web-contents-created', so none can be missed).
 */
export function hardenWebContents(
  contents: WebContents,
  trusted: TrustedOrigins,
  openExternal: (href: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
}
