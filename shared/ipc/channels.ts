// The runtime list of channels, free of dependencies so the Electron preload bundles a few lines
// instead of zod. `satisfies` makes a channel of the contract missing here fail to compile.
import type { Channel } from './contract';

const channelSet = {
  'host:info': true,
  'catalogue:info': true,
  'catalogue:snapshot': true,
  'catalogue:entry': true,
  'catalogue:closed': true,
  'catalogue:vocabulary': true,
  'settings:get': true,
  'settings:update': true,
  'shell:openExternal': true,
  'kiosk:exit': true,
  'enquiry:status': true,
  'enquiry:list': true,
  'enquiry:get': true,
  'enquiry:save': true,
  'enquiry:export': true,
  'enquiry:import': true,
  'enquiry:privacy': true,
  'enquiry:findPerson': true,
  'enquiry:exportPerson': true,
  'enquiry:erasePerson': true,
  'enquiry:exportToFile': true,
  'sync:status': true,
  'sync:check': true,
  'sync:settings': true,
  'sync:importBundle': true,
  'sync:whatsNew': true,
  'reports:build': true,
  'searchMiss:record': true,
  'reports:saveCsv': true,
} as const satisfies Record<Channel, true>;

export const CHANNELS = Object.keys(channelSet) as Channel[];
