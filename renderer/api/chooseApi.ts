// The one place that decides which host the renderer runs in.
import type { Api } from './api';
import { createElectronApi, type PreloadBridge } from './electronApi';
import { createHttpApi } from './httpApi';
import { hostKey } from './hostKey';

declare global {
  interface Window {
    /** Set by the Electron preload only. */
    dttc?: PreloadBridge;
  }
}

export function chooseApi(): Api {
  if (window.dttc) return createElectronApi(window.dttc);
  return createHttpApi(new URL('./', window.location.href).href, hostKey(window.sessionStorage));
}
