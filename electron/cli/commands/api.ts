// `kb api <channel> [argument-as-JSON] --data <user-data-dir>`: calls the running desk's browser host
// API as its own page does, with the key the host wrote for this run to <user-data>/browser-host.json
// (readable by its owner only). Prints the JSON Result; exits 0 when it is ok, 1 when not.
import { parseArgs } from 'node:util';
import { readHostAccessFile } from '../../host/hostAccessKey';

const USAGE = 'usage: kb api <channel> [argument as JSON] --data <user-data-dir>   e.g. kb api enquiry:list --data ~/.config/dttc-knowledge-desk';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { data: { type: 'string' } } });
  } catch (error) {
    console.error(`kb api: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [channel, argumentText, ...extra] = parsed.positionals;
  const dataFolder = parsed.values.data;
  if (!channel || extra.length > 0 || !dataFolder) {
    console.error(USAGE);
    return 2;
  }
  let argument: unknown;
  if (argumentText !== undefined) {
    try {
      argument = JSON.parse(argumentText);
    } catch (error) {
      console.error(`kb api: the argument is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return 2;
    }
  }
  const access = await readHostAccessFile(dataFolder);
  if (!access.ok) {
    console.error(`kb api: ${access.message}`);
    return 1;
  }
  let response: Response;
  try {
    response = await fetch(new URL(`api/${encodeURIComponent(channel)}`, access.access.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access.access.key}` },
      body: JSON.stringify(argument === undefined ? {} : { argument }),
    });
  } catch (error) {
    console.error(`kb api: the browser host at ${access.access.url} did not answer (${error instanceof Error ? error.message : String(error)}); is it still running?`);
    return 1;
  }
  const text = await response.text();
  let result: { ok?: unknown };
  try {
    result = JSON.parse(text) as { ok?: unknown };
  } catch {
    console.error(`kb api: the host answered HTTP ${response.status} without a result`);
    return 1;
  }
  console.log(JSON.stringify(result, null, 2));
  return result.ok === true ? 0 : 1;
}
