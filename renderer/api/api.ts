// The renderer talks to its host only through this type: one async function per contract channel,
// each answering a Result. Components get it from ApiContext, so a test can hand them another one.
import type { Channel, ChannelArgument, ChannelValue } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

export type Api = {
  [C in Channel]: (argument: ChannelArgument<C>) => Promise<Result<ChannelValue<C>>>;
};

/** Builds an Api from one function that carries any channel (HTTP or the Electron preload). */
export function apiFromTransport(transport: (channel: Channel, argument: unknown) => Promise<Result<unknown>>): Api {
  // Any channel name passes through to the host, which refuses unknown ones; a Proxy keeps the
  // runtime channel list (and zod, which holds it) out of the page bundle.
  return new Proxy({} as Api, {
    get: (_target, channel) => (typeof channel === 'string' ? (argument: unknown) => transport(channel as Channel, argument) : undefined),
  });
}
