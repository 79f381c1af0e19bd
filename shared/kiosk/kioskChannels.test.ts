import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../ipc/schemas';
import { isChannelAllowedInKiosk, kioskChannels } from './kioskChannels';

describe('kiosk channel allow-list', () => {
  it('lets kiosk pages read the catalogue and nothing that writes', () => {
    expect(kioskChannels('kiosk-host')).toEqual(['catalogue:closed', 'catalogue:entry', 'catalogue:info', 'catalogue:snapshot', 'catalogue:vocabulary', 'host:info', 'settings:get']);
    expect(kioskChannels('kiosk-window')).toEqual(['catalogue:closed', 'catalogue:entry', 'catalogue:info', 'catalogue:snapshot', 'catalogue:vocabulary', 'host:info', 'kiosk:exit', 'settings:get']);
  });

  it('refuses every other channel of the contract, and unknown names', () => {
    const refused = CHANNELS.filter((channel) => !isChannelAllowedInKiosk(channel, 'kiosk-window'));
    expect(refused).toEqual(CHANNELS.filter((channel) => !['host:info', 'catalogue:info', 'catalogue:snapshot', 'catalogue:entry', 'catalogue:closed', 'catalogue:vocabulary', 'settings:get', 'kiosk:exit'].includes(channel)));
    expect(refused).toContain('settings:update');
    expect(refused).toContain('shell:openExternal');
    for (const name of ['enquiry:list', 'toString', '__proto__', '']) expect(isChannelAllowedInKiosk(name, 'kiosk-window')).toBe(false);
  });
});
