import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseHostArguments } from './hostArguments';

describe('the browser host command line', () => {
  it('defaults to 127.0.0.1 on the default port', () => {
    expect(parseHostArguments([])).toEqual({ ok: true, value: { host: '127.0.0.1', port: DEFAULT_PORT, kiosk: false, dataFolder: undefined, catalogueFolder: undefined, rendererFolder: undefined } });
  });
  it('reads every option', () => {
    expect(parseHostArguments(['--port', '0', '--host', '0.0.0.0', '--data', '/tmp/d', '--catalogue', 'tests/fixtures/catalogue', '--renderer', 'dist/renderer', '--kiosk'])).toEqual({
      ok: true,
      value: { host: '0.0.0.0', port: 0, dataFolder: '/tmp/d', catalogueFolder: 'tests/fixtures/catalogue', rendererFolder: 'dist/renderer', kiosk: true },
    });
  });
  it('serves other machines only as a read-only kiosk host', () => {
    expect(parseHostArguments(['--host', '192.168.1.10', '--kiosk'])).toMatchObject({ ok: true, value: { host: '192.168.1.10', kiosk: true } });
    expect(parseHostArguments(['--host', 'localhost'])).toMatchObject({ ok: true, value: { host: 'localhost', kiosk: false } });
  });

  it.each([
    [['--port', 'eighty'], '--port must be a whole number'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--host', ' '], '--host needs an address'],
    [['--colour', 'blue'], "Unknown option '--colour'"],
    [['stray'], 'Unexpected argument'],
    [['--host', '0.0.0.0'], 'add --kiosk'],
  ])('explains what is wrong with %j', (args, message) => {
    const parsed = parseHostArguments(args);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});
