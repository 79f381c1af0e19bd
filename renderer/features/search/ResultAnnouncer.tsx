// The number of results (or that nothing was found), told to screen readers in a polite live
// region once typing pauses: the region is always in the page, and only its text changes.
import { useSettled } from './useSettled';

const PAUSE_MILLISECONDS = 700;

export function ResultAnnouncer({ message }: { message: string | undefined }) {
  const settled = useSettled(message, PAUSE_MILLISECONDS);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="result-announcement">
      {settled ?? ''}
    </p>
  );
}
