// The app's own origin inside Electron: the renderer is served from app://desk/ by our protocol
// handler, never from a remote URL or file://. Non-special schemes have an opaque URL.origin
// ("null"), so protocol and host are compared directly.
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
