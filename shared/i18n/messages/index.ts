// Every feature's messages, one namespace each. A new feature (sync status, what's new,
// enquiry log, kiosk) adds its own file beside these and one line here.
import type { Language } from '../../ipc/contract';
import { appMessages } from './app';
import { briefMessages } from './brief';
import { catalogueMessages } from './catalogue';
import { closedMessages } from './closed';
import { dateMessages } from './dates';
import { detailMessages } from './detail';
import { enquiryMessages } from '../../enquiry/enquiryMessages';
import { enquiryLogMessages } from './enquiryLog';
import { hostAccessMessages } from './hostAccess';
import { kioskMessages } from './kiosk';
import { legalMessages } from './legal';
import { linkingMessages } from './linking';
import { printMessages } from './print';
import { reportsMessages } from './reports';
import { resultsMessages } from './results';
import { searchMessages } from './search';
import { settingsMessages } from './settings';
import { siteMessages } from './site';
import { statusMessages } from './status';
import { syncMessages } from './sync';

export const MESSAGES = {
  app: appMessages,
  catalogue: catalogueMessages,
  search: searchMessages,
  detail: detailMessages,
  print: printMessages,
  brief: briefMessages,
  settings: settingsMessages,
  status: statusMessages,
  kiosk: kioskMessages,
  enquiry: enquiryMessages,
  enquiryLog: enquiryLogMessages,
  linking: linkingMessages,
  sync: syncMessages,
  site: siteMessages,
  legal: legalMessages,
  closed: closedMessages,
  results: resultsMessages,
  dates: dateMessages,
  reports: reportsMessages,
  hostAccess: hostAccessMessages,
};

type Namespaces = typeof MESSAGES;
export type Messages = { [N in keyof Namespaces]: Namespaces[N]['en'] };

export function messagesFor(language: Language): Messages {
  const result = {} as Record<string, unknown>;
  for (const [namespace, table] of Object.entries(MESSAGES)) result[namespace] = table[language];
  return result as Messages;
}
