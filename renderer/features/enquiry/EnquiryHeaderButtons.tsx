// The header's way into the enquiry log: "New enquiry" (Alt+N), the log with its count of
// follow-ups due, and the "saved" announcement that outlives the closed form.
import { useNavigation } from '../../app/navigation';
import { useViewHasOwnPrimaryAction } from '../../app/primaryAction';
import { useTranslator } from '../settings/SettingsContext';
import { useEnquiryDesk, type Announcement } from './EnquiryContext';

/** The desk's primary action, on every view but one that shows its own (../../app/primaryAction.tsx). */
export function NewEnquiryButton() {
  const desk = useEnquiryDesk();
  const { text } = useTranslator();
  const secondary = useViewHasOwnPrimaryAction();
  return (
    <button type="button" className={`button${secondary ? '' : ' button-primary'} new-enquiry`} onClick={desk.openForm} aria-keyshortcuts="Alt+N" data-testid="new-enquiry">
      {text.enquiryLog.newEnquiry} <kbd>Alt+N</kbd>
    </button>
  );
}

/** The enquiry log in the main navigation, with the follow-ups due. */
export function EnquiryLogButton() {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  const { text } = translator;
  const { route, open } = useNavigation();
  return (
    <button type="button" className="button nav-button" onClick={() => route.view !== 'enquiries' && open({ view: 'enquiries' })} aria-current={route.view === 'enquiries' ? 'page' : undefined} data-testid="open-enquiry-log">
      {text.enquiryLog.openLog}
      {desk.followUpsDue > 0 && (
        <span className="due-badge" data-testid="follow-ups-due">
          {text.enquiryLog.followUpsDueBadge(translator.number(desk.followUpsDue), desk.followUpsDue)}
        </span>
      )}
    </button>
  );
}

/** "Enquiry saved", read out and shown after the form has closed. */
export function EnquiryAnnouncement() {
  const desk = useEnquiryDesk();
  return (
    <p className="enquiry-announcement" role="status" data-testid="enquiry-announcement">
      {desk.announcement?.value.kind === 'saved' && <AnnouncementText key={desk.announcement.id} value={desk.announcement.value} />}
    </p>
  );
}

export function AnnouncementText({ value }: { value: Announcement }) {
  const translator = useTranslator();
  const { text } = translator;
  switch (value.kind) {
    case 'saved':
      return <>{value.visitor.trim() === '' ? text.enquiryLog.savedNoName(value.reference) : text.enquiryLog.savedNew(value.visitor, value.reference)}</>;
    case 'linked':
      return <>{text.enquiryLog.linked(translator.number(value.count), value.count)}</>;
    case 'nothing-on-screen':
      return <>{text.enquiryLog.nothingOnScreen}</>;
    case 'nothing-ticked':
      return <>{text.linking.nothingTicked}</>;
  }
}
