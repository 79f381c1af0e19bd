import { describe, expect, it } from 'vitest';
import { CHANNELS } from './channels';
import { channelArgumentSchemas } from './schemas';

describe('the channel list', () => {
  it('names exactly the channels that have argument schemas', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(channelArgumentSchemas).sort());
  });
});
