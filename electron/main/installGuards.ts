// Applies the decisions of ./guards.ts to every web contents and to the session: no navigation away,
// no new windows, no webviews, no permissions but clipboard writes; allowed links open outside.
import { app, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { isAppUrl } from './appOrigin';
import { isPermissionGranted, isWebviewAllowed, navigationDecision, newWindowDecision, type LinkDecision } from './guards';

export function installGuards(session: Session, log: (message: string) => void, options: { kiosk?: boolean } = {}): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, log, options.kiosk ?? false));

  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl ?? contents.getURL());
    if (!granted) log(`refused permission "${permission}" for ${details.requestingUrl ?? contents.getURL()}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin));
  session.on('will-download', (event) => event.preventDefault());

  // The protocol handler already sends the CSP; this also covers any response it did not make.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    if (isAppUrl(details.url)) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

function guardContents(contents: WebContents, log: (message: string) => void, kiosk: boolean): void {
  const apply = (decision: LinkDecision, url: string, preventDefault: () => void) => {
    if (decision.allow) return;
    preventDefault();
    // A kiosk opens nothing outside itself: the visitor takes a QR code instead.
    if (decision.openExternally && !kiosk) void shell.openExternal(decision.openExternally);
    else log(`refused navigation to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => apply(navigationDecision(event.url), event.url, () => event.preventDefault()));
  contents.on('will-frame-navigate', (event) => apply(navigationDecision(event.url), event.url, () => event.preventDefault()));
  contents.on('will-redirect', (event) => apply(navigationDecision(event.url), event.url, () => event.preventDefault()));
  contents.setWindowOpenHandler(({ url }) => {
    apply(newWindowDecision(url), url, () => undefined);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    if (!isWebviewAllowed()) event.preventDefault();
  });
}
