import { shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAllowedExternalUrl } from '@shared/ipc/contract';
import { isTrustedUrl, trustedOrigins } from './origins';

/** Sent as a header on every app:// response; renderer/index.html repeats it as a <meta>. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

function openIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/**
 * Every webContents (windows, devtools, anything created later) gets these rules: no new windows, no
 * navigation away from the app, no <webview>. Links to https:/mailto: go to the system browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: readonly string[] = trustedOrigins(),
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (isTrustedUrl(url, origins)) return;
    event.preventDefault();
    openIfAllowed(url);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Deny every permission, with two exceptions for our own pages: writing to the clipboard (Chromium asks for
 * `clipboard-sanitized-write` before `navigator.clipboard.writeText`, still only on a user gesture; copying
 * a message to paste into a marketplace is a core task) and notifications (reminders that come due).
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write', 'notifications'];

export function hardenSession(session: Session, origins: readonly string[] = trustedOrigins()): void {
  const allowed = (permission: string, url: string): boolean =>
    GRANTED_PERMISSIONS.includes(permission) && isTrustedUrl(url, origins);
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowed(permission, details.requestingUrl ?? contents?.getURL() ?? ''));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin),
  );
}
