// The shape of the object that answers every channel: one function per channel, typed by the contract.
import type { Channel, ChannelArgument, ChannelValue } from '../../shared/ipc/contract';

export type ApiHandlers = {
  [C in Channel]: (argument: ChannelArgument<C>) => ChannelValue<C> | Promise<ChannelValue<C>>;
};

/** An error a handler throws on purpose: its code and message reach the user as they are. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
