// The API over HTTP, as the browser host serves it: POST /api/<channel> with {"argument": …},
// answered by a JSON Result. A network failure or a non-JSON answer becomes a failed Result too.
import type { Channel } from '../../shared/ipc/contract';
import { failure, type Result } from '../../shared/ipc/result';
import { apiFromTransport, type Api } from './api';

/**
 * `key`: the browser host's API key (./hostKey.ts), sent on every call; none on a kiosk host.
 * `onKeyRefused`: called once when the host refuses the tab's key (none, or one from an earlier start,
 * 403 forbidden-sender); the call's Result then never comes, as the tab is leaving (./chooseApi.ts).
 */
export function createHttpApi(baseUrl: string, key?: string, onKeyRefused?: () => void): Api {
  let refused = false;
  return apiFromTransport(async (channel: Channel, argument: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(new URL(`api/${channel}`, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(argument === undefined ? {} : { argument }),
      });
    } catch (error) {
      return failure('unreachable', `The app's host did not answer (${error instanceof Error ? error.message : String(error)}).`);
    }
    let result: Result<unknown>;
    try {
      result = (await response.json()) as Result<unknown>;
    } catch {
      return failure('bad-response', `The app's host answered "${channel}" with HTTP ${response.status} and no result.`);
    }
    if (onKeyRefused && response.status === 403 && !result.ok && result.error.code === 'forbidden-sender') {
      if (!refused) onKeyRefused();
      refused = true;
      // No view shows the host's developer message meanwhile: the page the tab goes to says it all.
      return new Promise<never>(() => undefined);
    }
    return result;
  });
}
