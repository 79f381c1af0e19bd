import type { EnquiryStatus, StoredChannel, StoredOutcome, VisitorType } from '../../../shared/enquiry/enquiry';
import type { Messages } from '../../../shared/i18n/messages/index';

export function visitorTypeName(type: VisitorType, text: Messages): string {
  return text.enquiry[`visitor:${type}`];
}

export function channelName(channel: StoredChannel, text: Messages): string {
  return text.enquiry[`channel:${channel}`];
}

export function statusName(status: EnquiryStatus, text: Messages): string {
  return text.enquiry[`status:${status}`];
}

export function outcomeName(outcome: StoredOutcome, text: Messages): string {
  return text.enquiry[`outcome:${outcome}`];
}
