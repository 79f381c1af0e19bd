// The header's way into the enquiry log: "New enquiry" (Alt+N), the log with its count of
// follow-ups due, and the "saved" announcement that outlives the closed form.
import { useNavigation } from '../../app/navigation';
import { useTranslator } from '../settings/SettingsContext';
import { useEnquiryDesk, type Announcement } from './EnquiryContext';

export function EnquiryHeaderButtons() {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  const { text } = translator;
  const { route, open } = useNavigation();
  return (
    <div className="enquiry-header">
      <button type="button" className="button" onClick={desk.openForm} aria-keyshortcuts="Alt+N" data-testid="new-enquiry">
        {text.enquiryLog.newEnquiry} <kbd>Alt+N</kbd>
      </button>
      <button type="button" className="button" onClick={() => route.view !== 'enquiries' && open({ view: 'enquiries' })} aria-current={route.view === 'enquiries' ? 'page' : undefined} data-testid="open-enquiry-log">
        {text.enquiryLog.openLog}
        {desk.followUpsDue > 0 && (
          <span className="due-badge" data-testid="follow-ups-due">
            {text.enquiryLog.followUpsDueBadge(translator.number(desk.followUpsDue))}
          </span>
        )}
      </button>
      <p className="enquiry-announcement" role="status" data-testid="enquiry-announcement">
        {desk.announcement?.value.kind === 'saved' && <AnnouncementText key={desk.announcement.id} value={desk.announcement.value} />}
      </p>
    </div>
  );
}

export function AnnouncementText({ value }: { value: Announcement }) {
  const translator = useTranslator();
  const { text } = translator;
  switch (value.kind) {
    case 'saved':
      return <>{value.visitor.trim() === '' ? text.enquiryLog.savedNoName : text.enquiryLog.savedNew(value.visitor)}</>;
    case 'linked':
      return <>{text.enquiryLog.linked(translator.number(value.count))}</>;
    case 'nothing-on-screen':
      return <>{text.enquiryLog.nothingOnScreen}</>;
  }
}
