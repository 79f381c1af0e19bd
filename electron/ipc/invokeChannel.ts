// The one wrapper every call passes through, whichever shell carries it (Electron IPC or HTTP):
// refuse unknown channels, refuse senders that are not our own page, validate the argument
// against the channel's schema, and turn every outcome — thrown errors included — into a Result.
import { failure, success, type Result } from '../../shared/ipc/result';
import { channelArgumentSchemas, isChannel } from '../../shared/ipc/schemas';
import type { Channel } from '../../shared/ipc/contract';
import { HandlerError, type ApiHandlers } from './apiHandlers';

export type InvocationFailureCode = 'unknown-channel' | 'channel-not-allowed' | 'forbidden-sender' | 'invalid-argument' | 'internal-error';

export interface InvocationContext {
  /** URL of the frame that sent the call (Electron: event.senderFrame.url; HTTP: the Origin). */
  senderUrl: string | undefined;
}

export interface ChannelInvoker {
  (channel: string, argument: unknown, context: InvocationContext): Promise<Result<unknown>>;
}

export interface InvokerOptions {
  handlers: ApiHandlers;
  isTrustedSender: (senderUrl: string) => boolean;
  /** Narrows the channels this shell offers (kiosk mode); all of the contract when absent. */
  isChannelAllowed?: (channel: Channel) => boolean;
  /** Where unexpected errors are logged with their stack; the caller only sees the message. */
  log?: (message: string) => void;
}

export function createChannelInvoker({ handlers, isTrustedSender, isChannelAllowed = () => true, log = console.error }: InvokerOptions): ChannelInvoker {
  return async (channel, argument, context) => {
    if (!isChannel(channel)) return failure('unknown-channel', `There is no channel named "${printable(channel)}".`);
    if (!isChannelAllowed(channel)) return failure('channel-not-allowed', `"${channel}" is not offered here.`);
    if (context.senderUrl === undefined || !isTrustedSender(context.senderUrl)) {
      log(`ipc: refused "${channel}" from ${context.senderUrl === undefined ? 'an unknown sender' : printable(context.senderUrl)}`);
      return failure('forbidden-sender', `"${channel}" may only be called by the app's own page.`);
    }
    const parsed = channelArgumentSchemas[channel].safeParse(argument);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'argument'}: ${issue.message}`);
      return failure('invalid-argument', `Bad argument for "${channel}": ${problems.join('; ')}.`);
    }
    try {
      return success(await callHandler(handlers, channel, parsed.data));
    } catch (error) {
      if (error instanceof HandlerError) return failure(error.code, error.message);
      log(`ipc: "${channel}" failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return failure('internal-error', `"${channel}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function callHandler<C extends Channel>(handlers: ApiHandlers, channel: C, argument: unknown): unknown {
  // The schema for `channel` has just accepted `argument`, so it has the channel's argument type.
  const handler = handlers[channel] as (argument: unknown) => unknown;
  return handler(argument);
}

/** Channel names and URLs come from the other side: keep log lines and messages short and one line. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine;
}
