import type { VisitorType } from '../../../shared/enquiry/enquiry';
import type { Messages } from '../../../shared/i18n/messages/index';

export function visitorTypeName(type: VisitorType, text: Messages): string {
  switch (type) {
    case 'msme':
      return text.enquiry.visitorMsme;
    case 'start-up':
      return text.enquiry.visitorStartUp;
    case 'other':
      return text.enquiry.visitorOther;
  }
}
