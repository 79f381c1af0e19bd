// `kb kiosk-pin set --data <user-data-folder>`: the installer step that sets the staff PIN which
// leaves kiosk mode. The PIN is read from standard input (never from the command line, where
// other users and shell history would see it); only its salted hash is written.
// `kb kiosk-pin status --data <folder>` says whether a PIN is set.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KioskPinError, openKioskPinStore } from '../../kiosk/kioskPinStore';

const USAGE = 'usage: kb kiosk-pin set --data <user-data-folder>   (reads the PIN, 6 to 12 digits, from standard input)\n       kb kiosk-pin status --data <user-data-folder>';

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1024) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { data: { type: 'string' } } });
  } catch (error) {
    console.error(`kb kiosk-pin: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [action, ...extra] = parsed.positionals;
  if ((action !== 'set' && action !== 'status') || extra.length > 0 || !parsed.values.data) {
    console.error(USAGE);
    return 2;
  }
  const store = openKioskPinStore(resolve(parsed.values.data));
  if (action === 'status') {
    const set = await store.isSet();
    console.log(set ? 'A kiosk PIN is set.' : 'No kiosk PIN is set: kiosk mode cannot be left from the kiosk.');
    return set ? 0 : 1;
  }
  if (process.stdin.isTTY) console.error('Type the kiosk PIN (6 to 12 digits) and press Enter:');
  const pin = (await readStandardInput()).split(/\r?\n/, 1)[0]?.trim() ?? '';
  try {
    await store.set(pin);
  } catch (error) {
    if (error instanceof KioskPinError) {
      console.error(`kb kiosk-pin: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(`Kiosk PIN set (salted scrypt hash in ${resolve(parsed.values.data)}).`);
  return 0;
}
