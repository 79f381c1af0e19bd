import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './appOrigin';
import { isPermissionGranted, isWebviewAllowed, navigationDecision, newWindowDecision } from './guards';

describe('the app origin', () => {
  it.each([APP_ENTRY_URL, 'app://desk/', 'app://desk/assets/index-abc.js', 'APP://DESK/index.html'])('recognises %s as our own', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each(['app://other/index.html', 'app://desk.evil.example/', 'app://user@desk/', 'file:///index.html', 'https://desk/', 'http://127.0.0.1/', 'about:blank', '', 'devtools://devtools/'])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('navigation guard', () => {
  it("lets the page reload its own pages", () => {
    expect(navigationDecision('app://desk/index.html')).toEqual({ allow: true });
  });
  it('refuses remote pages, sending allowed links to the system browser instead', () => {
    expect(navigationDecision('https://drdo.gov.in/')).toEqual({ allow: false, openExternally: 'https://drdo.gov.in/' });
    expect(navigationDecision('mailto:dttc@drdo.in')).toEqual({ allow: false, openExternally: 'mailto:dttc@drdo.in' });
  });
  it.each(['javascript:alert(1)', 'http://drdo.gov.in/', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'app://other/', 'chrome://settings'])('refuses %s outright', (url) => {
    expect(navigationDecision(url)).toEqual({ allow: false });
  });
});

describe('new-window guard', () => {
  it('never opens an app window, not even for our own pages', () => {
    expect(newWindowDecision('app://desk/index.html')).toEqual({ allow: false });
  });
  it('opens allowed links outside', () => {
    expect(newWindowDecision('https://drdo.gov.in/dttc')).toEqual({ allow: false, openExternally: 'https://drdo.gov.in/dttc' });
  });
  it.each(['javascript:alert(1)', 'http://example.org/', 'file:///C:/Windows/system32/calc.exe', 'smb://host/share'])('drops %s', (url) => {
    expect(newWindowDecision(url)).toEqual({ allow: false });
  });
});

describe('permission guard', () => {
  it('grants only clipboard writes, and only to our own page', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://desk/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
  });
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown'])('refuses %s even to our own page', (permission) => {
    expect(isPermissionGranted(permission, 'app://desk/index.html')).toBe(false);
  });
});

describe('webview guard', () => {
  it('refuses every webview', () => {
    expect(isWebviewAllowed()).toBe(false);
  });
});
