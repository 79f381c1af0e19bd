import { describe, expect, it } from 'vitest';
import { insecureWebPreferences, mainWindowOptions, secureWebPreferences } from './windows';

describe('window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/dist-electron/preload/index.cjs', bounds: { width: 1000, height: 700 }, title: 'DTTC Knowledge Desk' });

  it('set every security flag of the checklist', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
    expect(options.webPreferences?.preload).toBe('/app/dist-electron/preload/index.cjs');
    expect(insecureWebPreferences(options.webPreferences ?? {})).toEqual([]);
  });

  it('keep the window hidden until painted, at the restored size', () => {
    expect(options).toMatchObject({ show: false, width: 1000, height: 700, title: 'DTTC Knowledge Desk', kiosk: false });
  });

  it.each([
    ['contextIsolation', false],
    ['sandbox', false],
    ['nodeIntegration', true],
    ['nodeIntegrationInWorker', true],
    ['nodeIntegrationInSubFrames', true],
    ['webSecurity', false],
    ['allowRunningInsecureContent', true],
    ['webviewTag', true],
    ['experimentalFeatures', true],
  ] as const)('are found insecure when %s is %s', (key, value) => {
    const problems = insecureWebPreferences({ ...secureWebPreferences('/preload.cjs'), [key]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(key);
  });

  it('are found insecure with Blink features switched on', () => {
    expect(insecureWebPreferences({ ...secureWebPreferences('/preload.cjs'), enableBlinkFeatures: 'CSSPaintAPI' })).toHaveLength(1);
  });

  it("take Electron's secure defaults for absent keys", () => {
    expect(insecureWebPreferences({})).toEqual([]);
  });
});
