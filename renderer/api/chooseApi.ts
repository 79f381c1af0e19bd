// The one place that decides which host the renderer runs in.
import type { Api } from './api';
import { createElectronApi, type PreloadBridge } from './electronApi';
import { createHttpApi } from './httpApi';
import { hostKey, KEY_REQUIRED_ADDRESS } from './hostKey';

declare global {
  interface Window {
    /** Set by the Electron preload only. */
    dttc?: PreloadBridge;
  }
}

export function chooseApi(): Api {
  if (window.dttc) return createElectronApi(window.dttc);
  const base = new URL('./', window.location.href).href;
  // A tab the desk did not open (a bookmark, a new tab, a key from an earlier start) goes to the
  // host's page that says, in English and Hindi, how to open the desk: the host answers a tab's
  // navigation to any API address without the key with it (electron/host/keyRequiredPage.ts).
  return createHttpApi(base, hostKey(window.sessionStorage), () => window.location.replace(new URL(KEY_REQUIRED_ADDRESS, base).href));
}
