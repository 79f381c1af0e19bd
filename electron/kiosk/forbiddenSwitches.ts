// A kiosk must not be reachable by a debugger: Chromium's --remote-debugging-port or Node's
// --inspect would let anyone on the machine (or the network) drive the window and read its data.
// The shell refuses to start in kiosk mode when any of these is on its command line or in
// NODE_OPTIONS / ELECTRON_* variables that carry switches.
const FORBIDDEN_PREFIXES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--remote-debugging-address',
  '--remote-allow-origins',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--inspect-publish-uid',
  '--debug',
  '--debug-brk',
  '--js-flags',
  '--enable-logging',
  '--auto-open-devtools-for-tabs',
] as const;

function switchName(argument: string): string {
  return argument.split('=', 1)[0]?.toLowerCase() ?? '';
}

/** Chromium also reads "-switch" and, on Windows, "/switch". */
function asDoubleDash(argument: string): string {
  if (argument.startsWith('--')) return argument;
  if (argument.startsWith('-')) return `-${argument}`;
  if (argument.startsWith('/')) return `--${argument.slice(1)}`;
  return argument;
}

/** The switches in `argv` (and the given environment) that a kiosk refuses, as written. */
export function findForbiddenSwitches(argv: readonly string[], environment: Readonly<Record<string, string | undefined>> = {}): string[] {
  const fromEnvironment = ['NODE_OPTIONS', 'ELECTRON_EXTRA_LAUNCH_ARGS'].flatMap((name) => (environment[name] ?? '').split(/\s+/).filter(Boolean));
  const found = [...argv, ...fromEnvironment].filter((argument) => {
    const name = switchName(asDoubleDash(argument));
    return FORBIDDEN_PREFIXES.some((prefix) => name === prefix || name.startsWith(`${prefix}-`));
  });
  if (environment.ELECTRON_ENABLE_LOGGING) found.push('ELECTRON_ENABLE_LOGGING');
  if (environment.ELECTRON_RUN_AS_NODE) found.push('ELECTRON_RUN_AS_NODE');
  return found;
}

/** The message the kiosk prints and exits with (code 2) instead of starting. */
export function forbiddenSwitchesMessage(found: readonly string[]): string {
  return `Kiosk mode refuses to start with debugging switches: ${found.join(', ')}. Start it without them.`;
}
