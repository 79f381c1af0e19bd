// The status bar's count of follow-ups due today or overdue: the same count as the enquiry log's
// badge in the header (one query, in EnquiryContext), so the two never disagree. Nothing when none.
import { useEnquiryDesk } from '../enquiry/EnquiryContext';
import { useTranslator } from '../settings/SettingsContext';

export function FollowUpsDueItem() {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  if (desk.followUpsDue === 0) return null;
  return (
    <span className="status-follow-ups" data-testid="status-follow-ups-due">
      {translator.text.reports.statusFollowUpsDue(translator.number(desk.followUpsDue), desk.followUpsDue)}
    </span>
  );
}
