// A stand-in for the `electron` module, for running the built main bundle in plain Node
// (../buildElectron.test.ts). It records what the shell asks of Electron, as JSON lines on stdout.
const report = (what, detail) => process.stdout.write(`${JSON.stringify({ what, detail })}\n`);
const noop = () => undefined;
exports.app = {
  requestSingleInstanceLock: () => true,
  quit: noop,
  exit: (code) => report('exit', code),
  on: noop,
  whenReady: () => Promise.resolve(),
  getVersion: () => '0.0.0-test',
  getAppPath: () => process.env.STUB_APP_PATH,
  getPath: () => process.env.STUB_USER_DATA,
  setPath: noop,
  isPackaged: false,
};
class BrowserWindow {
  constructor(options) {
    report('window', options.webPreferences);
  }
  maximize() {}
  once() {}
  on() {
    return this;
  }
  show() {}
  isDestroyed() {
    return false;
  }
  async loadURL(url) {
    report('load', url);
  }
}
BrowserWindow.getAllWindows = () => [];
exports.BrowserWindow = BrowserWindow;
exports.session = {
  defaultSession: {
    protocol: { handle: (scheme) => report('protocol', scheme) },
    setPermissionRequestHandler: noop,
    setPermissionCheckHandler: noop,
    on: noop,
    webRequest: { onHeadersReceived: noop },
  },
};
exports.shell = { openExternal: async () => undefined };
exports.protocol = { registerSchemesAsPrivileged: (schemes) => report('schemes', schemes) };
exports.ipcMain = { handle: (channel) => report('ipc', channel) };
exports.Menu = { buildFromTemplate: (template) => template, setApplicationMenu: () => report('menu', null) };
exports.dialog = { showMessageBox: noop, showSaveDialog: noop, showOpenDialog: noop };
// The sync transport in the shell is net.fetch (the system proxy applies); plain fetch stands in here.
exports.net = { fetch: (url, init) => globalThis.fetch(url, init) };
exports.screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
exports.contextBridge = { exposeInMainWorld: (key, value) => report('exposed', { key, functions: Object.keys(value) }) };
exports.ipcRenderer = { invoke: async () => undefined };
