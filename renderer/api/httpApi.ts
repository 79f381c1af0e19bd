// The API over HTTP, as the browser host serves it: POST /api/<channel> with {"argument": …},
// answered by a JSON Result. A network failure or a non-JSON answer becomes a failed Result too.
import type { Channel } from '../../shared/ipc/contract';
import { failure, type Result } from '../../shared/ipc/result';
import { apiFromTransport, type Api } from './api';

/** `key`: the browser host's API key (./hostKey.ts), sent on every call; none on a kiosk host. */
export function createHttpApi(baseUrl: string, key?: string): Api {
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
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return failure('bad-response', `The app's host answered "${channel}" with HTTP ${response.status} and no result.`);
    }
  });
}
