import { describe, expect, it } from 'vitest';
import { findForbiddenSwitches, forbiddenSwitchesMessage } from './forbiddenSwitches';
import { decideKioskPrint, isBlockedKioskShortcut, isKioskDownloadAllowed, isKioskNavigationAllowed, isKioskPermissionGranted, kioskWindowOpenAnswer, type KeyInput } from './kioskPolicy';
import { kioskWindowOptions } from './kioskWindowOptions';

describe('kiosk window options', () => {
  it('is a full-screen kiosk window with no menu and no dev tools', () => {
    const base = { title: 'DTTC Knowledge Desk', width: 1200, height: 800 };
    const options = kioskWindowOptions(base);
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true, resizable: false, minimizable: false });
    expect(options.webPreferences.devTools).toBe(false);
  });

  it('forces the security flags whatever the base options say, keeping the base preload', () => {
    // Every flag turned off on purpose: the input a careless caller could pass, which the kiosk must override.
    const base = {
      title: 'Kiosk',
      kiosk: false,
      show: true,
      webPreferences: { preload: '/app/preload.js', sandbox: false, contextIsolation: false, nodeIntegration: true, devTools: true, webSecurity: false },
    };
    const options = kioskWindowOptions(base);
    expect(options.title).toBe('Kiosk');
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableDialogs: true,
    });
  });
});

describe('start-up switches', () => {
  it('finds debugging switches in argv, with = or as separate values, one dash or two', () => {
    expect(findForbiddenSwitches(['app', '--kiosk', '--remote-debugging-port=9222'])).toEqual(['--remote-debugging-port=9222']);
    expect(findForbiddenSwitches(['app', '--inspect'])).toEqual(['--inspect']);
    expect(findForbiddenSwitches(['app', '--inspect-brk=0.0.0.0:9229'])).toEqual(['--inspect-brk=0.0.0.0:9229']);
    expect(findForbiddenSwitches(['app', '-remote-debugging-port', '9222'])).toEqual(['-remote-debugging-port']);
    expect(findForbiddenSwitches(['app', '--REMOTE-DEBUGGING-PIPE'])).toEqual(['--REMOTE-DEBUGGING-PIPE']);
    expect(findForbiddenSwitches(['app', '/remote-debugging-port=1'])).toEqual(['/remote-debugging-port=1']);
  });

  it('finds them in NODE_OPTIONS and refuses ELECTRON_RUN_AS_NODE', () => {
    expect(findForbiddenSwitches([], { NODE_OPTIONS: '--max-old-space-size=512 --inspect=9229' })).toEqual(['--inspect=9229']);
    expect(findForbiddenSwitches([], { ELECTRON_RUN_AS_NODE: '1' })).toEqual(['ELECTRON_RUN_AS_NODE']);
  });

  it('lets ordinary switches and look-alike words through', () => {
    expect(findForbiddenSwitches(['app', '--kiosk', '--data=/var/kiosk', '--inspector-name', 'inspect', '/home/kiosk'])).toEqual([]);
  });

  it('explains the refusal naming the switches', () => {
    expect(forbiddenSwitchesMessage(['--inspect'])).toContain('--inspect');
  });
});

describe('kiosk policy', () => {
  const app = 'app://desk/index.html';
  it('navigates only within the app', () => {
    expect(isKioskNavigationAllowed('app://desk/index.html#/entry/x', app)).toBe(true);
    expect(isKioskNavigationAllowed('https://drdo.gov.in/', app)).toBe(false);
    expect(isKioskNavigationAllowed('file:///etc/passwd', app)).toBe(false);
    expect(isKioskNavigationAllowed('app://other/index.html', app)).toBe(false);
    expect(isKioskNavigationAllowed('not a url', app)).toBe(false);
  });

  it('opens no windows, grants no permission, downloads nothing', () => {
    expect(kioskWindowOpenAnswer()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'fileSystem', 'clipboard-read', 'openExternal']) expect(isKioskPermissionGranted(permission)).toBe(false);
    expect(isKioskDownloadAllowed()).toBe(false);
  });

  const key = (value: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: value, control: false, meta: false, alt: false, shift: false, ...modifiers });
  it('blocks reload, dev tools, print, save, full-screen and history shortcuts, but not typing or editing', () => {
    for (const blocked of [key('F12'), key('F5'), key('F11'), key('r', { control: true }), key('I', { control: true, shift: true }), key('p', { control: true }), key('p', { meta: true }), key('s', { control: true }), key('ArrowLeft', { alt: true }), key('F4', { alt: true }), key('+', { control: true })]) {
      expect(isBlockedKioskShortcut(blocked), JSON.stringify(blocked)).toBe(true);
    }
    for (const allowed of [key('a'), key('A', { shift: true }), key('क'), key('Backspace'), key('Enter'), key('a', { control: true }), key('v', { control: true }), key('ArrowLeft'), key('F12', { type: 'keyUp' })]) {
      expect(isBlockedKioskShortcut(allowed), JSON.stringify(allowed)).toBe(false);
    }
  });

  it('prints only silently to the configured, connected paper printer', () => {
    expect(decideKioskPrint({ mode: 'disabled' }, ['HP LaserJet'])).toMatchObject({ allowed: false });
    expect(decideKioskPrint({ mode: 'printer', deviceName: 'HP LaserJet' }, ['HP LaserJet', 'Microsoft Print to PDF'])).toEqual({
      allowed: true,
      options: { silent: true, deviceName: 'HP LaserJet', printBackground: true },
    });
    expect(decideKioskPrint({ mode: 'printer', deviceName: 'HP LaserJet' }, [])).toMatchObject({ allowed: false, reason: expect.stringContaining('not connected') });
    expect(decideKioskPrint({ mode: 'printer', deviceName: 'Microsoft Print to PDF' }, ['Microsoft Print to PDF'])).toMatchObject({ allowed: false });
    expect(decideKioskPrint({ mode: 'printer', deviceName: 'CUPS-PDF' }, ['CUPS-PDF'])).toMatchObject({ allowed: false });
  });
});
