// Above the results while entries are ticked: how many, and linking them to the enquiry (Alt+L does
// the same), or clearing the ticks.
import { usePickedResults } from '../enquiry/EnquiryContext';
import { useTranslator } from '../settings/SettingsContext';

export function PickedBar() {
  const translator = useTranslator();
  const { text } = translator;
  const { picked, linkOnScreen, clearPicked } = usePickedResults();
  if (picked.length === 0) return null;
  return (
    <div className="picked-bar" data-testid="picked-bar">
      <span>{text.linking.pickedCount(translator.number(picked.length), picked.length)}</span>
      {/* Secondary, as Clear: the bar's accent border marks it; New enquiry stays the view's primary action. */}
      <button type="button" className="button button-small" data-testid="link-picked" onClick={linkOnScreen}>
        {text.linking.linkPicked} <kbd>Alt+L</kbd>
      </button>
      <button type="button" className="button button-small" onClick={clearPicked}>
        {text.linking.clearPicked}
      </button>
    </div>
  );
}
