// A runtime validator for every channel's argument, keyed by the same names as ApiContract: a channel
// added to the contract without a schema here fails to compile (the `satisfies` below).
import { z } from 'zod';
import { entryIdSchema } from '../catalogue/entry';
import type { Channel, ChannelArgument } from './contract';
import { enquiryChannelSchemas } from '../enquiry/channels';
import { enquiryFileExportSchemas } from '../enquiry/fileExportChannel';
import { kioskExitArgumentSchema } from '../kiosk/kioskExit';
import { syncChannelSchemas } from '../sync/channels';
import { reportChannelSchemas } from '../reports/channels';

const nothing = z.undefined();

export const LANGUAGES = ['en', 'hi'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
});

export const channelArgumentSchemas = {
  'host:info': nothing,
  'catalogue:info': nothing,
  'catalogue:snapshot': nothing,
  'catalogue:entry': z.object({ id: entryIdSchema }).strict(),
  'catalogue:closed': nothing,
  'catalogue:vocabulary': nothing,
  'settings:get': nothing,
  'settings:update': settingsSchema.partial().strict(),
  'shell:openExternal': z.object({ url: z.string().min(1).max(2000) }).strict(),
  'kiosk:exit': kioskExitArgumentSchema,
  ...enquiryChannelSchemas,
  ...enquiryFileExportSchemas,
  ...syncChannelSchemas,
  ...reportChannelSchemas,
} satisfies { [C in Channel]: z.ZodType<ChannelArgument<C>> };

/** Every channel of the contract (kept in ./channels.ts, free of zod, for the preload). */
export { CHANNELS } from './channels';

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channelArgumentSchemas, name);
}
