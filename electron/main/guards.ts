// Decisions on what a page may do beyond showing itself, as plain functions tested in Node:
// navigation, new windows, webviews and permission requests are refused; allowed links (https:,
// mailto:) leave through the system's browser or mail client, never inside the app.
import { isAllowedExternalUrl } from '../../shared/ipc/externalLinks';
import { isAppUrl } from './appOrigin';

export interface LinkDecision {
  /** Whether the page itself may go there. */
  allow: boolean;
  /** A link to hand to shell.openExternal instead. */
  openExternally?: string;
}

/** will-navigate / will-redirect / will-frame-navigate: stay on the app's own pages. */
export function navigationDecision(targetUrl: string): LinkDecision {
  if (isAppUrl(targetUrl)) return { allow: true };
  return isAllowedExternalUrl(targetUrl) ? { allow: false, openExternally: targetUrl } : { allow: false };
}

/** setWindowOpenHandler: never a new app window; an allowed link opens outside. */
export function newWindowDecision(targetUrl: string): LinkDecision {
  return isAllowedExternalUrl(targetUrl) ? { allow: false, openExternally: targetUrl } : { allow: false };
}

/**
 * setPermissionRequestHandler / setPermissionCheckHandler. The only permission the app uses is
 * writing plain text to the clipboard (copy phone and e-mail), and only from its own page.
 */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** will-attach-webview: no webviews, ever (the window also has webviewTag: false). */
export function isWebviewAllowed(): false {
  return false;
}
